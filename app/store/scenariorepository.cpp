#include "scenariorepository.h"

#include "auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace yw::store {

using namespace yw::core;

namespace {
const QString kSummary = QStringLiteral(
    "SELECT id, name, draft_version, draft_by, draft_at, published_revision FROM scenarios ");

ScenarioRepository::Summary readSummary(const QSqlQuery &q)
{
    ScenarioRepository::Summary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.draftVersion = q.value(2).toInt();
    s.draftBy = q.value(3).toString();
    s.draftAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
    s.publishedRevision = q.value(5).toInt();
    return s;
}
} // namespace

bool ScenarioRepository::mayEdit(const User &actor)
{
    return actor.active
           && (actor.hasRole(Role::Admin) || actor.hasRole(Role::ShiftLeader) || actor.hasRole(Role::Leader));
}

Status ScenarioRepository::checkEditor(const User &actor, const QString &action) const
{
    if (mayEdit(actor))
        return success();
    AuditLog(m_db).append(m_clock.now(), actor.login, QStringLiteral("scenario.refused"), action);
    return Error::make(Error::Code::Forbidden,
                       QStringLiteral("%1 may not %2 scenarios (administrators, shift leaders and leaders may)")
                           .arg(actor.login, action));
}

Status ScenarioRepository::checkDocument(const QByteArray &document) const
{
    if (document.size() > kMaxDocumentBytes)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the scenario is %1 bytes; at most %2 are kept")
                               .arg(document.size())
                               .arg(kMaxDocumentBytes));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the scenario is not JSON: %1 at byte %2")
                               .arg(error.errorString())
                               .arg(error.offset));
    if (!json.isObject())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("a scenario is a JSON object"));
    const QJsonValue version = json.object().value(QLatin1String("schemaVersion"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt()))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("a scenario needs its schemaVersion, a whole number from 1"));
    return success();
}

Error ScenarioRepository::staleOrMissing(qint64 id, int expectedVersion) const
{
    auto q = m_db.exec(QStringLiteral("SELECT draft_version, draft_by FROM scenarios WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("no scenario %1").arg(id));
    return Error::make(Error::Code::Conflict,
                       QStringLiteral("the scenario changed since it was opened (version %1 by %2, yours %3): "
                                      "open it again to see the changes")
                           .arg(q.value().value(0).toInt())
                           .arg(q.value().value(1).toString())
                           .arg(expectedVersion));
}

Result<qint64> ScenarioRepository::create(const User &actor, const QString &name, const QByteArray &document)
{
    if (auto s = checkEditor(actor, QStringLiteral("create")); !s)
        return s.error();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("a scenario needs a name of 1 to 200 characters"));
    if (auto s = checkDocument(document); !s)
        return s.error();
    qint64 id = 0;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto s = m_db.transaction([&]() -> Status {
        auto taken = m_db.exec(QStringLiteral("SELECT 1 FROM scenarios WHERE name = ?"), {trimmed});
        if (!taken)
            return taken.error();
        if (taken.value().next())
            return Error::make(Error::Code::Conflict, QStringLiteral("a scenario named %1 exists already").arg(trimmed));
        auto q = m_db.exec(QStringLiteral("INSERT INTO scenarios (name, draft, draft_version, draft_by, draft_at, "
                                          "created_by, created_at) VALUES (?, ?, 1, ?, ?, ?, ?) RETURNING id"),
                           {trimmed, QString::fromUtf8(document), actor.login, now, actor.login, now});
        if (!q)
            return q.error();
        q.value().next();
        id = q.value().value(0).toLongLong();
        return AuditLog(m_db).append(m_clock.now(), actor.login, QStringLiteral("scenario.create"),
                                     QStringLiteral("%1 %2").arg(id).arg(trimmed));
    });
    if (!s)
        return s.error();
    return id;
}

Result<int> ScenarioRepository::saveDraft(const User &actor, qint64 id, const QByteArray &document,
                                          int expectedVersion)
{
    if (auto s = checkEditor(actor, QStringLiteral("change")); !s)
        return s.error();
    if (auto s = checkDocument(document); !s)
        return s.error();
    return replaceDraft(actor, id, document, expectedVersion, QStringLiteral("scenario.save"),
                        QStringLiteral("%1 version %2").arg(id).arg(expectedVersion + 1));
}

Result<int> ScenarioRepository::replaceDraft(const User &actor, qint64 id, const QByteArray &document,
                                             int expectedVersion, const QString &action, const QString &detail)
{
    auto s = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE scenarios SET draft = ?, draft_version = draft_version + 1, "
                                          "draft_by = ?, draft_at = ? WHERE id = ? AND draft_version = ?"),
                           {QString::fromUtf8(document), actor.login, m_clock.now().toMSecsSinceEpoch(), id,
                            expectedVersion});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return staleOrMissing(id, expectedVersion);
        return AuditLog(m_db).append(m_clock.now(), actor.login, action, detail);
    });
    if (!s)
        return s.error();
    return expectedVersion + 1;
}

