#pragma once

#include "intakehost.h"
#include "spoolfolder.h"

namespace yw::plugins {

// One record of a feed file, read or not.
struct FeedRecord
{
    int line = 0;       // 1-based line (or position in a JSON array)
    QString raw;        // the record's source text
    QString error;      // empty when request is usable
    yw::intake::IntakeRequest request;
};

// Hands a file's records to the host: unreadable ones are logged as rejected, the others are
// submitted; refused records are listed for failed/; when the database fails the file is kept
// for a retry (the records filed so far are known by their references).
SpoolFolder::FileOutcome submitFeed(yw::intake::IntakeHost &host, const QString &sourceId,
                                    const QString &channel, const QList<FeedRecord> &records);

} // namespace yw::plugins
