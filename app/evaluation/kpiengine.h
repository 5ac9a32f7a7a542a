#pragma once

#include <QTimeZone>

#include "kpidefinitions.h"
#include "kpifacts.h"
#include "kpiperiod.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>
#include <unordered_map>
#include <cmath>
#include <vector>

namespace yw::evaluation {

// The names of what is evaluated, and who patrols which unit grids (for missed reports).
struct KpiDirectory
{
    QHash<qint64, QString> departments;
    QHash<qint64, QString> users;     // inspectors and other staff, by id
    QHash<QString, QString> areas;    // district, street, community codes
    QHash<QString, QString> classes;  // class code → name
    QHash<QString, QString> sources;  // SourceChannel key → name
    QMultiHash<QString, qint64> inspectorsOfGrid;
    QTimeZone cityZone; // the work calendar's: periods begin at the city's midnight
};

// One evaluated unit's figures for a period.
struct KpiRow
{
    QString key;  // department id, area code, user id, class code or channel key
    QString name;
    std::array<qint64, kCounterCount> n{};
    std::array<double, kRateCount> rate{}; // NaN where nothing was due
    double composite = std::nan("");       // 综合指标值 (0-100), NaN where not graded
    QString grade;                         // A-E
    int rank = 0;                          // 1 = best; 0 = not ranked

    qint64 count(Counter c) const { return n[size_t(c)]; }
    double value(Rate r) const { return rate[size_t(r)]; }
    // A column's value: a count, or a rate (NaN where nothing was due).
    double value(const KpiColumn &c) const
    {
        switch (c.kind) {
        case KpiColumn::Kind::Count: return double(n[size_t(c.which)]);
        case KpiColumn::Kind::Rate: return rate[size_t(c.which)];
        case KpiColumn::Kind::DueForHandling: return double(dueForHandling(n));
        case KpiColumn::Kind::DueForClosure: return double(dueForClosure(n));
        }
        return 0;
    }
};

struct KpiResult
{
    KpiPeriod period;
    Dimension dimension = Dimension::Department;
    std::vector<KpiRow> rows; // best first
    KpiRow total;             // the whole city
};

// Computes the KPIs of any period for any kind of unit from the evaluation facts (held in
// memory: a period of the full demo city is a few milliseconds), and lists the cases behind any
// count (drill-down). The composite scores follow DOMAIN.md §7:
//   department: 立案数分值×10% + 结案率×30% + 按期处置率×30% + (1−返工率)×30%
//   inspector:  有效上报率×40% + (1−漏报率)×20% + 按时核实率×20% + 按时核查率×20%
//   area:       结案率×40% + 按期结案率×40% + (1−监督举报率)×20% (the standard's regional formula
//               was not found; this is the centre's reading of its three indicators)
// A rate with nothing due counts as met; a unit with nothing due at all is not graded.
class KpiEngine
{
public:
    KpiEngine(std::vector<yw::core::CaseFacts> facts, KpiDirectory directory);
    // Takes the new facts of changed cases (replacing their old ones) and of new cases: what
    // the change feed named, without reading the period again.
    void update(std::vector<yw::core::CaseFacts> changed);

    KpiResult compute(const KpiPeriod &period, Dimension dimension) const;
    // The cases behind one count of one unit (key as in KpiRow; "" with Dimension::City).
    QList<qint64> caseIds(const KpiPeriod &period, Dimension dimension, const QString &key,
                          Counter counter) const;

    // Reports per day of the period (city days), for the calendar view.
    std::vector<qint64> reportsPerDay(const KpiPeriod &period) const;

    // 立案数分值: the S4 volume bands for departments (fewer cases, higher score).
    static double filedVolumeScore(qint64 filed);
    static QString grade(double composite);
    static void fillRates(KpiRow &row, Dimension dimension);

    int caseCount() const { return int(m_facts.size()); }
    const KpiDirectory &directory() const { return m_directory; }

private:
    template<typename Visit>
    void scan(const KpiPeriod &period, Dimension d, Visit &&visit) const;
    QString unitName(Dimension d, const QString &key) const;
    // Case i's units in every dimension, its steps' units and outcomes.
    void derive(size_t i);
    void indexCases();
    int departmentUnit(qint64 id);
    int userUnit(qint64 id);

    struct Units
    {
        QStringList keys;
        QHash<QString, int> index;
        int intern(const QString &key);
    };
    std::vector<yw::core::CaseFacts> m_facts;
    KpiDirectory m_directory;
    std::array<Units, kDimensionCount> m_units;
    // Per case: its unit in each dimension (-1: none).
    std::vector<std::array<int, kDimensionCount>> m_caseUnit;
    // Per case: the inspectors patrolling its grid (units of Dimension::Inspector).
    std::vector<QList<int>> m_patrolUnits;
    // Per case, per task: the task's department and user units (-1: none).
    std::vector<std::vector<std::pair<int, int>>> m_taskUnits;
    // Per case, per task: the action that ended it (a CaseAction as int, -1: open).
    std::vector<std::vector<int>> m_outcomes;
    QHash<qint64, size_t> m_caseIndex; // case id → index in m_facts
    QHash<qint64, int> m_deptUnit, m_userUnit;
    QHash<int, int> m_sourceUnit;       // SourceChannel → unit
    QHash<QString, int> m_outcomeNumbers;
    // While the constructor derives: units by the address of a code's string, per dimension.
    std::optional<std::array<std::unordered_map<const QChar *, int>, kDimensionCount>> m_byAddress;
};

} // namespace yw::evaluation
