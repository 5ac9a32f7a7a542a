#include "sourcetable.h"

#include "dimensionnames.h"

namespace yw::scenario {

SourceTable::SourceTable(QString sourceId, const DimensionNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sourceId(std::move(sourceId))
    , m_names(names)
{}

QStringList SourceTable::columnNames() const
{
    QStringList out;
    for (const ColumnFormat &f : m_formats)
        out << f.name;
    return out;
}

bool SourceTable::isShown(int column) const
{
    // A case's id is what a click opens, and coordinates are where the map goes: not for reading.
    const QString &name = m_formats[column].name;
    if (name == QLatin1String("lon") || name == QLatin1String("lat"))
        return false;
    return !((name == QLatin1String("id") || name == QLatin1String("case_id"))
             && m_formats[column].kind == ColumnFormat::Kind::Number);
}

QStringList SourceTable::columnTitles() const
{
    QStringList out;
    for (int c = 0; c < m_formats.size(); ++c)
        if (isShown(c))
            out << m_formats[c].title;
    return out;
}

QString SourceTable::lastGoodText() const
{
    return m_lastGood.isValid() ? m_lastGood.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
}

void SourceTable::setTable(const yw::store::DatasetReader::Table &table, const QList<ColumnFormat> &formats,
                           const QDateTime &at)
{
    const bool sameColumns = formats.size() == m_formats.size() && columnNames() == [&] {
        QStringList n;
        for (const ColumnFormat &f : formats)
            n << f.name;
        return n;
    }();
    if (!sameColumns) {
        beginResetModel();
        m_formats = formats;
        m_rows = table.rows;
        endResetModel();
    } else {
        // In place: the rows both reads have change their values, the rest come or go at the end.
        const int before = int(m_rows.size()), after = int(table.rows.size());
        if (after < before) {
            beginRemoveRows({}, after, before - 1);
            m_rows.resize(after);
            endRemoveRows();
        }
        const int common = std::min(before, after);
        for (int r = 0; r < common; ++r)
            m_rows[r] = table.rows[r];
        if (common > 0 && !m_formats.isEmpty())
            emit dataChanged(index(0, 0), index(common - 1, int(m_formats.size()) - 1));
        if (after > before) {
            beginInsertRows({}, before, after - 1);
            for (int r = before; r < after; ++r)
                m_rows << table.rows[r];
            endInsertRows();
        }
    }
    const int value = valueColumn();
    m_maximum = 0;
    if (value >= 0)
        for (const QVariantList &row : std::as_const(m_rows))
            m_maximum = std::max(m_maximum, row.value(value).toDouble());
    m_loaded = true;
    m_error.clear();
    m_stale = false;
    m_lastGood = at;
    emit rowsChanged();
    emit stateChanged();
}

void SourceTable::setFailed(const QString &message)
{
    m_error = message;
    m_loaded = true; // what there is to show is shown, with the reason
    emit stateChanged();
}

void SourceTable::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    emit stateChanged();
}

void SourceTable::setFiltered(bool filtered)
{
    if (filtered == m_filtered)
        return;
    m_filtered = filtered;
    emit stateChanged();
}

int SourceTable::labelColumn() const
{
    for (int c = 0; c < m_formats.size(); ++c)
        if (!m_formats[c].isNumeric() && m_formats[c].name != QLatin1String("key") && isShown(c))
            return c;
    return m_formats.isEmpty() ? -1 : 0;
}

int SourceTable::valueColumn(const QString &name) const
{
    if (!name.isEmpty())
        return columnIndex(name);
    for (int c = int(m_formats.size()) - 1; c >= 0; --c)
        if (m_formats[c].isNumeric() && m_formats[c].name != QLatin1String("rank"))
            return c;
    return -1;
}

int SourceTable::columnIndex(const QString &name) const
{
    for (int c = 0; c < m_formats.size(); ++c)
        if (m_formats[c].name == name)
            return c;
    return -1;
}

QString SourceTable::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_formats.size())
        return {};
    return m_names.text(m_formats[column], m_rows[row].value(column));
}

double SourceTable::number(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0)
        return 0;
    return m_rows[row].value(column).toDouble();
}

QVariant SourceTable::raw(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows[row].value(column);
}

QPointF SourceTable::place(int row) const
{
    const int lon = columnIndex(QStringLiteral("lon")), lat = columnIndex(QStringLiteral("lat"));
    if (lon < 0 || lat < 0 || raw(row, lon).isNull() || raw(row, lat).isNull())
        return {};
    return {raw(row, lon).toDouble(), raw(row, lat).toDouble()};
}

qint64 SourceTable::caseId(int row) const
{
    for (const char *name : {"case_id", "id"}) {
        const int c = columnIndex(QLatin1String(name));
        if (c >= 0 && m_formats[c].kind == ColumnFormat::Kind::Number)
            return raw(row, c).toLongLong();
    }
    return 0;
}

int SourceTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_formats.size());
}

QVariant SourceTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int r = index.row();
    switch (role) {
    case Qt::DisplayRole: return text(r, index.column());
    case RawRole: return raw(r, index.column());
    case LabelRole: return text(r, labelColumn());
    case KeyRole: return raw(r, labelColumn());
    case ValueRole: return text(r, valueColumn());
    case ShareRole: return m_maximum > 0 ? number(r, valueColumn()) / m_maximum : 0.0;
    case CaseIdRole: return caseId(r);
    case HasPlaceRole: return !place(r).isNull();
    case CellsRole: {
        QStringList cells;
        for (int c = 0; c < m_formats.size(); ++c)
            if (isShown(c))
                cells << text(r, c);
        return cells;
    }
    }
    return {};
}

QVariant SourceTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_formats.size())
        return m_formats[section].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> SourceTable::roleNames() const
{
    auto r = QAbstractTableModel::roleNames();
    r.insert(LabelRole, "label");
    r.insert(KeyRole, "key");
    r.insert(ValueRole, "value");
    r.insert(ShareRole, "share");
    r.insert(CellsRole, "cells");
    r.insert(CaseIdRole, "caseId");
    r.insert(RawRole, "raw");
    r.insert(HasPlaceRole, "hasPlace");
    return r;
}

} // namespace yw::scenario
