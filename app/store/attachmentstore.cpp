#include "attachmentstore.h"

#include "caseeventrepository.h"
#include "caserepository.h"
#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

QString AttachmentStore::sniffMimeType(const QByteArray &b)
{
    if (b.size() >= 3 && uchar(b[0]) == 0xFF && uchar(b[1]) == 0xD8 && uchar(b[2]) == 0xFF)
        return QStringLiteral("image/jpeg");
    if (b.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    return {};
}

QString AttachmentStore::folder() const
{
    if (m_db.isPostgres())
        return {};
    return m_db.location().filePath() + QStringLiteral(".attachments");
}

Result<AttachmentStore::Attachment> AttachmentStore::add(const User &actor, qint64 caseId,
                                                         const QString &name,
                                                         const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("%1 is empty.").arg(name));
    if (bytes.size() > kMaxBytes)
        return Error::make(Error::Code::InvalidInput,
                           tr("%1 has %2 MB; a photo may have at most %3 MB.")
                               .arg(name)
                               .arg(bytes.size() / 1048576.0, 0, 'f', 1)
                               .arg(kMaxBytes / 1048576));
    const QString mime = sniffMimeType(bytes);
    if (mime.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("%1 is not a JPEG or PNG photo.").arg(name));
    if (!actor.active)
        return Error::make(Error::Code::Forbidden, tr("This account is not active."));
    Attachment a;
    a.caseId = caseId;
    a.name = QFileInfo(name).fileName().left(200);
    a.mimeType = mime;
    a.sizeBytes = bytes.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    a.addedAt = m_clock.now();
    a.addedBy = actor.login;

    // SQLite: the file first (a crash leaves an unreferenced file, never a row without bytes).
    QString storedPath;
    QString written;
    if (!m_db.isPostgres()) {
        storedPath = QStringLiteral("%1/%2.%3")
                         .arg(caseId)
                         .arg(a.sha256, mime == QLatin1String("image/png") ? QStringLiteral("png")
                                                                           : QStringLiteral("jpg"));
        const QString path = folder() + u'/' + storedPath;
        if (!QFile::exists(path)) {
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return Error::make(Error::Code::DatabaseUnavailable,
                                   QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath()));
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                return Error::make(Error::Code::DatabaseUnavailable,
                                   QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
            written = path;
        }
    }
    const Status s = m_db.transaction([&]() -> Status {
        auto c = CaseRepository(m_db).get(caseId);
        if (!c)
            return c.error();
        // Who may add photos: the centre's people, the inspectors, and the owning department.
        const bool centre = actor.hasRole(Role::IntakeOperator) || actor.hasRole(Role::Dispatcher)
                            || actor.hasRole(Role::ShiftLeader) || actor.hasRole(Role::FieldInspector);
        const bool owner = actor.hasRole(Role::DepartmentHandler) && actor.departmentId > 0
                           && actor.departmentId == c->ownerDepartmentId;
        if (!centre && !owner)
            return Error::make(Error::Code::Forbidden,
                               tr("Only the centre, the inspectors and the owning department add "
                                  "photos to case %1.")
                                   .arg(c->caseNumber));
        a.stage = enumKey(c->state);
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO case_attachments (case_id, name, mime_type, size_bytes, "
                           "sha256, stored_path, data, added_at, added_by, stage) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {caseId, a.name, a.mimeType, a.sizeBytes, a.sha256, storedPath,
             m_db.isPostgres() ? QVariant(bytes) : QVariant(QMetaType::fromType<QByteArray>()),
             fromTime(a.addedAt), a.addedBy, a.stage});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::make(Error::Code::Internal, QStringLiteral("no id for the attachment"));
        a.id = q.value().value(0).toLongLong();
        q.value().finish();
        CaseEvent e;
        e.caseId = caseId;
        e.caseVersion = c->version;
        e.at = a.addedAt;
        e.actorUserId = actor.id;
        e.actorLogin = actor.login;
        e.workstation = m_db.workstation();
        e.action = QStringLiteral("Attach");
        e.fromState = c->state;
        e.toState = c->state;
        e.note = a.name;
        e.payload.insert(QStringLiteral("attachmentId"), a.id);
        auto id = CaseEventRepository(m_db).append(e);
        return id ? success() : Status(id.error());
    });
    if (!s) {
        if (!written.isEmpty())
            QFile::remove(written);
        return s.error();
    }
    return a;
}

Result<QList<AttachmentStore::Attachment>> AttachmentStore::list(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, case_id, name, mime_type, size_bytes, sha256, "
                                      "added_at, added_by, stage FROM case_attachments "
                                      "WHERE case_id = ? ORDER BY id"),
                       {caseId});
    if (!q)
        return q.error();
    QList<Attachment> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << Attachment{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                          r.value(3).toString(),   r.value(4).toLongLong(), r.value(5).toString(),
                          toTime(r.value(6)),      r.value(7).toString(),   r.value(8).toString()};
    }
    return out;
}

Result<QByteArray> AttachmentStore::read(qint64 attachmentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT stored_path, data, sha256 FROM case_attachments "
                                      "WHERE id = ?"),
                       {attachmentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("no attachment %1").arg(attachmentId));
    const QString stored = q.value().value(0).toString();
    QByteArray bytes = q.value().value(1).toByteArray();
    const QString sha = q.value().value(2).toString();
    if (!stored.isEmpty()) {
        QFile f(folder() + u'/' + stored);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::NotFound,
                               QStringLiteral("the photo file %1 is missing").arg(f.fileName()));
        bytes = f.readAll();
    }
    // A file changed or damaged beside the database is told, not shown as if it were the photo.
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha)
        return Error::make(Error::Code::Corrupt,
                           QStringLiteral("attachment %1 does not match its checksum").arg(attachmentId));
    return bytes;
}

} // namespace yw::store
