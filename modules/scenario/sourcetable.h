#pragma once

#include "columnformat.h"
#include "datasetreader.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointF>
#include <QtQml/qqmlregistration.h>

namespace yw::scenario {

class DimensionNames;

// One source's rows as a running scenario's widgets read them: a table (TableView reads its
// cells), and a list for the rest (roles label, key, value, share of the largest, cells, caseId).
// A new read changes the rows in place (no reset, no flicker); a failed or late read keeps the
// last good rows and says so (error, stale, lastGood).
class SourceTable : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a running scenario's")
    Q_PROPERTY(QString sourceId READ sourceId CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY rowsChanged)
    Q_PROPERTY(QStringList columnNames READ columnNames NOTIFY rowsChanged)
    // The titles of the columns shown (not a case's id, which a click opens, nor lon and lat).
    Q_PROPERTY(QStringList columnTitles READ columnTitles NOTIFY rowsChanged)
    // Read at least once (the screen waits for it).
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY stateChanged)
    Q_PROPERTY(QString lastGood READ lastGoodText NOTIFY stateChanged)
    // A cross-filter applies to this source.
    Q_PROPERTY(bool filtered READ filtered NOTIFY stateChanged)

public:
    enum Roles { LabelRole = Qt::UserRole + 1, KeyRole, ValueRole, ShareRole, CellsRole, CaseIdRole, RawRole, HasPlaceRole };

    SourceTable(QString sourceId, const DimensionNames &names, QObject *parent = nullptr);

    QString sourceId() const { return m_sourceId; }
    int count() const { return int(m_rows.size()); }
    QStringList columnNames() const;
    QStringList columnTitles() const;
    bool isShown(int column) const;
    const QList<ColumnFormat> &formats() const { return m_formats; }
    const QList<QVariantList> &rows() const { return m_rows; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    bool stale() const { return m_stale || !m_error.isEmpty(); }
    QDateTime lastGood() const { return m_lastGood; }
    QString lastGoodText() const;
    bool filtered() const { return m_filtered; }

    // A good read at `at`: the rows replace the old ones in place.
    void setTable(const yw::store::DatasetReader::Table &table, const QList<ColumnFormat> &formats, const QDateTime &at);
    // A failed read: the rows stay, marked.
    void setFailed(const QString &message);
    // Late: no good read for longer than the source should take.
    void setStale(bool stale);
    void setFiltered(bool filtered);

    // The column shown as each row's label (the first that is not a number), and the one that is
    // its value (`name`, or the last number).
    int labelColumn() const;
    Q_INVOKABLE int valueColumn(const QString &name = {}) const;
    Q_INVOKABLE int columnIndex(const QString &name) const;
    Q_INVOKABLE QString text(int row, int column) const;
    Q_INVOKABLE double number(int row, int column) const;
    Q_INVOKABLE QVariant raw(int row, int column) const;
    // The case a row is about (an `id` or `case_id` column of cases, events, facts), or 0.
    Q_INVOKABLE qint64 caseId(int row) const;
    // Where a row is (its lon and lat columns), or a null point.
    QPointF place(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void rowsChanged();
    void stateChanged();

private:
    QString m_sourceId;
    const DimensionNames &m_names;
    QList<ColumnFormat> m_formats;
    QList<QVariantList> m_rows;
    double m_maximum = 0;
    bool m_loaded = false;
    QString m_error;
    bool m_stale = false;
    bool m_filtered = false;
    QDateTime m_lastGood;
};

} // namespace yw::scenario
