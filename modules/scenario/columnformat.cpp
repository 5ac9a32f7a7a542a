#include "columnformat.h"

#include "datasetcatalog.h"
#include "kpifigurequery.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::scenario {

namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

ColumnFormat::Kind kindOfField(const QString &name, yw::store::DatasetField::Type type)
{
    using K = ColumnFormat::Kind;
    static const QStringList areaFields = {"district", "street", "community", "grid", "parent"};
    if (areaFields.contains(name))
        return K::Area;
    if (name == QLatin1String("class_code"))
        return K::Class;
    if (name == QLatin1String("department"))
        return K::Department;
    if (name == QLatin1String("state") || name == QLatin1String("from_state") || name == QLatin1String("to_state"))
        return K::State;
    if (name == QLatin1String("source"))
        return K::Channel;
    if (name == QLatin1String("urgency"))
        return K::Urgency;
    if (name == QLatin1String("level"))
        return K::Level;
    switch (type) {
    case yw::store::DatasetField::Type::Time: return K::Time;
    case yw::store::DatasetField::Type::Integer:
    case yw::store::DatasetField::Type::Real: return K::Number;
    case yw::store::DatasetField::Type::Text: break;
    }
    return K::Text;
}
} // namespace

QList<ColumnFormat> ColumnFormat::of(const ScenarioSource &source, const yw::core::DatasetQuery &query,
                                     const QStringList &columns)
{
    QList<ColumnFormat> out;
    const yw::store::Dataset *ds = yw::store::DatasetCatalog::find(query.dataset);
    const bool isKpi = source.dataset == QLatin1String("kpi");
    for (const QString &column : columns) {
        ColumnFormat f;
        f.name = column;
        f.title = column;
        if (isKpi) {
            if (column == QLatin1String("name"))
                f.title = QCoreApplication::translate("yw::scenario::ColumnFormat", "Unit");
            else if (column == QLatin1String("composite")) {
                f.kind = Kind::Number;
                f.title = QCoreApplication::translate("yw::scenario::ColumnFormat", "Composite");
            } else if (column == QLatin1String("grade"))
                f.title = QCoreApplication::translate("yw::scenario::ColumnFormat", "Grade");
            else if (column == QLatin1String("rank")) {
                f.kind = Kind::Number;
                f.title = QCoreApplication::translate("yw::scenario::ColumnFormat", "Rank");
            } else if (auto c = KpiFigureQuery::columnsOf({column}); c && !c.value().isEmpty()) {
                const auto &k = c.value().first();
                f.kind = k.kind == yw::evaluation::KpiColumn::Kind::Rate ? Kind::Percent : Kind::Number;
                f.title = k.name(chinese());
            }
            out << f;
            continue;
        }
        const auto agg = std::find_if(query.aggregates.begin(), query.aggregates.end(),
                                      [&](const yw::core::DatasetAggregate &a) { return a.as == column; });
        if (agg != query.aggregates.end()) {
            f.kind = Kind::Number;
            out << f;
            continue;
        }
        const yw::store::DatasetField *field = ds ? ds->field(column) : nullptr;
        if (field) {
            f.kind = kindOfField(field->name, field->type);
            f.title = QCoreApplication::translate("DatasetField", field->title.toUtf8().constData());
            for (const yw::core::DatasetGroup &g : query.groupBy)
                if (g.field == column)
                    f.bucket = g.bucket;
            if (ds->name == QLatin1String("areas") && column == QLatin1String("code"))
                f.kind = Kind::Area;
            const bool devices = ds->name == QLatin1String("devices") || ds->name == QLatin1String("readings");
            if (devices && column == QLatin1String("kind"))
                f.kind = Kind::DeviceKind;
        }
        out << f;
    }
    return out;
}

} // namespace yw::scenario
