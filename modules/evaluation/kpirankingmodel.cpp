#include "kpirankingmodel.h"

#include <QLocale>

namespace yw::evaluation {

KpiRankingModel::KpiRankingModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void KpiRankingModel::setReport(const KpiReport &report)
{
    beginResetModel();
    m_rows.clear();
    // On screen: the kind of unit's first count and up to five of its rates (the report has all).
    m_columns.clear();
    QList<KpiColumn> rates;
    for (const KpiColumn &c : headlineColumns(report.ranking.dimension)) {
        if (c.kind == KpiColumn::Kind::Count && m_columns.isEmpty())
            m_columns << c;
        else if (c.kind == KpiColumn::Kind::Rate && rates.size() < 5)
            rates << c;
    }
    m_columns += rates;
    QStringList headers;
    for (const KpiColumn &c : m_columns)
        headers << c.name(report.chinese);
    for (const KpiRow &r : report.ranking.rows) {
        QString change;
        if (const KpiRow *prev = report.previousRow(r.key);
            prev && !std::isnan(r.composite) && !std::isnan(prev->composite)) {
            const double d = r.composite - prev->composite;
            change = std::abs(d) < 0.005 ? QStringLiteral("±0")
                                         : (d > 0 ? QStringLiteral("↑") : QStringLiteral("↓")) +
                                               QString::number(std::abs(d), 'f', 2);
        }
        m_rows << Row{r, change, false};
    }
    m_rows << Row{report.ranking.total, QString(), true};
    endResetModel();
    if (headers != m_headers) {
        m_headers = headers;
        emit headersChanged();
    }
}

QStringList KpiRankingModel::columnIds() const
{
    QStringList out;
    for (const KpiColumn &c : m_columns)
        out << c.id();
    return out;
}

int KpiRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KpiRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case KeyRole: return r.row.key;
    case Qt::DisplayRole:
    case NameRole: return r.row.name;
    case RankRole: return r.row.rank;
    case CompositeRole: return KpiReport::compositeText(r.row.composite);
    case GradeRole: return r.row.grade;
    case ChangeRole: return r.change;
    case IsTotalRole: return r.total;
    case CellsRole: {
        QStringList cells;
        for (const KpiColumn &c : m_columns)
            cells << KpiReport::text(r.row.value(c), c);
        return cells;
    }
    }
    return {};
}

QHash<int, QByteArray> KpiRankingModel::roleNames() const
{
    return {{KeyRole, "unitKey"}, {NameRole, "name"},   {RankRole, "rank"},
            {CompositeRole, "composite"}, {GradeRole, "grade"}, {ChangeRole, "change"},
            {CellsRole, "cells"}, {IsTotalRole, "isTotal"}};
}

} // namespace yw::evaluation
