#pragma once

#include <QCoreApplication>

#include "clock.h"
#include "database.h"
#include "user.h"

namespace yw::store {

// Photos of a case (case_attachments): the intake photo, the department's before/after photos,
// the inspector's check photos. Only JPEG and PNG up to kMaxBytes are taken, told by their
// bytes, not their names. With SQLite the bytes are files beside the database
// (<file>.attachments/<case id>/<sha256>.<ext>), so the database stays small; with PostgreSQL
// they are in the table, so that every workstation reaches them. Each addition is also a case
// event (Attach) in the same transaction. The centre's people, the inspectors and the owning
// department's handlers may add photos.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(yw::store::AttachmentStore)
public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

    struct Attachment
    {
        qint64 id = 0;
        qint64 caseId = 0;
        QString name;
        QString mimeType;
        qint64 sizeBytes = 0;
        QString sha256;
        QDateTime addedAt;
        QString addedBy;
        QString stage; // the case state when it was added: Reported, Handling, Checking...
    };

    AttachmentStore(Database &db, const yw::core::Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // "image/jpeg" or "image/png" from the first bytes; empty for anything else.
    static QString sniffMimeType(const QByteArray &bytes);
    // The folder beside a SQLite database; empty for PostgreSQL.
    QString folder() const;

    yw::core::Result<Attachment> add(const yw::core::User &actor, qint64 caseId,
                                     const QString &name, const QByteArray &bytes);
    yw::core::Result<QList<Attachment>> list(qint64 caseId) const;
    yw::core::Result<QByteArray> read(qint64 attachmentId) const;

private:
    Database &m_db;
    const yw::core::Clock &m_clock;
};

} // namespace yw::store
