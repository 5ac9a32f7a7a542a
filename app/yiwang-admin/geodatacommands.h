#pragma once

#include "geodatarepository.h"
#include "layerreader.h"

#include <QStringList>
#include <QTextStream>

namespace yw::admin {

// yiwang-admin import, export, qgis-project and locate: geodata between files (GDAL/OGR, PROJ) and the case
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
    // The demo layers as one GeoPackage with the QGIS project that styles them, for QGIS
    // Desktop and QGIS Server (qgis_mapserver).
    int qgisProject(const QStringList &args);
    int locate(const QStringList &args);

private:
    int fail(const QString &code, const QString &message);
    int usage(const QString &message);
    int writeLayers(yw::store::Database &db, const QStringList &layers, const QString &out);
    // The checks of an import, feature by feature and against the database; every problem is
    // added to `issues` (an error only when the database cannot answer).
    yw::core::Status checkGrids(const yw::gis::FeatureTable &table,
                                const yw::store::GeodataRepository &repo,
                                std::vector<yw::gis::LayerReader::Issue> &issues,
                                std::vector<yw::store::GeodataRepository::AreaShape> &newGrids);
    yw::core::Status checkComponents(const yw::gis::FeatureTable &table, yw::store::Database &db,
                                     std::vector<yw::gis::LayerReader::Issue> &issues,
                                     std::vector<yw::store::GeodataRepository::Component> &newComponents);
    void reportProblems(const QString &file, const std::vector<yw::gis::LayerReader::Issue> &issues);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace yw::admin
