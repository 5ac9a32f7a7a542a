#include "casedetail.h"

#include "navigator.h"

#include "attachmentstore.h"
#include "geodatarepository.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>

namespace yw::dispatch {

using namespace yw::core;

CaseDetail::CaseDetail(yw::shell::ModuleContext &context, const Services &services, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_services(services)
{
    // The board read the cases again: the case may have moved on at another workstation.
    connect(&services.queue, &CaseQueue::refreshed, this, [this] {
        if (m_record.id > 0)
            load();
    });
    // The clock and the board marks: time left, acknowledged, muted, note.
    connect(&services.queue, &CaseQueue::countsChanged, this, &CaseDetail::updateSummary);
    if (context.session) {
        connect(context.session, &yw::shell::Session::userChanged, this, [this] {
            if (m_record.id > 0)
                load();
            emit formReset();
        });
    }
}

void CaseDetail::select(qint64 caseId)
{
    const bool other = caseId != m_record.id;
    emit notice(QString()); // the last message was about what was done before
    m_record = CaseRecord();
    m_record.id = caseId;
    load();
    if (other)
        emit formReset();
}

void CaseDetail::reload()
{
    load();
}

void CaseDetail::showUpdated(const CaseRecord &c)
{
    m_record = c;
    load();
    emit formReset();
}

void CaseDetail::load()
{
    m_proposal = {};
    m_boundary = {};
    m_requestedExtensionHours = 0;
    auto c = m_record.id > 0 ? m_context.cases->get(m_record.id)
                             : Result<CaseRecord>(Error::make(Error::Code::NotFound, QString()));
    if (!c) {
        m_record = CaseRecord();
        m_history.setRows({});
        m_photos.setRows({});
        updateSummary();
        emit summaryChanged();
        return;
    }
    m_record = c.value();
    qint64 maintainer = 0;
    if (!m_record.componentId.isEmpty())
        if (auto m = yw::store::GeodataRepository(*m_context.database)
                         .componentMaintainer(m_record.componentId))
            maintainer = m.value();
    m_proposal = m_services.routing.route(m_record.classCode, m_record.areaCode(), maintainer);
    // Near a boundary of ownership, the dispatcher is told who owns the other side.
    if (m_context.session->isSignedIn()
        && Workflow::availableActions(m_context.session->user(), m_record)
               .contains(CaseAction::Dispatch)) {
        const double radius =
            m_context.settings ? m_context.settings
                                     ->value(QStringLiteral("dispatch/boundaryMetres"),
                                             yw::intake::BoundaryAdvisor::kDefaultRadiusM)
                                     .toDouble()
                               : yw::intake::BoundaryAdvisor::kDefaultRadiusM;
        const auto alternatives = m_services.boundary.alternatives(m_record, maintainer,
                                                                   m_proposal.departmentId, radius);
        if (!alternatives.isEmpty()) {
            const auto &a = alternatives.first();
            m_boundary = {true, a.departmentId, m_services.departmentNames.value(a.departmentId),
                          a.gridCode, int(qRound(a.distanceM))};
        }
    }
    loadHistory();
    loadPhotos();
    updateSummary();
    emit summaryChanged();
}

void CaseDetail::loadHistory()
{
    QList<CaseHistoryEntry> rows;
    if (auto events = m_context.cases->history(m_record.id)) {
        for (const CaseEvent &e : events.value())
            if (e.action == QLatin1String("RequestExtension"))
                m_requestedExtensionHours =
                    e.payload.value(QStringLiteral("extensionSeconds")).toDouble() / 3600;
        const QTimeZone zone = m_context.calendar->timeZone();
        for (auto it = events->crbegin(); it != events->crend(); ++it)
            rows << CaseHistoryEntry{
                QLocale().toString(it->at.toTimeZone(zone), QStringLiteral("MM-dd HH:mm")),
                eventName(it->action), it->actorLogin, it->note};
    }
    m_history.setRows(rows);
}

void CaseDetail::loadPhotos()
{
    QList<CasePhoto> rows;
    yw::store::AttachmentStore photos(*m_context.database, *m_context.clock);
    if (auto list = photos.list(m_record.id)) {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                              + QStringLiteral("/photos");
        QDir().mkpath(cache);
        const QTimeZone zone = m_context.calendar->timeZone();
        for (const auto &a : list.value()) {
            // A copy named by its digest: written once, shared by every case that shows it.
            const QString copy = cache + u'/' + a.sha256
                                 + (a.mimeType == QLatin1String("image/png") ? QStringLiteral(".png")
                                                                             : QStringLiteral(".jpg"));
            QString url;
            if (QFile::exists(copy)) {
                url = QUrl::fromLocalFile(copy).toString();
            } else if (auto bytes = photos.read(a.id)) {
                QFile f(copy);
                if (f.open(QIODevice::WriteOnly) && f.write(bytes.value()) == bytes->size())
                    url = QUrl::fromLocalFile(copy).toString();
            }
            rows << CasePhoto{a.id,
                              a.name,
                              QLocale().formattedDataSize(a.sizeBytes),
                              displayName(enumFromKey<CaseState>(a.stage)),
                              a.addedBy,
                              QLocale().toString(a.addedAt.toTimeZone(zone),
                                                 QStringLiteral("MM-dd HH:mm")),
                              url};
        }
    }
    m_photos.setRows(rows);
}

void CaseDetail::updateSummary()
{
    CaseSummary s;
    if (m_record.id > 0 && !m_record.caseNumber.isEmpty()) {
        const TaxonomyClass *cls = m_context.taxonomy->find(m_record.kind, m_record.classCode);
        const Area *community = m_context.areas->find(m_record.communityCode);
        const auto &names = m_services.departmentNames;
        const CaseQueueModel &board = m_services.queue.model();
        const QModelIndex row = board.index(board.rowOf(m_record.id));
        s.valid = true;
        s.caseId = m_record.id;
        s.caseNumber = m_record.caseNumber;
        s.className = cls ? cls->nameZh : m_record.classCode;
        s.classCode = m_record.classCode;
        s.state = displayName(m_record.state);
        s.stateKey = enumKey(m_record.state);
        s.source = displayName(m_record.source);
        s.description = m_record.description;
        s.place = (community ? community->name : QString()) + QLatin1Char(' ') + m_record.gridCode;
        s.owner = names.value(m_record.ownerDepartmentId);
        s.proposedOwner = names.value(m_proposal.departmentId);
        s.proposedDepartmentId = m_proposal.departmentId;
        s.remaining = CaseQueueModel::formatRemaining(
            m_record.step.remainingSeconds(*m_context.calendar, m_context.clock->now()),
            m_record.step.basis);
        s.version = m_record.version;
        s.supervision = m_record.supervisionLevel == 0   ? QString()
                        : m_record.supervisionLevel == 1 ? tr("Supervised (level 1)")
                        : m_record.supervisionLevel == 2 ? tr("Supervised closely (level 2)")
                                                         : tr("Supervised by the leaders (level 3)");
        s.requestedExtensionHours = m_requestedExtensionHours;
        s.acknowledgedBy = row.data(CaseQueueModel::AcknowledgedByRole).toString();
        s.mutedUntil = row.data(CaseQueueModel::MutedUntilRole).toString();
        s.note = row.data(CaseQueueModel::NoteRole).toString();
        s.boundary = m_boundary;
    }
    const bool changed = s.valid != m_summary.valid || s.caseId != m_summary.caseId
                         || s.remaining != m_summary.remaining
                         || s.acknowledgedBy != m_summary.acknowledgedBy
                         || s.mutedUntil != m_summary.mutedUntil || s.note != m_summary.note;
    m_summary = s;
    if (changed)
        emit summaryChanged();
}

QString CaseDetail::attach(const QUrl &file)
{
    if (m_record.id <= 0)
        return tr("Nothing to do.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    QString problem;
    if (!f.open(QIODevice::ReadOnly))
        problem = tr("Cannot read %1: %2").arg(path, f.errorString());
    else if (f.size() > yw::store::AttachmentStore::kMaxBytes)
        problem = tr("%1 is larger than 10 MB.").arg(path);
    if (!problem.isEmpty()) {
        emit notice(problem);
        return problem;
    }
    auto added = yw::store::AttachmentStore(*m_context.database, *m_context.clock)
                     .add(m_context.session->user(), m_record.id, path, f.readAll());
    if (!added) {
        problem = m_context.describe(added.error());
        emit notice(problem);
        return problem;
    }
    emit notice(tr("Photo %1 added.").arg(added->name));
    load();
    return {};
}

QString CaseDetail::eventName(const QString &action) const
{
    bool ok = false;
    const CaseAction a = enumFromKey<CaseAction>(action, &ok);
    if (ok)
        return displayName(a);
    if (action == QLatin1String("Acknowledge"))
        return tr("Acknowledged");
    if (action == QLatin1String("Mute"))
        return tr("Muted");
    if (action == QLatin1String("Unmute"))
        return tr("Unmuted");
    if (action == QLatin1String("Note"))
        return tr("Note");
    if (action == QLatin1String("Attach"))
        return tr("Photo");
    return tr("Reported");
}

bool CaseDetail::canSendToWall() const
{
    return m_context.navigator && m_context.navigator->canSendToWall();
}

bool CaseDetail::sendToWall()
{
    if (!canSendToWall() || !summary().valid)
        return false;
    return m_context.navigator->sendToWall(yw::shell::Navigator::WallContent::Case, summary().caseNumber);
}

} // namespace yw::dispatch
