#pragma once

#include <QObject>

namespace yw::shell {

// How modules hand work to each other without knowing each other: a module asks to show a case,
// or to start a report at a place (the one map's "report here"), and the module that does that
// work (dispatch) answers; the shell brings the asked-for workspace to the front.
class Navigator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Brings a module's workspace to the front.
    Q_INVOKABLE void open(const QString &moduleId) { emit openRequested(moduleId); }
    // Opens the case in the dispatch workspace.
    Q_INVOKABLE void showCase(qint64 caseId)
    {
        emit caseRequested(caseId);
        open(QStringLiteral("dispatch"));
    }
    // Starts a report at the point (lon/lat, CGCS2000) on the intake desk.
    Q_INVOKABLE void reportAt(double lon, double lat)
    {
        emit reportRequested(lon, lat);
        open(QStringLiteral("dispatch"));
    }

signals:
    void openRequested(const QString &moduleId);
    void caseRequested(qint64 caseId);
    void reportRequested(double lon, double lat);
};

} // namespace yw::shell
