#pragma once

#include <QStringList>
#include <QTextStream>

namespace yw::admin {

// yiwang-admin scenario: the scenario builder's documents as files, for moving a screen between
// centres, keeping it under version control or editing it by hand: list, import (a new scenario
// or a new draft of one), export (the draft or a published revision), history and diff. Acts as
// the local administrator; what a file holds that this version does not know is reported and
// kept.
class ScenarioCommand
{
public:
    ScenarioCommand(QTextStream &out, QTextStream &err)
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
