#pragma once

#include "feedbatch.h"

#include <QList>

namespace yw::plugins {

// Reads a file of the 12345 hotline's work orders (工单) into intake requests: a JSON array, a
// JSON object with a "tickets" array, JSON Lines (.jsonl), or CSV with a header row. Field names
// are the English ones of docs/DATA_FORMATS.md or the hotline platform's Chinese column names.
// A record that cannot be read is returned with its reason; the others are unaffected.
class HotlineTicketReader
{
public:
    using Record = FeedRecord;
    struct File
    {
        QString error;             // the file as a whole cannot be read
        QString header;            // CSV: the header line, to write in front of rejected rows
        QList<Record> records;
    };

    explicit HotlineTicketReader(QString channel)
        : m_channel(std::move(channel))
    {}
    File read(const QString &fileName, const QByteArray &content) const;

private:
    File readJson(const QByteArray &content) const;
    File readJsonLines(const QByteArray &content) const;
    File readCsv(const QString &fileName, const QByteArray &content) const;
    // Builds a request from named fields; sets record.error when a field is wrong.
    void fill(Record &record, const std::function<QString(const QString &)> &field) const;

    QString m_channel;
};

} // namespace yw::plugins
