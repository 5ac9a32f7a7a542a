#include "feedbatch.h"

namespace yw::plugins {

using yw::intake::IntakeReply;

SpoolFolder::FileOutcome submitFeed(yw::intake::IntakeHost &host, const QString &sourceId,
                                    const QString &channel, const QList<FeedRecord> &records)
{
    SpoolFolder::FileOutcome out;
    for (const FeedRecord &r : records) {
        if (!r.error.isEmpty()) {
            host.reject(sourceId, r.request.channel.isEmpty() ? channel : r.request.channel,
                        r.request.externalRef, r.error, r.raw);
            out.rejected << SpoolFolder::RejectedRecord{r.line, r.error, r.raw};
            continue;
        }
        const IntakeReply reply = host.submit(sourceId, r.request);
        if (reply.outcome == IntakeReply::Outcome::Failed) {
            out.disposition = SpoolFolder::FileOutcome::Disposition::Retry;
            out.reason = reply.reason;
            return out;
        }
        if (reply.outcome == IntakeReply::Outcome::Rejected)
            out.rejected << SpoolFolder::RejectedRecord{r.line, reply.reason, r.raw};
    }
    return out;
}

} // namespace yw::plugins
