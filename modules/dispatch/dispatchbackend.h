#pragma once

#include "boundaryadvisor.h"
#include "casemarks.h"
#include "casequeuefilter.h"
#include "casequeuemodel.h"
#include "intakedesk.h"
#include "modulecontext.h"
#include "routingtable.h"

#include <QObject>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVariantList>

namespace yw::dispatch {

// The queue board: the open cases of the city (or of the user's scope), live from the change
// feed, and the actions the signed-in user may take on the selected case, which go through the
// case service (roles, guards and versions are checked there, not here).
class DispatchBackend : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QAbstractItemModel *queue READ queue CONSTANT)
    Q_PROPERTY(int total READ total NOTIFY queueChanged)
    Q_PROPERTY(int red READ red NOTIFY queueChanged)
    Q_PROPERTY(int yellow READ yellow NOTIFY queueChanged)
    Q_PROPERTY(int green READ green NOTIFY queueChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY filterChanged)
    Q_PROPERTY(QVariantList views READ views NOTIFY queueChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedChanged)
    // The column the queue is sorted by ("remaining" by default: the most urgent first).
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY filterChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY filterChanged)
    Q_PROPERTY(qint64 selectedCaseId READ selectedCaseId NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList actions READ actions NOTIFY actionsChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList attachments READ attachments NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList departments READ departments CONSTANT)
    Q_PROPERTY(qint64 proposedDepartment READ proposedDepartment NOTIFY selectionChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QObject *intake READ intake CONSTANT)

public:
    static constexpr int kQueueLimit = 20000;

    explicit DispatchBackend(yw::shell::ModuleContext &context, QObject *parent = nullptr);

    QAbstractItemModel *queue() { return &m_proxy; }
    CaseQueueModel &model() { return m_model; }
    int total() const { return m_model.rowCount(); }
    int red() const { return m_model.countWithLight(yw::core::DeadlineLight::Red); }
    int yellow() const { return m_model.countWithLight(yw::core::DeadlineLight::Yellow); }
    int green() const { return m_model.countWithLight(yw::core::DeadlineLight::Green); }
    QString filter() const { return m_filter; }
    void setFilter(const QString &f);
    QString view() const;
    void setView(const QString &viewKey);
    // The board's views with their counts: [{key, name, count}].
    QVariantList views() const;
    int checkedCount() const { return m_model.checkedCount(); }
    QString sortKey() const { return m_sortKey; }
    bool sortDescending() const { return m_proxy.sortOrder() == Qt::DescendingOrder; }
    // Sorts by a column: case, class, state, place, owner, remaining; the same key again
    // reverses the order.
    Q_INVOKABLE void sortBy(const QString &key);
    qint64 selectedCaseId() const { return m_selected.id; }
    QVariantMap selected() const;
    QVariantList actions() const;
    QVariantList history() const { return m_history; }
    // The selected case's photos: [{id, name, size, stage, by, time, url}] (url: a read-only copy
    // in the cache, for Image).
    QVariantList attachments() const { return m_attachments; }
    // Adds a photo (a local file) to the selected case; returns an empty string or the reason.
    Q_INVOKABLE QString attach(const QUrl &file);
    QVariantList departments() const { return m_departmentList; }
    qint64 proposedDepartment() const { return m_proposal.departmentId; }
    QString message() const { return m_message; }
    QObject *intake() { return m_intake.get(); }
    IntakeDesk &intakeDesk() { return *m_intake; }

    // Re-reads the open cases.
    Q_INVOKABLE yw::core::Status refresh();
    Q_INVOKABLE void select(qint64 caseId);
    // The selected case's row in the queue as shown (views and search applied), or -1.
    Q_INVOKABLE int selectedRow() const;
    // Takes an action (a CaseAction key) on the selected case; returns an empty string or the
    // message to show. A stale version ends in a conflict message and a reload, never an overwrite.
    // With cases ticked, the action applies to each of them (each at the version the board
    // shows); departmentId 0 means each case's proposed owner.
    // extensionHours: RequestExtension / ApproveExtension, hours on the step's basis (working
    // hours for most steps).
    Q_INVOKABLE QString act(const QString &actionKey, const QString &note, qint64 departmentId,
                            double extensionHours = 0);

    // Ticks for batch actions (this workstation only).
    Q_INVOKABLE void toggleChecked(qint64 caseId);
    Q_INVOKABLE void checkAllShown();
    Q_INVOKABLE void clearChecked();
    // Shared board marks, on the ticked cases or else the selected one.
    Q_INVOKABLE QString acknowledge();
    Q_INVOKABLE QString mute(int minutes);
    Q_INVOKABLE QString setNote(const QString &note);

signals:
    void queueChanged();
    void filterChanged();
    void selectionChanged();
    void messageChanged();
    void checkedChanged();
    void actionsChanged();
    // Another case was selected, or an action on this one went through: the forms start afresh.
    // (A reload of the same case, e.g. on another workstation's change, must not wipe what the
    // operator is typing.)
    void formReset();
    // Another module asked for a report at a place ("longitude, latitude"): open the intake desk.
    void reportRequested(const QString &place);

private:
    void setMessage(const QString &m);
    void loadSelection();
    QList<qint64> targets() const;
    QString markEach(const QString &what,
                     const std::function<yw::core::Status(qint64 caseId)> &mark);
    QString eventName(const QString &action) const;

    yw::shell::ModuleContext &m_context;
    CaseQueueModel m_model;
    CaseQueueFilter m_proxy;
    QString m_sortKey = QStringLiteral("remaining");
    yw::store::CaseMarks m_marks;
    QString m_filter;
    yw::core::RoutingTable m_routing;
    QHash<qint64, QString> m_departmentNames;
    QVariantList m_departmentList;
    yw::core::CaseRecord m_selected;
    yw::core::RoutingDecision m_proposal;
    QVariantList m_history;
    QVariantList m_attachments;
    QString m_message;
    QTimer m_tick;     // the clock moves: lights and countdowns
    QTimer m_debounce; // many changes at once: one re-read
    std::unique_ptr<IntakeDesk> m_intake;
    std::unique_ptr<yw::intake::BoundaryAdvisor> m_boundary;
    QVariantList m_alternatives; // other owners near the selected case's point
    double m_requestedExtensionHours = 0; // the pending extension request of the selected case
};

} // namespace yw::dispatch
