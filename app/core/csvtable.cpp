#include "csvtable.h"

namespace yw::core {

namespace {

// Splits one record starting at pos; advances pos and line past it.
Result<QStringList> readRecord(const QString &text, int &pos, int &line, const QString &origin)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const int startLine = line;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (quoted) {
            if (c == u'"') {
                if (pos + 1 < text.size() && text.at(pos + 1) == u'"') {
                    field += u'"';
                    pos += 2;
                    continue;
                }
                quoted = false;
                ++pos;
                continue;
            }
            if (c == u'\n')
                ++line;
            field += c;
            ++pos;
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            ++pos;
        } else if (c == u',') {
            fields << field;
            field.clear();
            fieldStarted = false;
            ++pos;
        } else if (c == u'\r') {
            ++pos;
        } else if (c == u'\n') {
            ++pos;
            ++line;
            fields << field;
            return fields;
        } else {
            field += c;
            fieldStarted = true;
            ++pos;
        }
    }
    if (quoted)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1:%2: unterminated quoted field").arg(origin).arg(startLine));
    fields << field;
    return fields;
}

} // namespace

Result<CsvTable> CsvTable::parse(const QByteArray &utf8, const QString &origin,
                                 RaggedRows ragged)
{
    CsvTable table;
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    int pos = 0;
    int line = 1;
    bool haveHeader = false;
    while (pos < text.size()) {
        const int recordLine = line;
        if (!haveHeader && text.at(pos) == u'#') {
            const int nl = text.indexOf(u'\n', pos);
            pos = nl < 0 ? int(text.size()) : nl + 1;
            ++line;
            continue;
        }
        const int start = pos;
        auto record = readRecord(text, pos, line, origin);
        if (!record)
            return record.error();
        QStringList fields = record.value();
        const QString raw = QStringView(text).mid(start, pos - start).toString().trimmed();
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // blank line
        if (!haveHeader) {
            table.m_header = fields;
            table.m_rawHeader = raw;
            for (int i = 0; i < fields.size(); ++i)
                table.m_index.insert(fields.at(i).trimmed(), i);
            haveHeader = true;
            continue;
        }
        if (fields.size() != table.m_header.size()) {
            const QString reason = QStringLiteral("%1:%2: %3 fields, the header has %4")
                                       .arg(origin)
                                       .arg(recordLine)
                                       .arg(fields.size())
                                       .arg(table.m_header.size());
            if (ragged == RaggedRows::Fail)
                return Error::make(Error::Code::InvalidInput, reason);
            table.m_badRows << BadRow{recordLine, reason, raw};
            continue;
        }
        table.m_rows << fields;
        table.m_lines << recordLine;
        table.m_raw << raw;
    }
    if (!haveHeader)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("%1: no header row").arg(origin));
    return table;
}

QString CsvTable::value(int row, const QString &column) const
{
    const auto it = m_index.constFind(column);
    if (it == m_index.constEnd())
        return {};
    return m_rows.at(row).at(*it).trimmed();
}

} // namespace yw::core
