#pragma once

#include "database.h"

namespace yw::store {

// What the intake channels received and what became of each record (intake_log): the figures of
// the channel panel and the place where a rejected record's raw text and reason are kept.
class IntakeLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime receivedAt;
        QString source;      // the intake source's id ("hotline12345", "open311", "iot"...)
        QString channel;     // SourceChannel key
        QString externalRef;
        QString outcome;     // IntakeReply outcome key
        QString reason;
        qint64 caseId = 0;
        QString payload;
    };
    struct Tally
    {
        QString source;
        QString outcome;
        int count = 0;
    };

    static constexpr int kMaxPayloadChars = 16384;

    explicit IntakeLog(const Database &db)
        : m_db(db)
    {}
    yw::core::Status append(const Entry &e);
    yw::core::Result<QList<Entry>> latest(int limit, const QString &source = {}) const;
    // Counts per source and outcome since `since`.
    yw::core::Result<QList<Tally>> tally(const QDateTime &since) const;

private:
    const Database &m_db;
};

} // namespace yw::store
