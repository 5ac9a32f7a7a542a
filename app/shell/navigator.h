#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace yw::shell {

// How modules hand work to each other without knowing each other. The kinds of work one module
// may ask of another are named here (show a case, start a report at a place); which module does
// each is not: a module registers the destinations it accepts (`accept`), and a request goes to
// that module, whose workspace the shell then brings to the front. Nobody here names a module.
class Navigator : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool canShowCase READ canShowCase NOTIFY destinationsChanged)
    Q_PROPERTY(bool canReport READ canReport NOTIFY destinationsChanged)
    Q_PROPERTY(bool canShowOnMap READ canShowOnMap NOTIFY destinationsChanged)
    Q_PROPERTY(bool canSendToWall READ canSendToWall NOTIFY destinationsChanged)
public:
    enum class Destination {
        Case,     // a case to be shown and worked on (dispatch)
        ReportAt, // a new report at a point (the intake desk)
        MapAt,    // a place to be looked at on the map (the one map)
        Wall,     // something to be shown on the video wall (the wall panel)
    };
    // What can be sent to the wall.
    enum class WallContent { Case, Place, Scenario };
    Q_ENUM(WallContent)
    Q_ENUM(Destination)

    using QObject::QObject;

    // The module `moduleId` does this kind of work; the last to register wins.
    void accept(Destination d, const QString &moduleId);
    // Who does it, or an empty string.
    QString handler(Destination d) const { return m_handlers.value(d); }
    bool canShowCase() const { return m_handlers.contains(Destination::Case); }
    bool canReport() const { return m_handlers.contains(Destination::ReportAt); }
    bool canShowOnMap() const { return m_handlers.contains(Destination::MapAt); }
    bool canSendToWall() const { return m_handlers.contains(Destination::Wall); }

    // Brings a module's workspace to the front.
    Q_INVOKABLE void open(const QString &moduleId) { emit openRequested(moduleId); }
    // Opens the case where cases are worked on; false when no module does that.
    Q_INVOKABLE bool showCase(qint64 caseId);
    // Starts a report at the point (lon/lat, CGCS2000); false when no module takes reports.
    Q_INVOKABLE bool reportAt(double lon, double lat);
    // Shows the point (lon/lat, CGCS2000) on the map at `zoom` (0: close up); false when no module
    // shows maps.
    Q_INVOKABLE bool showOnMap(double lon, double lat, double zoom = 0);
    // Shows something on the video wall without leaving the current screen: a case (its number),
    // a place ("lon,lat,zoom") or a scenario (its key); false when no module sends to the wall.
    Q_INVOKABLE bool sendToWall(yw::shell::Navigator::WallContent what, const QString &argument);

signals:
    void openRequested(const QString &moduleId);
    void caseRequested(qint64 caseId);
    void reportRequested(double lon, double lat);
    void mapRequested(double lon, double lat, double zoom);
    void wallRequested(yw::shell::Navigator::WallContent what, const QString &argument);
    void destinationsChanged();

private:
    QHash<Destination, QString> m_handlers;
};

} // namespace yw::shell
