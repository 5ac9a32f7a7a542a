#include "intakegateway.h"

#include "caserepository.h"
#include "gcj02.h"
#include "geodatarepository.h"
#include "intakelog.h"

namespace yw::intake {

using namespace yw::core;
using Outcome = IntakeReply::Outcome;

namespace {
constexpr int kMaxDescription = 4000;
constexpr int kMaxField = 400;

IntakeReply rejected(const QString &reason)
{
    IntakeReply r;
    r.outcome = Outcome::Rejected;
    r.reason = reason;
    return r;
}
} // namespace

IntakeGateway::IntakeGateway(IntakeService &intake, yw::store::CaseService &cases,
                             const Taxonomy &taxonomy, const User &actor,
                             QHash<qint64, QString> departmentNames)
    : m_intake(intake)
    , m_cases(cases)
    , m_taxonomy(taxonomy)
    , m_actor(actor)
    , m_departmentNames(std::move(departmentNames))
{}

QDateTime IntakeGateway::now() const
{
    return m_cases.clock().now();
}

QTimeZone IntakeGateway::cityTimeZone() const
{
    return m_cases.rules().calendar.timeZone();
}

Result<CaseRecord> IntakeGateway::draftOf(const IntakeRequest &r) const
{
    bool ok = false;
    CaseRecord d;
    d.source = enumFromKey<SourceChannel>(r.channel, &ok);
    if (!ok)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("unknown channel \"%1\"").arg(r.channel));
    d.urgency = r.urgency.isEmpty() ? Urgency::Normal : enumFromKey<Urgency>(r.urgency, &ok);
    if (!ok)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("unknown urgency \"%1\" (Normal, Urgent or Critical)")
                               .arg(r.urgency));
    if (r.externalRef.size() > kMaxField || r.address.size() > kMaxField
        || r.reporterName.size() > kMaxField || r.reporterPhone.size() > kMaxField)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("a field is longer than %1 characters").arg(kMaxField));
    if (r.description.size() > kMaxDescription)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the description is longer than %1 characters")
                               .arg(kMaxDescription));
    d.externalRef = r.externalRef.trimmed();
    d.classCode = r.classCode.trimmed();
    d.componentId = r.componentId.trimmed();
    if (d.classCode.isEmpty() && d.componentId.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("no class code and no component code"));
    if (!d.classCode.isEmpty()) {
        if (m_taxonomy.find(TaxonomyKind::Component, d.classCode))
            d.kind = TaxonomyKind::Component;
        else if (m_taxonomy.find(TaxonomyKind::Matter, d.classCode))
            d.kind = TaxonomyKind::Matter;
        else
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("unknown class code \"%1\" in %2")
                                   .arg(d.classCode, m_taxonomy.standard().name));
    }
    d.description = r.description.trimmed();
    d.address = r.address.trimmed();
    d.reporterName = r.reporterName.trimmed();
    d.reporterPhone = r.reporterPhone.trimmed();
    d.attachments = r.attachments;
    if (r.hasLocation) {
        if (!qIsFinite(r.longitude) || !qIsFinite(r.latitude) || r.longitude < -180
            || r.longitude > 180 || r.latitude < -90 || r.latitude > 90)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("(%1, %2) is not a longitude and latitude")
                                   .arg(r.longitude)
                                   .arg(r.latitude));
        const QString crs = r.coordinateSystem.trimmed().toUpper();
        d.hasLocation = true;
        if (crs == QLatin1String("GCJ02") || crs == QLatin1String("GCJ-02")) {
            yw::gis::Gcj02::toWgs84(r.longitude, r.latitude, d.longitude, d.latitude);
        } else if (crs.isEmpty() || crs == QLatin1String("CGCS2000") || crs == QLatin1String("WGS84")
                   || crs == QLatin1String("EPSG:4490") || crs == QLatin1String("EPSG:4326")) {
            d.longitude = r.longitude;
            d.latitude = r.latitude;
        } else {
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("unknown coordinate system \"%1\" (CGCS2000, WGS84 "
                                              "or GCJ02)")
                                   .arg(r.coordinateSystem));
        }
    } else if (!r.deviceId.isEmpty()) {
        auto device = yw::store::GeodataRepository(m_cases.database()).device(r.deviceId);
        if (!device)
            return device.error().code == Error::Code::NotFound
                       ? Error::make(Error::Code::InvalidInput,
                                     QStringLiteral("unknown device \"%1\"").arg(r.deviceId))
                       : device.error();
        d.hasLocation = true;
        d.longitude = device->lon;
        d.latitude = device->lat;
        if (d.address.isEmpty())
            d.address = device->name;
    }
    if (!r.deviceId.isEmpty() && d.description.isEmpty())
        d.description = r.deviceId;
    if (d.description.isEmpty())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("no description"));
    return d;
}

