#include "chartdata.h"

namespace yw::scenario {

void ChartData::setTable(SourceTable *t)
{
    if (t == m_table)
        return;
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = t;
    if (t) {
        connect(t, &SourceTable::rowsChanged, this, &ChartData::recompute);
        connect(t, &QAbstractItemModel::modelReset, this, &ChartData::recompute);
    }
    emit inputsChanged();
    recompute();
}

void ChartData::setValueColumns(const QStringList &c)
{
    if (c == m_valueColumns)
        return;
    m_valueColumns = c;
    emit inputsChanged();
    recompute();
}

void ChartData::setLimit(int l)
{
    if (l == m_limit)
        return;
    m_limit = l;
    emit inputsChanged();
    recompute();
}

QList<qreal> ChartData::values(int series) const
{
    return m_values.value(series);
}

QString ChartData::valueText(int category) const
{
    if (!m_table || m_columns.isEmpty())
        return {};
    return m_table->text(category, m_columns.first());
}

void ChartData::recompute()
{
    m_categories.clear();
    m_seriesNames.clear();
    m_columns.clear();
    m_values.clear();
    m_maximum = 0;
    if (m_table) {
        const auto &formats = m_table->formats();
        if (m_valueColumns.isEmpty()) {
            for (int c = 0; c < formats.size(); ++c)
                if (formats[c].isNumeric() && formats[c].name != QLatin1String("rank") && c != m_table->labelColumn())
                    m_columns << c;
        } else {
            for (const QString &name : m_valueColumns)
                if (const int c = m_table->columnIndex(name); c >= 0)
                    m_columns << c;
        }
        const int rows = m_limit > 0 ? std::min(m_limit, m_table->count()) : m_table->count();
        const int label = m_table->labelColumn();
        for (int r = 0; r < rows; ++r)
            m_categories << m_table->text(r, label);
        for (int c : std::as_const(m_columns)) {
            m_seriesNames << formats[c].title;
            QList<qreal> v;
            const bool percent = formats[c].kind == ColumnFormat::Kind::Percent;
            for (int r = 0; r < rows; ++r) {
                const double x = m_table->number(r, c) * (percent ? 100 : 1);
                v << x;
                m_maximum = std::max(m_maximum, x);
            }
            m_values << v;
        }
    }
    emit changed();
}

} // namespace yw::scenario
