#include "dimensionnames.h"

#include "coreenums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace yw::scenario {

namespace {
template<typename E>
QString enumWord(const QVariant &value)
{
    bool ok = false;
    const E e = yw::core::enumFromKey<E>(value.toString(), &ok);
    return ok ? yw::core::displayName(e) : value.toString();
}
// The stored words of device kinds and of levels (departments', areas'), for the screen.
const char *const kWords[][2] = {
    {"manhole_sensor", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "manhole tilt sensor")},
    {"water_level_sensor", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "water level sensor")},
    {"gas_sensor", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "gas sensor")},
    {"bridge_sensor", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "bridge strain sensor")},
    {"camera", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "camera")},
    {"vehicle", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "vehicle")},
    {"City", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "city")},
    {"District", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "district")},
    {"Street", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "street")},
    {"Community", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "community")},
    {"UnitGrid", QT_TRANSLATE_NOOP("yw::scenario::DimensionNames", "unit grid")},
};

QString word(const QVariant &value)
{
    const QString v = value.toString();
    for (const auto &w : kWords)
        if (v.compare(QLatin1String(w[0]), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("yw::scenario::DimensionNames", w[1]);
    return v;
}
} // namespace

QString DimensionNames::text(const ColumnFormat &format, const QVariant &value) const
{
    using K = ColumnFormat::Kind;
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    const QLocale locale;
    switch (format.kind) {
    case K::Text: break;
    case K::Number: {
        const double v = value.toDouble();
        if (v == double(qint64(v)))
            return locale.toString(qint64(v));
        return locale.toString(v, 'f', 1);
    }
    case K::Percent: return locale.toString(value.toDouble() * 100, 'f', 1) + QLatin1Char('%');
    case K::Time: {
        if (format.bucket == yw::core::DatasetGroup::Bucket::Month)
            return value.toString();
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), m_zone);
        switch (format.bucket) {
        // Short: a day's 24 hours or a month's days are an axis's categories.
        case yw::core::DatasetGroup::Bucket::Hour:
            return QCoreApplication::translate("yw::scenario::DimensionNames", "%1h").arg(t.time().hour());
        case yw::core::DatasetGroup::Bucket::Day: return t.toString(QStringLiteral("M/d"));
        case yw::core::DatasetGroup::Bucket::Week:
            return QCoreApplication::translate("yw::scenario::DimensionNames", "week of %1")
                .arg(t.toString(QStringLiteral("MM-dd")));
        case yw::core::DatasetGroup::Bucket::Month:
        case yw::core::DatasetGroup::Bucket::None: break;
        }
        return t.toString(QStringLiteral("MM-dd HH:mm"));
    }
    case K::Area:
        if (m_areas)
            if (const yw::core::Area *a = m_areas->find(value.toString()))
                return a->name;
        break;
    case K::Class:
        if (m_taxonomy) {
            const QString code = value.toString();
            const yw::core::TaxonomyClass *c = m_taxonomy->find(yw::core::TaxonomyKind::Matter, code);
            if (!c)
                c = m_taxonomy->find(yw::core::TaxonomyKind::Component, code);
            if (c)
                return QLocale().language() == QLocale::Chinese ? c->nameZh : c->nameEn;
        }
        break;
    case K::Department: {
        const auto it = m_departments.constFind(value.toLongLong());
        if (it != m_departments.constEnd())
            return *it;
        break;
    }
    case K::State: return enumWord<yw::core::CaseState>(value);
    case K::Channel: return enumWord<yw::core::SourceChannel>(value);
    case K::Urgency: return enumWord<yw::core::Urgency>(value);
    case K::DeviceKind:
    case K::Level: return word(value);
    }
    return value.toString();
}

} // namespace yw::scenario
