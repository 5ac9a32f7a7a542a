#pragma once

#include "boundaryadvisor.h"
#include "caseactions.h"
#include "casedetail.h"
#include "boardsettings.h"
#include "casequeue.h"
#include "departmentchoice.h"
#include "gadgetlistmodel.h"
#include "intakedesk.h"
#include "modulecontext.h"
#include "routingtable.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace yw::dispatch {

// What the dispatch page works with: the queue board, the selected case, the actions on it and
// the intake desk, made once from the city's routing rules and departments; and the one line
// that tells the operator what came of the last thing done. It also takes the work other
// modules hand over (a case to show, a report to start at a place).
class DispatchWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the dispatch module")
    Q_PROPERTY(yw::dispatch::CaseQueue *queue READ queue CONSTANT)
    Q_PROPERTY(yw::dispatch::CaseDetail *detail READ detail CONSTANT)
    Q_PROPERTY(yw::dispatch::CaseActions *actions READ actions CONSTANT)
    Q_PROPERTY(yw::dispatch::IntakeDesk *intake READ intake CONSTANT)
    // DepartmentChoice rows, for choosing an owner by hand.
    Q_PROPERTY(QAbstractItemModel *departments READ departments CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit DispatchWorkspace(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~DispatchWorkspace() override;

    CaseQueue *queue() { return m_queue.get(); }
    BoardSettings *boardSettings() { return m_boardSettings.get(); }
    CaseDetail *detail() { return m_detail.get(); }
    CaseActions *actions() { return m_actions.get(); }
    IntakeDesk *intake() { return m_intake.get(); }
    QAbstractItemModel *departments() { return &m_departments; }
    QString message() const { return m_message; }

    // Reads the board (at start and when another user signs in).
    // The first read of the board (the module's start); after it the board follows the
    // signed-in user, the feed and the clock.
    yw::core::Status start();
    yw::core::Status refresh();
    // Shows a case handed over by another module: on the board whatever the view, selected.
    void showCase(qint64 caseId);

signals:
    void messageChanged();
    // Another module asked for a report at a place ("longitude, latitude"): open the intake desk.
    void reportRequested(const QString &place);

private:
    void setMessage(const QString &m);

    yw::shell::ModuleContext &m_context;
    yw::core::RoutingTable m_routing;
    QHash<qint64, QString> m_departmentNames;
    yw::shell::GadgetListModel<DepartmentChoice> m_departments;
    std::unique_ptr<IntakeDesk> m_intake;
    std::unique_ptr<yw::intake::BoundaryAdvisor> m_boundary;
    std::unique_ptr<CaseQueue> m_queue;
    std::unique_ptr<BoardSettings> m_boardSettings;
    bool m_started = false;
    std::unique_ptr<CaseDetail> m_detail;
    std::unique_ptr<CaseActions> m_actions;
    QString m_message;
};

} // namespace yw::dispatch
