#pragma once

#include "intakehost.h"
#include "intakeservice.h"
#include "taxonomy.h"

#include <QHash>

namespace yw::intake {

// The host side of the intake plugins: turns a channel's IntakeRequest into a case draft, runs it
// through IntakeService as the gateway's own account (roles are checked below, as for a person),
// answers "already received" for a reference seen before, and writes every outcome, rejected
// records included with their raw text, to the intake log.
class IntakeGateway : public IntakeHost
{
public:
    struct Counters
    {
        int received = 0;
        int reported = 0;
        int duplicates = 0;
        int alreadyReceived = 0;
        int rejected = 0;
        int failed = 0;
    };

    IntakeGateway(IntakeService &intake, yw::store::CaseService &cases,
                  const yw::core::Taxonomy &taxonomy, const yw::core::User &actor,
                  QHash<qint64, QString> departmentNames);

    IntakeReply submit(const QString &sourceId, const IntakeRequest &request) override;
    void reject(const QString &sourceId, const QString &channel, const QString &externalRef,
                const QString &reason, const QString &payload) override;
    QList<IntakeServiceInfo> services() const override;
    QList<IntakeCaseStatus> cases(const IntakeCaseQuery &query, QString *error) const override;
    QDateTime now() const override;
    QTimeZone cityTimeZone() const override;

    Counters counters(const QString &sourceId) const { return m_counters.value(sourceId); }

private:
    yw::core::Result<yw::core::CaseRecord> draftOf(const IntakeRequest &request) const;
    IntakeReply handle(const IntakeRequest &request);
    void log(const QString &sourceId, const IntakeRequest &request, const IntakeReply &reply);

    IntakeService &m_intake;
    yw::store::CaseService &m_cases;
    const yw::core::Taxonomy &m_taxonomy;
    yw::core::User m_actor;
    QHash<qint64, QString> m_departmentNames;
    QHash<QString, Counters> m_counters;
};

} // namespace yw::intake
