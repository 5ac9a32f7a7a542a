#include "hotlinefeedsource.h"

#include "feedbatch.h"
#include "hotlineticketreader.h"

#include <QFileInfo>

namespace yw::plugins {

QVariantMap HotlineFeedSource::settingsHelp() const
{
    return {
        {QStringLiteral("folder"), QStringLiteral("the drop folder (done/ and failed/ are made in it)")},
        {QStringLiteral("channel"), QStringLiteral("Hotline12345 (default) or Hotline12319")},
        {QStringLiteral("poll_ms"), QStringLiteral("how often to look when no change is signalled (2000)")},
        {QStringLiteral("settle_ms"), QStringLiteral("leave files changed this recently (1000)")},
    };
}

QString HotlineFeedSource::start(yw::intake::IntakeHost &host, const QVariantMap &settings)
{
    m_host = &host;
    m_channel = settings.value(QStringLiteral("channel"), QStringLiteral("Hotline12345")).toString();
    if (m_channel != QLatin1String("Hotline12345") && m_channel != QLatin1String("Hotline12319"))
        return QStringLiteral("channel must be Hotline12345 or Hotline12319, not \"%1\"")
            .arg(m_channel);
    SpoolFolder::Options o;
    o.suffixes = {QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("csv")};
    bool ok = true;
    if (settings.contains(QStringLiteral("poll_ms")))
        o.pollMs = settings.value(QStringLiteral("poll_ms")).toInt(&ok);
    if (ok && settings.contains(QStringLiteral("settle_ms")))
        o.settleMs = settings.value(QStringLiteral("settle_ms")).toInt(&ok);
    if (!ok)
        return QStringLiteral("poll_ms and settle_ms are milliseconds");
    return m_spool.start(settings.value(QStringLiteral("folder")).toString(), o,
                         [this](const QString &path, const QByteArray &content) {
                             return process(path, content);
                         });
}

QString HotlineFeedSource::status() const
{
    return m_spool.isRunning() ? QStringLiteral("watching %1").arg(m_spool.folder())
                               : QStringLiteral("stopped");
}

SpoolFolder::FileOutcome HotlineFeedSource::process(const QString &path, const QByteArray &content)
{
    using D = SpoolFolder::FileOutcome::Disposition;
    SpoolFolder::FileOutcome out;
    const QString name = QFileInfo(path).fileName();
    const HotlineTicketReader::File file = HotlineTicketReader(m_channel).read(name, content);
    if (!file.error.isEmpty()) {
        out.disposition = D::Failed;
        out.reason = file.error;
        m_host->reject(id(), m_channel, name, file.error, QString::fromUtf8(content.left(4096)));
        return out;
    }
    out = submitFeed(*m_host, id(), m_channel, file.records);
    out.rejectedHeader = file.header;
    return out;
}

} // namespace yw::plugins
