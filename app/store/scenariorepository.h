#pragma once

#include "clock.h"
#include "database.h"
#include "user.h"

#include <QByteArray>
#include <QDateTime>

namespace yw::store {

// The scenario builder's documents (场景) with their history: one draft per scenario, saved under
// a version number so that a save from a stale copy is refused, and published revisions kept for
// ever. Who may change them is decided here, below any page: administrators, shift leaders and
// leaders; everyone signed in may read them. Every change is in the audit log. The store checks
// that a document is a JSON object with a schema version; what its parts mean is the scenario
// module's business.
class ScenarioRepository
{
public:
    struct Summary
    {
        qint64 id = 0;
        QString name;
        int draftVersion = 0;
        QString draftBy;
        QDateTime draftAt;
        int publishedRevision = 0; // 0: never published
    };
    struct Draft
    {
        Summary summary;
        QByteArray document;
    };
    struct Revision
    {
        int revision = 0;
        QByteArray document;
        QString publishedBy;
        QDateTime publishedAt;
        QString note;
    };
    // A document larger than this is refused: a screen's layout, not a data dump.
    static constexpr qsizetype kMaxDocumentBytes = 4 * 1024 * 1024;

    ScenarioRepository(Database &db, const yw::core::Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    static bool mayEdit(const yw::core::User &actor);

    yw::core::Result<qint64> create(const yw::core::User &actor, const QString &name,
                                    const QByteArray &document);
    // Replaces the draft if it is still at expectedVersion; the new version.
    yw::core::Result<int> saveDraft(const yw::core::User &actor, qint64 id, const QByteArray &document,
                                    int expectedVersion);
    // Publishes the draft as it is at expectedVersion; the new revision's number.
    yw::core::Result<int> publish(const yw::core::User &actor, qint64 id, int expectedVersion,
                                  const QString &note);
    // Makes an old revision the draft again (published revisions stay as they are); the new
    // draft version.
    yw::core::Result<int> restore(const yw::core::User &actor, qint64 id, int revision,
                                  int expectedVersion);

    yw::core::Result<QList<Summary>> list() const;
    yw::core::Result<Draft> draft(qint64 id) const;
    // Newest first, without their documents.
    yw::core::Result<QList<Revision>> revisions(qint64 id) const;
    yw::core::Result<Revision> revision(qint64 id, int revision) const;

private:
    yw::core::Status checkDocument(const QByteArray &document) const;
    yw::core::Status checkEditor(const yw::core::User &actor, const QString &action) const;
    // Replaces the draft if it is still at expectedVersion, audited as action.
    yw::core::Result<int> replaceDraft(const yw::core::User &actor, qint64 id, const QByteArray &document,
                                       int expectedVersion, const QString &action, const QString &detail);
    // The draft's version now, to tell a stale save from a missing scenario.
    yw::core::Error staleOrMissing(qint64 id, int expectedVersion) const;

    Database &m_db;
    const yw::core::Clock &m_clock;
};

} // namespace yw::store
