#pragma once

#include <QStringList>
#include <QTextStream>

namespace yw::admin {

// yiwang-admin evaluate: brings the evaluation's facts up to date and writes the periodic
// evaluation report (月通报 and the like) of one kind of unit as PDF, XLSX or CSV.
class EvaluateCommand
{
public:
    EvaluateCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}
    int run(const QStringList &args);

private:
    int fail(const QString &message);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace yw::admin
