#include "duplicaterules.h"

#include "csvtable.h"

#include <QFile>

#include <algorithm>

namespace yw::core {

Result<DuplicateRules> DuplicateRules::builtIn()
{
    QFile f(QStringLiteral(":/yiwang/rules/duplicates.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Internal,
                           QStringLiteral("the duplicate rules are missing from this build"));
    return fromCsv(f.readAll(), f.fileName());
}

Result<DuplicateRules> DuplicateRules::fromCsv(const QByteArray &csv, const QString &origin)
{
    auto table = CsvTable::parse(csv, origin);
    if (!table)
        return table.error();
    DuplicateRules out;
    for (int r = 0; r < table->rowCount(); ++r) {
        Rule rule;
        QString cls = table->value(r, QStringLiteral("class")).trimmed();
        rule.classPrefix = cls == QLatin1String("*") ? QString() : cls;
        bool okR = false, okW = false;
        rule.radiusM = table->value(r, QStringLiteral("radius_m")).toDouble(&okR);
        const double hours = table->value(r, QStringLiteral("window_hours")).toDouble(&okW);
        if (!okR || !okW || rule.radiusM <= 0 || hours <= 0)
            return Error::make(
                Error::Code::InvalidInput,
                QStringLiteral("%1, row %2: radius_m and window_hours must be positive numbers")
                    .arg(origin)
                    .arg(r + 2));
        rule.windowSeconds = qint64(hours * 3600);
        out.m_rules << rule;
    }
    std::stable_sort(out.m_rules.begin(), out.m_rules.end(), [](const Rule &a, const Rule &b) {
        return a.classPrefix.size() > b.classPrefix.size();
    });
    return out;
}

DuplicateRules::Rule DuplicateRules::ruleFor(const QString &classCode) const
{
    for (const Rule &r : m_rules)
        if (classCode.startsWith(r.classPrefix))
            return r;
    return Rule{};
}

} // namespace yw::core
