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
    static Result<CsvTable> parse(const QByteArray &utf8, const QString &origin);

    const QStringList &header() const { return m_header; }
    int rowCount() const { return int(m_rows.size()); }
    // The value of a named column in a row, empty when the column is absent.
    QString value(int row, const QString &column) const;
    bool hasColumn(const QString &column) const { return m_index.contains(column); }
    // 1-based line number of a row in the source, for error messages.
    int lineOf(int row) const { return m_lines.at(row); }

private:
    QStringList m_header;
    QHash<QString, int> m_index;
    QList<QStringList> m_rows;
    QList<int> m_lines;
};

} // namespace yw::core
