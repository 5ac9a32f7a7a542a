#include "boardsettings.h"

#include "boundaryadvisor.h"

#include <QSettings>

#include <algorithm>

namespace yw::dispatch {

namespace {
const QString kYellow = QStringLiteral("dispatch/yellowPercent");
// CaseDetail reads the same key for its boundary prompt.
const QString kBoundary = QStringLiteral("dispatch/boundaryMetres");
} // namespace

BoardSettings::BoardSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_boundaryMetres(int(yw::intake::BoundaryAdvisor::kDefaultRadiusM))
{
    if (!m_settings)
        return;
    // A value out of range in a hand-edited file is brought into it, not trusted.
    m_yellowPercent = std::clamp(m_settings->value(kYellow, kDefaultYellowPercent).toInt(),
                                 kMinYellowPercent, kMaxYellowPercent);
    m_boundaryMetres = std::clamp(m_settings->value(kBoundary, m_boundaryMetres).toInt(), 0,
                                  kMaxBoundaryMetres);
}

void BoardSettings::setYellowPercent(int percent)
{
    percent = std::clamp(percent, kMinYellowPercent, kMaxYellowPercent);
    if (percent == m_yellowPercent)
        return;
    m_yellowPercent = percent;
    if (m_settings)
        m_settings->setValue(kYellow, percent);
    emit changed();
}

void BoardSettings::setBoundaryMetres(int metres)
{
    metres = std::clamp(metres, 0, kMaxBoundaryMetres);
    if (metres == m_boundaryMetres)
        return;
    m_boundaryMetres = metres;
    if (m_settings)
        m_settings->setValue(kBoundary, metres);
    emit changed();
}

} // namespace yw::dispatch
