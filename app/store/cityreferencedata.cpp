#include "cityreferencedata.h"

#include "arearepository.h"
#include "csvtable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yw::store {

using namespace yw::core;

namespace {
Result<QByteArray> readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound, QStringLiteral("no reference data %1").arg(path));
    return f.readAll();
}
} // namespace

Result<QList<Area>> CityReferenceData::areas(const QString &city)
{
    const QString base = QStringLiteral(":/yiwang/city/%1/").arg(city);
    auto geo = readResource(base + QStringLiteral("districts.geojson"));
    if (!geo)
        return geo.error();
    QList<Area> out;
    QString cityCode;
    for (const QJsonValue &f : QJsonDocument::fromJson(geo.value())
                                   .object()
                                   .value(QStringLiteral("features"))
                                   .toArray()) {
        const QJsonObject p = f.toObject().value(QStringLiteral("properties")).toObject();
        if (!p.value(QStringLiteral("core")).toBool())
            continue; // the demo city is the core urban districts
        const QString code = p.value(QStringLiteral("code")).toString();
        cityCode = code.left(4) + QStringLiteral("00");
        out << Area{code, p.value(QStringLiteral("name")).toString(), AreaLevel::District, {}};
    }
    if (out.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1: no core districts").arg(city));
    // The city's name is the prefecture's; only Changsha ships today.
    out.prepend(Area{cityCode,
                     city == QLatin1String("changsha") ? QStringLiteral("长沙市") : city,
                     AreaLevel::City,
                     {}});
    for (const auto &[file, level] : {std::pair{"streets.csv", AreaLevel::Street},
                                      std::pair{"communities.csv", AreaLevel::Community}}) {
        auto bytes = readResource(base + QLatin1String(file));
        if (!bytes)
            return bytes.error();
        auto table = CsvTable::parse(bytes.value(), QLatin1String(file));
        if (!table)
            return table.error();
        for (int r = 0; r < table->rowCount(); ++r)
            out << Area{table->value(r, QStringLiteral("code")),
                        table->value(r, QStringLiteral("name")),
                        level,
                        {}};
    }
    return out;
}

Status CityReferenceData::seed(Database &db, const QString &city)
{
    AreaRepository repo(db);
    auto n = repo.count();
    if (!n)
        return n.error();
    if (n.value() > 0)
        return success();
    auto list = areas(city);
    if (!list)
        return list.error();
    return repo.addAll(list.value());
}

} // namespace yw::store
