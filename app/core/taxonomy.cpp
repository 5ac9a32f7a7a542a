#include "taxonomy.h"

#include "areacode.h"
#include "csvtable.h"

#include <QFile>

namespace yw::core {

namespace {
bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

QString kindWord(TaxonomyKind kind)
{
    return kind == TaxonomyKind::Component ? QStringLiteral("component") : QStringLiteral("matter");
}

Result<QByteArray> readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Internal, QStringLiteral("missing resource %1").arg(path));
    return f.readAll();
}
} // namespace

TaxonomyStandard TaxonomyStandard::of(Id id)
{
    if (id == Id::Gbt30428_2013)
        return {id, QStringLiteral("GB/T 30428.2-2013"), 4, 16, 10};
    return {id, QStringLiteral("GB/T 47678.5-2026"), 5, 17, 11};
}

Result<TaxonomyStandard> TaxonomyStandard::byName(const QString &name)
{
    for (Id id : {Id::Gbt47678_2026, Id::Gbt30428_2013})
        if (of(id).name == name)
            return of(id);
    return Error::make(Error::Code::InvalidInput, QStringLiteral("unknown taxonomy standard '%1'").arg(name));
}

Result<Taxonomy> Taxonomy::forCity(const QString &city)
{
    auto tax = load(TaxonomyStandard::Id::Gbt47678_2026);
    if (!tax)
        return tax;
    QFile local(QStringLiteral(":/yiwang/taxonomy/local_%1.csv").arg(city));
    if (local.open(QIODevice::ReadOnly))
        if (auto s = tax.value().addLocalClasses(local.readAll(), local.fileName()); !s)
            return s.error();
    return tax;
}

Result<Taxonomy> Taxonomy::load(TaxonomyStandard::Id id)
{
    const bool legacy = id == TaxonomyStandard::Id::Gbt30428_2013;
    const QString suffix = legacy ? QStringLiteral("gbt30428_2013") : QStringLiteral("gbt47678_2026");
    auto components = readResource(QStringLiteral(":/yiwang/taxonomy/components_%1.csv").arg(suffix));
    if (!components)
        return components.error();
    auto matters = readResource(QStringLiteral(":/yiwang/taxonomy/matters_%1.csv").arg(suffix));
    if (!matters)
        return matters.error();
    return fromCsv(TaxonomyStandard::of(id), components.value(), matters.value());
}

Result<Taxonomy> Taxonomy::fromCsv(const TaxonomyStandard &standard, const QByteArray &components,
                                   const QByteArray &matters)
{
    Taxonomy t;
    t.m_standard = standard;
    if (auto s = t.addFromCsv(TaxonomyKind::Component, components, QStringLiteral("components"), false); !s)
        return s.error();
    if (auto s = t.addFromCsv(TaxonomyKind::Matter, matters, QStringLiteral("matters"), false); !s)
        return s.error();
    return t;
}

Status Taxonomy::addFromCsv(TaxonomyKind kind, const QByteArray &csv, const QString &origin, bool local)
{
    auto table = CsvTable::parse(csv, origin);
    if (!table)
        return table.error();
    const CsvTable &tab = table.value();
    for (const char *col : {"code", "big_class_code", "big_class", "name_zh"})
        if (!tab.hasColumn(QLatin1String(col)))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("%1: no column '%2'").arg(origin, QLatin1String(col)));
    for (int r = 0; r < tab.rowCount(); ++r) {
        TaxonomyClass c;
        c.kind = kind;
        if (local) {
            const QString k = tab.value(r, QStringLiteral("kind"));
            if (k == QLatin1String("component"))
                c.kind = TaxonomyKind::Component;
            else if (k == QLatin1String("matter"))
                c.kind = TaxonomyKind::Matter;
            else
                return Error::make(Error::Code::InvalidInput,
                                   QStringLiteral("%1:%2: kind must be component or matter, not '%3'")
                                       .arg(origin)
                                       .arg(tab.lineOf(r))
                                       .arg(k));
        }
        c.code = tab.value(r, QStringLiteral("code"));
        // "06.." names a big class the standard leaves to local extension classes: no class itself.
        if (c.code.endsWith(QLatin1String("..")) && c.code.size() == m_standard.classCodeLength) {
            m_extensionBigClasses.insert(c.code.left(2), tab.value(r, QStringLiteral("big_class")));
            continue;
        }
        c.bigClassCode = tab.value(r, QStringLiteral("big_class_code"));
        c.bigClassZh = tab.value(r, QStringLiteral("big_class"));
        c.bigClassEn = tab.value(r, QStringLiteral("big_class_en"));
        c.nameZh = tab.value(r, QStringLiteral("name_zh"));
        c.nameEn = tab.value(r, QStringLiteral("name_en"));
        c.ownerHint = tab.value(r, QStringLiteral("default_owner_hint"));
        c.local = local;
        if (auto s = addLocalClass(c); !s)
            return Error::make(s.error().code,
                               QStringLiteral("%1:%2: %3").arg(origin).arg(tab.lineOf(r)).arg(s.error().message));
    }
    return success();
}

