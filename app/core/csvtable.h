#pragma once

#include "error.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace yw::core {

// An RFC 4180 table with a header row. Lines starting with '#' before the header are comments.
class CsvTable
{
public:
    // A row whose field count differs from the header's fails the whole table (reference data),
    // or, for feeds where one bad row must not stop the others, is kept aside in badRows().
    enum class RaggedRows { Fail, KeepAside };
    struct BadRow
    {
        int line = 0;
        QString reason;
        QString raw;
    };

    static Result<CsvTable> parse(const QByteArray &utf8, const QString &origin,
                                  RaggedRows ragged = RaggedRows::Fail);

    const QStringList &header() const { return m_header; }
    int rowCount() const { return int(m_rows.size()); }
    // The value of a named column in a row, empty when the column is absent.
    QString value(int row, const QString &column) const;
    bool hasColumn(const QString &column) const { return m_index.contains(column); }
    // 1-based line number of a row in the source, for error messages.
    int lineOf(int row) const { return m_lines.at(row); }
    // The row's text as it stood in the source (without the line end).
    QString rawRow(int row) const { return m_raw.at(row); }
    QString rawHeader() const { return m_rawHeader; }
    const QList<BadRow> &badRows() const { return m_badRows; }

private:
    QStringList m_header;
    QHash<QString, int> m_index;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QStringList m_raw;
    QString m_rawHeader;
    QList<BadRow> m_badRows;
};

} // namespace yw::core
