#include "kpitilevalue.h"

#include <QLocale>

#include <cmath>

namespace yw::scenario {

void KpiTileValue::setTable(SourceTable *t)
{
    if (t == m_table)
        return;
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = t;
    if (t)
        connect(t, &SourceTable::rowsChanged, this, &KpiTileValue::recompute);
    emit inputsChanged();
    recompute();
}

void KpiTileValue::setBefore(SourceTable *t)
{
    if (t == m_before)
        return;
    if (m_before)
        disconnect(m_before, nullptr, this, nullptr);
    m_before = t;
    if (t)
        connect(t, &SourceTable::rowsChanged, this, &KpiTileValue::recompute);
    emit inputsChanged();
    recompute();
}

void KpiTileValue::setColumn(const QString &c)
{
    if (c == m_column)
        return;
    m_column = c;
    emit inputsChanged();
    recompute();
}

void KpiTileValue::setThresholds(const QVariantList &t)
{
    if (t == m_thresholds)
        return;
    m_thresholds = t;
    emit inputsChanged();
    recompute();
}

void KpiTileValue::setHigherIsBetter(bool b)
{
    if (b == m_higherIsBetter)
        return;
    m_higherIsBetter = b;
    emit inputsChanged();
    recompute();
}

std::optional<double> KpiTileValue::figureOf(const SourceTable *t) const
{
    if (!t || !t->loaded())
        return std::nullopt;
    const int c = t->valueColumn(m_column);
    if (c < 0)
        return std::nullopt;
    if (t->count() == 0)
        return 0.0; // nothing in the period: a count of none
    // A rate or an average is not summed: the first row is the figure (the city, or the unit).
    if (t->formats()[c].kind == ColumnFormat::Kind::Percent)
        return t->number(0, c);
    double sum = 0;
    for (int r = 0; r < t->count(); ++r)
        sum += t->number(r, c);
    return sum;
}

void KpiTileValue::recompute()
{
    const auto now = figureOf(m_table);
    const QLocale locale;
    m_hasValue = now.has_value();
    m_value = now.value_or(0);
    const bool percent = m_table && m_table->valueColumn(m_column) >= 0
                         && m_table->formats()[m_table->valueColumn(m_column)].kind == ColumnFormat::Kind::Percent;
    auto show = [&](double v) {
        if (percent)
            return locale.toString(v * 100, 'f', 1) + QLatin1Char('%');
        return v == std::floor(v) ? locale.toString(qint64(v)) : locale.toString(v, 'f', 1);
    };
    m_valueText = m_hasValue ? show(m_value) : QStringLiteral("—");
    m_changeText.clear();
    m_direction = 0;
    m_improving = false;
    if (const auto was = figureOf(m_before); m_hasValue && was) {
        const double d = m_value - *was;
        m_direction = d > 0 ? 1 : d < 0 ? -1 : 0;
        m_improving = m_direction != 0 && ((d > 0) == m_higherIsBetter);
        const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("−") : QString();
        if (percent) {
            m_changeText = sign + locale.toString(std::abs(d) * 100, 'f', 1) + QStringLiteral(" pt");
        } else {
            m_changeText = sign + show(std::abs(d));
            if (*was != 0)
                m_changeText += QStringLiteral(" (%1%2%)").arg(sign, locale.toString(std::abs(d) / *was * 100, 'f', 1));
        }
    }
    m_level = QStringLiteral("normal");
    if (m_hasValue && m_thresholds.size() >= 1) {
        const double warning = m_thresholds.value(0).toDouble();
        const double danger = m_thresholds.size() >= 2 ? m_thresholds.value(1).toDouble() : qInf();
        const double v = percent ? m_value * 100 : m_value; // thresholds of a rate are in percent
        if (m_higherIsBetter) {
            if (m_thresholds.size() >= 2 && v < danger)
                m_level = QStringLiteral("danger");
            else if (v < warning)
                m_level = QStringLiteral("warning");
        } else {
            if (v >= danger)
                m_level = QStringLiteral("danger");
            else if (v >= warning)
                m_level = QStringLiteral("warning");
        }
    }
    emit valueChanged();
}

} // namespace yw::scenario