Status Taxonomy::addLocalClasses(const QByteArray &csv, const QString &origin)
{
    // Validate everything first so that a bad file adds nothing.
    Taxonomy copy = *this;
    if (auto s = copy.addFromCsv(TaxonomyKind::Component, csv, origin, true); !s)
        return s;
    *this = copy;
    return success();
}

Status Taxonomy::addLocalClass(TaxonomyClass c)
{
    const int len = m_standard.classCodeLength;
    if (c.code.size() != len || !allDigits(c.code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1 class code '%2' must be %3 digits under %4")
                               .arg(kindWord(c.kind), c.code)
                               .arg(len)
                               .arg(m_standard.name));
    if (c.bigClassCode != c.code.left(2))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("class %1 does not start with its big class %2").arg(c.code, c.bigClassCode));
    if (c.nameZh.isEmpty())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("class %1 has no Chinese name").arg(c.code));
    auto &map = c.kind == TaxonomyKind::Component ? m_components : m_matters;
    if (map.contains(c.code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1 class %2 exists already (%3)")
                               .arg(kindWord(c.kind), c.code, map.value(c.code).nameZh));
    map.insert(c.code, c);
    return success();
}

const TaxonomyClass *Taxonomy::find(TaxonomyKind kind, const QString &code) const
{
    const auto &map = kind == TaxonomyKind::Component ? m_components : m_matters;
    const auto it = map.constFind(code);
    return it == map.constEnd() ? nullptr : &*it;
}

QList<TaxonomyClass> Taxonomy::classes(TaxonomyKind kind) const
{
    QList<TaxonomyClass> out = (kind == TaxonomyKind::Component ? m_components : m_matters).values();
    std::sort(out.begin(), out.end(),
              [](const TaxonomyClass &a, const TaxonomyClass &b) { return a.code < b.code; });
    return out;
}

int Taxonomy::size(TaxonomyKind kind) const
{
    return int((kind == TaxonomyKind::Component ? m_components : m_matters).size());
}

Status Taxonomy::validateClassCode(TaxonomyKind kind, const QString &code) const
{
    if (code.size() != m_standard.classCodeLength || !allDigits(code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1 class code '%2' must be %3 digits (%4)")
                               .arg(kindWord(kind), code)
                               .arg(m_standard.classCodeLength)
                               .arg(m_standard.name));
    if (!find(kind, code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("no %1 class %2 in %3 or the local classes")
                               .arg(kindWord(kind), code, m_standard.name));
    return success();
}

Status Taxonomy::validateComponentId(const QString &id) const
{
    const int len = m_standard.componentIdLength;
    if (id.size() != len || !allDigits(id))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("component id '%1' must be %2 digits (%3)").arg(id).arg(len).arg(m_standard.name));
    if (auto s = AreaCode::validateAdminCode(id.left(6)); !s)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("component id %1: %2").arg(id, s.error().message));
    if (auto s = validateClassCode(TaxonomyKind::Component, classOfComponentId(id)); !s)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("component id %1: %2").arg(id, s.error().message));
    if (id.right(6) == QLatin1String("000000"))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("component id %1: sequence 000000").arg(id));
    return success();
}

Status Taxonomy::validateMatterCode(const QString &code) const
{
    const int len = m_standard.matterCodeLength;
    if (code.size() != len || !allDigits(code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("matter code '%1' must be %2 digits (%3)").arg(code).arg(len).arg(m_standard.name));
    if (auto s = AreaCode::validateAdminCode(code.left(6)); !s)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("matter code %1: %2").arg(code, s.error().message));
    return validateClassCode(TaxonomyKind::Matter, code.mid(6));
}

QString Taxonomy::classOfComponentId(const QString &id) const
{
    return id.mid(6, m_standard.classCodeLength);
}

} // namespace yw::core
