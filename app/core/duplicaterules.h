#pragma once

#include "error.h"

#include <QList>
#include <QString>

namespace yw::core {

// When two reports are probably the same problem: the same class within a radius and a time
// window, both set per class (a pothole stays put for days; a street vendor moves on within an
// hour). resources/rules/duplicates.csv; the most specific class prefix wins.
class DuplicateRules
{
public:
    struct Rule
    {
        QString classPrefix;
        double radiusM = 50;
        qint64 windowSeconds = 24 * 3600;
    };

    static Result<DuplicateRules> builtIn();
    static Result<DuplicateRules> fromCsv(const QByteArray &csv, const QString &origin);

    Rule ruleFor(const QString &classCode) const;

private:
    QList<Rule> m_rules; // longest prefix first
};

} // namespace yw::core