Result<int> ScenarioRepository::publish(const User &actor, qint64 id, int expectedVersion, const QString &note)
{
    if (auto s = checkEditor(actor, QStringLiteral("publish")); !s)
        return s.error();
    int revision = 0;
    auto s = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT draft, published_revision FROM scenarios "
                                          "WHERE id = ? AND draft_version = ?"),
                           {id, expectedVersion});
        if (!q)
            return q.error();
        if (!q.value().next())
            return staleOrMissing(id, expectedVersion);
        const QString document = q.value().value(0).toString();
        const int published = q.value().value(1).toInt();
        revision = published + 1;
        // Two workstations publishing at once: the second finds the number taken and fails.
        auto moved = m_db.exec(QStringLiteral("UPDATE scenarios SET published_revision = ? "
                                              "WHERE id = ? AND published_revision = ?"),
                               {revision, id, published});
        if (!moved)
            return moved.error();
        if (moved.value().numRowsAffected() != 1)
            return Error::make(Error::Code::Conflict, QStringLiteral("someone published the scenario at the same time"));
        if (auto ins = m_db.exec(QStringLiteral("INSERT INTO scenario_revisions (scenario_id, revision, document, "
                                                "published_by, published_at, note) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {id, revision, document, actor.login, m_clock.now().toMSecsSinceEpoch(),
                                  note.trimmed()});
            !ins)
            return ins.error();
        return AuditLog(m_db).append(m_clock.now(), actor.login, QStringLiteral("scenario.publish"),
                                     QStringLiteral("%1 revision %2").arg(id).arg(revision));
    });
    if (!s)
        return s.error();
    return revision;
}

Result<int> ScenarioRepository::restore(const User &actor, qint64 id, int revision, int expectedVersion)
{
    if (auto s = checkEditor(actor, QStringLiteral("restore")); !s)
        return s.error();
    auto old = this->revision(id, revision);
    if (!old)
        return old.error();
    return replaceDraft(actor, id, old.value().document, expectedVersion, QStringLiteral("scenario.restore"),
                        QStringLiteral("%1 revision %2 as version %3").arg(id).arg(revision).arg(expectedVersion + 1));
}

Result<QList<ScenarioRepository::Summary>> ScenarioRepository::list() const
{
    auto q = m_db.exec(kSummary + QStringLiteral("ORDER BY name"));
    if (!q)
        return q.error();
    QList<Summary> out;
    while (q.value().next())
        out << readSummary(q.value());
    return out;
}

Result<ScenarioRepository::Draft> ScenarioRepository::draft(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, draft_version, draft_by, draft_at, published_revision, draft "
                                      "FROM scenarios WHERE id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("no scenario %1").arg(id));
    return Draft{readSummary(q.value()), q.value().value(6).toString().toUtf8()};
}

Result<QList<ScenarioRepository::Revision>> ScenarioRepository::revisions(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT revision, published_by, published_at, note FROM scenario_revisions "
                                      "WHERE scenario_id = ? ORDER BY revision DESC"),
                       {id});
    if (!q)
        return q.error();
    QList<Revision> out;
    while (q.value().next())
        out << Revision{q.value().value(0).toInt(), {}, q.value().value(1).toString(),
                        QDateTime::fromMSecsSinceEpoch(q.value().value(2).toLongLong(), QTimeZone::utc()),
                        q.value().value(3).toString()};
    return out;
}

Result<ScenarioRepository::Revision> ScenarioRepository::revision(qint64 id, int revision) const
{
    auto q = m_db.exec(QStringLiteral("SELECT revision, document, published_by, published_at, note "
                                      "FROM scenario_revisions WHERE scenario_id = ? AND revision = ?"),
                       {id, revision});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("scenario %1 has no revision %2").arg(id).arg(revision));
    return Revision{q.value().value(0).toInt(), q.value().value(1).toString().toUtf8(), q.value().value(2).toString(),
                    QDateTime::fromMSecsSinceEpoch(q.value().value(3).toLongLong(), QTimeZone::utc()),
                    q.value().value(4).toString()};
}

} // namespace yw::store
