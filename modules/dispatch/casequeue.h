#pragma once

#include "casemarks.h"
#include "caserepository.h"
#include "casequeuefilter.h"
#include "casequeuemodel.h"
#include "choicelistmodel.h"
#include "modulecontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// The queue board: the open cases of the city (or of the user's scope) with their deadline
// lights, live from the change feed and the clock; its views, search, sort order and the ticks
// for batch actions. Reading only: actions go through CaseActions.
class CaseQueue : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the dispatch module")
    // The rows as shown (view, search and sort applied): CaseQueueModel's roles.
    Q_PROPERTY(QAbstractItemModel *rows READ rows CONSTANT)
    Q_PROPERTY(int total READ total NOTIFY countsChanged)
    Q_PROPERTY(int red READ red NOTIFY countsChanged)
    Q_PROPERTY(int yellow READ yellow NOTIFY countsChanged)
    Q_PROPERTY(int green READ green NOTIFY countsChanged)
    // The board's views with their counts (key, name, count).
    Q_PROPERTY(yw::shell::ChoiceListModel *views READ views CONSTANT)
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    // The column the queue is sorted by ("remaining" by default: the most urgent first).
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY filterChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY filterChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedChanged)
    // Why the queue could not be read, or empty.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    static constexpr int kQueueLimit = 20000;

    // departmentNames: id → name, for the owner column.
    CaseQueue(yw::shell::ModuleContext &context, const QHash<qint64, QString> &departmentNames,
              QObject *parent = nullptr);
    ~CaseQueue() override;

    QAbstractItemModel *rows() { return &m_proxy; }
    const CaseQueueModel &model() const { return m_model; }
    int total() const { return m_model.rowCount(); }
    int red() const { return m_model.countWithLight(yw::core::DeadlineLight::Red); }
    int yellow() const { return m_model.countWithLight(yw::core::DeadlineLight::Yellow); }
    int green() const { return m_model.countWithLight(yw::core::DeadlineLight::Green); }
    yw::shell::ChoiceListModel *views() { return &m_views; }
    QString view() const;
    void setView(const QString &viewKey);
    QString search() const { return m_search; }
    void setSearch(const QString &text);
    QString sortKey() const { return m_sortKey; }
    bool sortDescending() const { return m_proxy.sortOrder() == Qt::DescendingOrder; }
    int checkedCount() const { return m_model.checkedCount(); }
    QList<qint64> checkedCases() const { return m_model.checkedCases(); }
    QString problem() const { return m_problem; }

    // The case as the board last read it, or nullptr when it is not on the board.
    const yw::core::CaseRecord *find(qint64 caseId) const;

    // Re-reads the open cases (as the signed-in user may see them).
    Q_INVOKABLE yw::core::Status refresh();
    // Sorts by a column: case, class, state, place, owner, remaining; the same key again
    // reverses the order.
    Q_INVOKABLE void sortBy(const QString &key);
    // The next sort column after the current one (Ctrl+Shift+S).
    Q_INVOKABLE void sortByNext();
    // A case's row as shown, or -1.
    Q_INVOKABLE int shownRowOf(qint64 caseId) const;
    // Re-reads the cases shortly, on a worker thread (after a change here or at another
    // workstation; several in a row are read once).
    Q_INVOKABLE void refreshSoon() { m_debounce.start(); }
    // Blocks until a read under way is shown (tests).
    void waitForRead();
    // All open cases, no search: so that a case asked for by another module is on the board.
    Q_INVOKABLE void showAll();
    // When cases turn yellow: the share of their step's limit used (BoardSettings).
    void setYellowAt(double fraction);

    // Ticks for batch actions (this workstation only).
    Q_INVOKABLE void toggleChecked(qint64 caseId);
    Q_INVOKABLE void checkAllShown();
    Q_INVOKABLE void clearChecked();

signals:
    void countsChanged();
    void filterChanged();
    void checkedChanged();
    void problemChanged();
    // The cases were read again (other workstations' changes): the detail follows.
    void refreshed();

private:
    struct Board
    {
        QList<yw::core::CaseRecord> cases;
        QHash<qint64, yw::store::CaseMarks::Mark> marks;
    };
    // The open cases the signed-in user may see (and their board marks).
    yw::store::CaseQuery query() const;
    static yw::core::Result<Board> read(yw::store::Database &db, const yw::store::CaseQuery &q,
                                        const yw::core::Clock &clock);
    void show(const Board &board);
    void readInBackground();
    void updateViews();
    void setProblem(const QString &p);

    yw::shell::ModuleContext &m_context;
    CaseQueueModel m_model;
    CaseQueueFilter m_proxy;
    yw::shell::ChoiceListModel m_views;
    QString m_search;
    QString m_sortKey = QStringLiteral("remaining");
    QString m_problem;
    QTimer m_tick;     // the clock moves: lights and countdowns
    QTimer m_debounce; // many changes at once: one re-read
    QFutureWatcher<yw::core::Result<Board>> m_reading;
    std::shared_ptr<yw::store::ReadCancellation> m_cancel =
        std::make_shared<yw::store::ReadCancellation>();
    bool m_readAgain = false;
    bool m_readPending = false;
};

} // namespace yw::dispatch
