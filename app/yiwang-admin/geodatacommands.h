#pragma once

#include <QStringList>
#include <QTextStream>

namespace yw::admin {

// yiwang-admin import, export and locate: geodata between files (GDAL/OGR, PROJ) and the case
// database, validated as a whole before anything is written.
class GeodataCommands
{
public:
    GeodataCommands(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int importLayer(const QStringList &args);
    int exportLayer(const QStringList &args);
    int locate(const QStringList &args);

private:
    int fail(const QString &code, const QString &message);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace yw::admin
