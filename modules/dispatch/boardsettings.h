#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QSettings;

namespace yw::dispatch {

// The queue board's settings on this workstation (the settings dialog's "Queue board" page):
// when a case turns yellow (the share of its step's limit used: some centres warn at half
// time), and how near a boundary of ownership a case must lie for the dispatcher to be told
// who owns the other side. Kept in the workstation's settings (dispatch/…); they apply at once.
class BoardSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the dispatch module")
    Q_PROPERTY(int yellowPercent READ yellowPercent WRITE setYellowPercent NOTIFY changed)
    Q_PROPERTY(int boundaryMetres READ boundaryMetres WRITE setBoundaryMetres NOTIFY changed)
    Q_PROPERTY(int minYellowPercent READ minYellowPercent CONSTANT)
    Q_PROPERTY(int maxYellowPercent READ maxYellowPercent CONSTANT)
    Q_PROPERTY(int maxBoundaryMetres READ maxBoundaryMetres CONSTANT)

public:
    static constexpr int kDefaultYellowPercent = 80;
    static constexpr int kMinYellowPercent = 50;
    static constexpr int kMaxYellowPercent = 95;
    static constexpr int kMaxBoundaryMetres = 500;

    explicit BoardSettings(QSettings *settings, QObject *parent = nullptr);

    int yellowPercent() const { return m_yellowPercent; }
    void setYellowPercent(int percent);
    int boundaryMetres() const { return m_boundaryMetres; }
    void setBoundaryMetres(int metres);
    int minYellowPercent() const { return kMinYellowPercent; }
    int maxYellowPercent() const { return kMaxYellowPercent; }
    int maxBoundaryMetres() const { return kMaxBoundaryMetres; }

signals:
    void changed();

private:
    QSettings *m_settings;
    int m_yellowPercent = kDefaultYellowPercent;
    int m_boundaryMetres = 0;
};

} // namespace yw::dispatch
