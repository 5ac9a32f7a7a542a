#pragma once

#include "actionchoice.h"
#include "casedetail.h"
#include "casemarks.h"
#include "casequeue.h"
#include "gadgetlistmodel.h"
#include "modulecontext.h"
#include "routingtable.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace yw::dispatch {

// What the signed-in user may do to the selected case, or to every ticked case at once, and the
// doing of it through the case service (roles, guards and versions are checked there, not here):
// the actions of the flow and the shared board marks.
class CaseActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the dispatch module")
    // ActionChoice rows: the actions on offer now (for a batch: those every ticked case allows).
    Q_PROPERTY(QAbstractItemModel *available READ available CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY availableChanged)
    // Whether some action on offer needs a department / extension hours (the form shows them).
    Q_PROPERTY(bool needsDepartment READ needsDepartment NOTIFY availableChanged)
    Q_PROPERTY(bool needsExtension READ needsExtension NOTIFY availableChanged)

public:
    CaseActions(yw::shell::ModuleContext &context, CaseQueue &queue, CaseDetail &detail,
                const yw::core::RoutingTable &routing, QObject *parent = nullptr);

    QAbstractItemModel *available() { return &m_available; }
    const QList<ActionChoice> &choices() const { return m_available.rows(); }
    int count() const { return int(m_available.rows().size()); }
    bool needsDepartment() const;
    bool needsExtension() const;

    // Takes an action (a CaseAction key) on the selected case; returns an empty string or the
    // message to show. A stale version ends in a conflict message and a reload, never an
    // overwrite. With cases ticked, the action applies to each of them (each at the version the
    // board shows); departmentId 0 means each case's proposed owner. extensionHours:
    // RequestExtension / ApproveExtension, hours on the step's basis.
    Q_INVOKABLE QString act(const QString &actionKey, const QString &note, qint64 departmentId,
                            double extensionHours = 0);
    // Shared board marks, on the ticked cases or else the selected one.
    Q_INVOKABLE QString acknowledge();
    Q_INVOKABLE QString mute(int minutes);
    Q_INVOKABLE QString setNote(const QString &note);

signals:
    void availableChanged();
    // The outcome to tell the operator.
    void notice(const QString &text);

private:
    void updateAvailable();
    QString actOnTicked(yw::core::CaseAction action, const QString &note, qint64 departmentId,
                        double extensionHours);
    qint64 proposedOwner(const yw::core::CaseRecord &c) const;
    QList<qint64> targets() const;
    QString markEach(const QString &what,
                     const std::function<yw::core::Status(qint64 caseId)> &mark);

    yw::shell::ModuleContext &m_context;
    CaseQueue &m_queue;
    CaseDetail &m_detail;
    const yw::core::RoutingTable &m_routing;
    yw::store::CaseMarks m_marks;
    yw::shell::GadgetListModel<ActionChoice> m_available;
};

} // namespace yw::dispatch
