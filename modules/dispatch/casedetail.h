#pragma once

#include "boundaryadvisor.h"
#include "casehistoryentry.h"
#include "casephoto.h"
#include "casequeue.h"
#include "casesummary.h"
#include "gadgetlistmodel.h"
#include "modulecontext.h"
#include "routingtable.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// The selected case: its summary, history and photos, the owner the routing rules propose and
// the boundary prompt. Reloaded when the board reads the cases again (another workstation's
// change), without wiping a form being filled (formReset only when another case is chosen or an
// action on this one went through).
class CaseDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the dispatch module")
    Q_PROPERTY(qint64 caseId READ caseId NOTIFY summaryChanged)
    Q_PROPERTY(yw::dispatch::CaseSummary summary READ summary NOTIFY summaryChanged)
    // CaseHistoryEntry rows, newest first.
    Q_PROPERTY(QAbstractItemModel *history READ history CONSTANT)
    // CasePhoto rows.
    Q_PROPERTY(QAbstractItemModel *photos READ photos CONSTANT)

public:
    struct Services
    {
        const yw::core::RoutingTable &routing;
        const QHash<qint64, QString> &departmentNames;
        const yw::intake::BoundaryAdvisor &boundary;
        const CaseQueue &queue; // the board marks of the case
    };

    CaseDetail(yw::shell::ModuleContext &context, const Services &services,
               QObject *parent = nullptr);

    qint64 caseId() const { return m_record.id; }
    CaseSummary summary() const { return m_summary; }
    QAbstractItemModel *history() { return &m_history; }
    const yw::shell::GadgetListModel<CaseHistoryEntry> &historyRows() const { return m_history; }
    QAbstractItemModel *photos() { return &m_photos; }
    const yw::shell::GadgetListModel<CasePhoto> &photoRows() const { return m_photos; }
    // The case as last read (id 0 when none), and the owner proposed for it.
    const yw::core::CaseRecord &record() const { return m_record; }
    const yw::core::RoutingDecision &proposal() const { return m_proposal; }

    // Shows another case (or none, with 0); the forms start afresh.
    Q_INVOKABLE void select(qint64 caseId);
    // Reads the selected case again.
    Q_INVOKABLE void reload();
    // The case on the video wall (its place on the wall's map); false when no wall is set up.
    Q_INVOKABLE bool sendToWall();
    Q_INVOKABLE bool canSendToWall() const;
    // The case came back from an action: show it as it is now; the forms start afresh.
    void showUpdated(const yw::core::CaseRecord &c);
    // The forms start afresh (after a batch action).
    void startAfresh() { emit formReset(); }
    // Adds a photo (a local file) to the selected case; returns an empty string or the reason.
    Q_INVOKABLE QString attach(const QUrl &file);

signals:
    void summaryChanged();
    // Another case was selected, or an action on this one went through: the forms start afresh.
    void formReset();
    // Something to tell the operator (a photo added, why it was not).
    void notice(const QString &text);

private:
    void load();
    void loadHistory();
    void loadPhotos();
    void updateSummary();
    QString eventName(const QString &action) const;

    yw::shell::ModuleContext &m_context;
    Services m_services;
    yw::core::CaseRecord m_record;
    yw::core::RoutingDecision m_proposal;
    BoundaryPrompt m_boundary;
    double m_requestedExtensionHours = 0;
    CaseSummary m_summary;
    yw::shell::GadgetListModel<CaseHistoryEntry> m_history;
    yw::shell::GadgetListModel<CasePhoto> m_photos;
};

} // namespace yw::dispatch
