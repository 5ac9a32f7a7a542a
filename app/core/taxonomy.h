#pragma once

#include "coreenums.h"
#include "error.h"

#include <QHash>
#include <QList>

namespace yw::core {

// One class of components (部件) or management matters (事件/事项).
struct TaxonomyClass
{
    TaxonomyKind kind = TaxonomyKind::Component;
    QString code;         // 5 digits (GB/T 47678.5-2026) or 4 digits (GB/T 30428.2-2013)
    QString bigClassCode; // 2 digits
    QString bigClassZh;
    QString bigClassEn;
    QString nameZh;
    QString nameEn;
    QString ownerHint;
    bool local = false;   // a city's extension class, not in the standard
};

// The code lengths that distinguish one edition of the standard from another.
struct TaxonomyStandard
{
    enum class Id { Gbt47678_2026, Gbt30428_2013 };
    Id id = Id::Gbt47678_2026;
    QString name;          // "GB/T 47678.5-2026"
    int classCodeLength = 5;
    int componentIdLength = 17; // 6 admin + class + 6 sequence
    int matterCodeLength = 11;  // 6 admin + class

    static TaxonomyStandard of(Id id);
    static Result<TaxonomyStandard> byName(const QString &name);
};

// A versioned dictionary of component and matter classes: the standard's tables plus a city's
// local extension classes. Validates class codes, component ids and matter codes.
class Taxonomy
{
public:
    // The edition's tables as shipped in resources/taxonomy.
    static Result<Taxonomy> load(TaxonomyStandard::Id id);
    // The current edition (GB/T 47678.5-2026) with the city's local classes, if it has any
    // (resources/taxonomy/local_<city>.csv): what every program of a centre works with.
    static Result<Taxonomy> forCity(const QString &city);
    static Result<Taxonomy> fromCsv(const TaxonomyStandard &standard, const QByteArray &components,
                                    const QByteArray &matters);

    // Adds local extension classes from a CSV with columns kind, code, big_class_code,
    // big_class, big_class_en, name_zh, name_en, default_owner_hint.
    Status addLocalClasses(const QByteArray &csv, const QString &origin);
    Status addLocalClass(TaxonomyClass cls);

    const TaxonomyStandard &standard() const { return m_standard; }
    const TaxonomyClass *find(TaxonomyKind kind, const QString &classCode) const;
    QList<TaxonomyClass> classes(TaxonomyKind kind) const;
    int size(TaxonomyKind kind) const;

    Status validateClassCode(TaxonomyKind kind, const QString &classCode) const;
    // 6-digit admin code + component class + 6-digit sequence (not 000000).
    Status validateComponentId(const QString &componentId) const;
    // 6-digit admin code + matter class: a type code, not a case id.
    Status validateMatterCode(const QString &matterCode) const;
    // The component class code inside a component id (no validation).
    QString classOfComponentId(const QString &componentId) const;

private:
    Status addFromCsv(TaxonomyKind kind, const QByteArray &csv, const QString &origin, bool local);

    TaxonomyStandard m_standard;
    QHash<QString, TaxonomyClass> m_components;
    QHash<QString, TaxonomyClass> m_matters;
    QHash<QString, QString> m_extensionBigClasses; // big class code -> name, for local classes
};

} // namespace yw::core
