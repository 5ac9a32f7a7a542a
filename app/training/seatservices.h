#pragma once

#include "areahierarchy.h"
#include "caseservice.h"
#include "duplicaterules.h"
#include "exercisecity.h"
#include "intakeservice.h"
#include "locator.h"
#include "routingtable.h"
#include "taxonomy.h"

#include <memory>

namespace yw::training {

// What the exercise needs of one seat's training database: its connection and the services that
// change cases (the case service, the intake pipeline with the seat's own grids and routing),
// built on the exercise clock. Also the ExerciseCity an exercise file is checked against.
class SeatServices final : public ExerciseCity
{
public:
    static yw::core::Result<std::unique_ptr<SeatServices>>
    open(const yw::store::DatabaseLocation &location, const yw::core::Clock &clock,
         const QString &city = QStringLiteral("changsha"));
    ~SeatServices() override;

    yw::store::Database &database() { return *m_db; }
    yw::store::CaseService &cases() { return *m_cases; }
    yw::intake::IntakeService &intake() { return *m_intake; }
    const yw::core::Taxonomy &taxonomy() const { return m_taxonomy; }
    const yw::core::WorkCalendar &calendar() const { return m_calendar; }
    const yw::core::TimeLimitTable &timeLimits() const { return m_limits; }
    const yw::core::Clock &clock() const { return m_clock; }
    // Departments by code and by id.
    qint64 departmentId(const QString &code) const { return m_departmentIds.value(code); }
    QString departmentCode(qint64 id) const { return m_departmentIds.key(id); }
    QString departmentName(qint64 id) const { return m_departmentNames.value(id); }

    bool knowsMatterClass(const QString &code) const override;
    QString gridAt(double lon, double lat) const override;
    bool hasComponent(const QString &id) const override;
    bool hasDepartment(const QString &code) const override { return m_departmentIds.contains(code); }

private:
    explicit SeatServices(const yw::core::Clock &clock)
        : m_clock(clock)
    {}

    const yw::core::Clock &m_clock;
    std::unique_ptr<yw::store::Database> m_db;
    yw::core::Taxonomy m_taxonomy;
    yw::core::WorkCalendar m_calendar;
    yw::core::TimeLimitTable m_limits;
    yw::core::AreaHierarchy m_areas;
    yw::core::RoutingTable m_routing;
    yw::core::DuplicateRules m_duplicates;
    yw::gis::Locator m_locator;
    std::unique_ptr<yw::store::CaseService> m_cases;
    std::unique_ptr<yw::intake::IntakeService> m_intake;
    QHash<QString, qint64> m_departmentIds;
    QHash<qint64, QString> m_departmentNames;
};

} // namespace yw::training