IntakeReply IntakeGateway::handle(const IntakeRequest &request)
{
    auto draft = draftOf(request);
    if (!draft)
        return draft.error().code == Error::Code::InvalidInput ? rejected(draft.error().message)
                                                                 : IntakeReply{Outcome::Failed,
                                                                               draft.error().message,
                                                                               0, {}};
    if (!draft->externalRef.isEmpty()) {
        auto seen = yw::store::CaseRepository(m_cases.database())
                        .findByExternalRef(draft->source, draft->externalRef);
        if (seen)
            return {Outcome::AlreadyReceived,
                    QStringLiteral("reference %1 was reported before as case %2")
                        .arg(draft->externalRef, seen->caseNumber),
                    seen->id, seen->caseNumber};
        if (seen.error().code != Error::Code::NotFound)
            return {Outcome::Failed, seen.error().message, 0, {}};
    }
    auto done = m_intake.submit(m_actor, draft.value(),
                                request.skipDuplicates
                                    ? IntakeService::DuplicatePolicy::SkipDuplicates
                                    : IntakeService::DuplicatePolicy::Report);
    if (!done) {
        const Error &e = done.error();
        const bool badInput = e.code == Error::Code::InvalidInput
                              || e.code == Error::Code::Forbidden;
        return {badInput ? Outcome::Rejected : Outcome::Failed, e.message, 0, {}};
    }
    if (done->filedAsDuplicate)
        return {Outcome::Duplicate,
                QStringLiteral("open case %1 of the same class is near by")
                    .arg(done->record.caseNumber),
                done->record.id, done->record.caseNumber};
    return {Outcome::Reported, {}, done->record.id, done->record.caseNumber};
}

IntakeReply IntakeGateway::submit(const QString &sourceId, const IntakeRequest &request)
{
    const IntakeReply reply = handle(request);
    log(sourceId, request, reply);
    return reply;
}

void IntakeGateway::reject(const QString &sourceId, const QString &channel,
                           const QString &externalRef, const QString &reason,
                           const QString &payload)
{
    IntakeRequest r;
    r.channel = channel;
    r.externalRef = externalRef;
    r.payload = payload;
    log(sourceId, r, rejected(reason));
}

void IntakeGateway::log(const QString &sourceId, const IntakeRequest &request,
                        const IntakeReply &reply)
{
    Counters &c = m_counters[sourceId];
    ++c.received;
    switch (reply.outcome) {
    case Outcome::Reported: ++c.reported; break;
    case Outcome::Duplicate: ++c.duplicates; break;
    case Outcome::AlreadyReceived: ++c.alreadyReceived; break;
    case Outcome::Rejected: ++c.rejected; break;
    case Outcome::Failed: ++c.failed; break;
    }
    yw::store::IntakeLog::Entry e;
    e.receivedAt = now();
    e.source = sourceId;
    e.channel = request.channel;
    e.externalRef = request.externalRef.left(kMaxField);
    e.outcome = IntakeReply::outcomeKey(reply.outcome);
    e.reason = reply.reason;
    e.caseId = reply.caseId;
    e.payload = request.payload;
    if (auto s = yw::store::IntakeLog(m_cases.database()).append(e); !s)
        qWarning("intake log: %s", qUtf8Printable(s.error().message));
    if (reply.outcome == Outcome::Rejected || reply.outcome == Outcome::Failed)
        qInfo("%s: %s %s: %s", qUtf8Printable(sourceId), qUtf8Printable(e.outcome),
              qUtf8Printable(e.externalRef), qUtf8Printable(reply.reason));
}

QList<IntakeServiceInfo> IntakeGateway::services() const
{
    QList<IntakeServiceInfo> out;
    for (TaxonomyKind kind : {TaxonomyKind::Matter, TaxonomyKind::Component})
        for (const TaxonomyClass &c : m_taxonomy.classes(kind))
            out << IntakeServiceInfo{c.code, c.nameZh, c.bigClassZh, c.ownerHint,
                                     kind == TaxonomyKind::Component};
    return out;
}

QList<IntakeCaseStatus> IntakeGateway::cases(const IntakeCaseQuery &query, QString *error) const
{
    yw::store::CaseQuery q;
    q.caseNumbers = query.caseNumbers;
    q.classCodes = query.classCodes;
    q.reportedFrom = query.from;
    q.reportedBefore = query.before;
    q.limit = query.limit;
    auto found = yw::store::CaseRepository(m_cases.database()).find(q);
    if (!found) {
        if (error)
            *error = found.error().message;
        return {};
    }
    QList<IntakeCaseStatus> out;
    for (const CaseRecord &c : found.value()) {
        IntakeCaseStatus s;
        s.caseId = c.id;
        s.caseNumber = c.caseNumber;
        s.channel = enumKey(c.source);
        s.externalRef = c.externalRef;
        s.state = enumKey(c.state);
        s.final = isFinal(c.state);
        s.classCode = c.classCode;
        if (const TaxonomyClass *cls = m_taxonomy.find(c.kind, c.classCode))
            s.className = cls->nameZh;
        s.description = c.description;
        s.address = c.address;
        s.hasLocation = c.hasLocation;
        s.longitude = c.longitude;
        s.latitude = c.latitude;
        s.agency = m_departmentNames.value(c.ownerDepartmentId);
        s.statusNotes = c.lastNote;
        s.requestedAt = c.reportedAt;
        s.updatedAt = c.updatedAt;
        if (!s.final && c.step.deadline.isValid())
            s.expectedAt = c.step.deadline;
        s.attachments = c.attachments;
        out << s;
    }
    return out;
}

} // namespace yw::intake
