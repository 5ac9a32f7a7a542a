#pragma once

#include "intakesource.h"
#include "spoolfolder.h"

namespace yw::plugins {

// The 12345 hotline feed: the hotline platform drops its work orders as JSON, JSON Lines or CSV
// files into a folder; each ticket becomes a reported case (a ticket number seen before is not
// filed twice), the file moves to done/, unreadable files and rejected tickets go to failed/
// with their reasons.
class HotlineFeedSource : public QObject, public yw::intake::IntakeSource
{
    Q_OBJECT
public:
    QString id() const override { return QStringLiteral("hotline12345"); }
    QString title() const override { return QStringLiteral("12345 hotline feed"); }
    QVariantMap settingsHelp() const override;
    QString start(yw::intake::IntakeHost &host, const QVariantMap &settings) override;
    void stop() override { m_spool.stop(); }
    QString status() const override;

    SpoolFolder &spool() { return m_spool; }

private:
    SpoolFolder::FileOutcome process(const QString &path, const QByteArray &content);

    yw::intake::IntakeHost *m_host = nullptr;
    QString m_channel = QStringLiteral("Hotline12345");
    SpoolFolder m_spool;
};

} // namespace yw::plugins
