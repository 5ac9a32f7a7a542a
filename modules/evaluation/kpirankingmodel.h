#pragma once

#include "kpiengine.h"
#include "kpireport.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace yw::evaluation {

// The ranking table behind the view: one row per unit (best first), then the city, with the
// headline columns of the kind of unit as text and the previous period's change.
class KpiRankingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the evaluation module")
    Q_PROPERTY(QStringList headers READ headers NOTIFY headersChanged)
    Q_PROPERTY(QStringList columnIds READ columnIds NOTIFY headersChanged)
public:
    enum Roles { KeyRole = Qt::UserRole + 1, NameRole, RankRole, CompositeRole, GradeRole,
                 ChangeRole, CellsRole, IsTotalRole };

    explicit KpiRankingModel(QObject *parent = nullptr);

    void setReport(const KpiReport &report);
    QStringList headers() const { return m_headers; }
    QStringList columnIds() const;
    const QList<KpiColumn> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void headersChanged();

private:
    struct Row
    {
        KpiRow row;
        QString change;
        bool total = false;
    };
    QList<Row> m_rows;
    QList<KpiColumn> m_columns;
    QStringList m_headers;
};

} // namespace yw::evaluation
