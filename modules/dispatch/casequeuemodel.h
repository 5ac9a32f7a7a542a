#pragma once

#include "areahierarchy.h"
#include "casemarks.h"
#include "caserecord.h"
#include "taxonomy.h"
#include "workcalendar.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace yw::dispatch {

// The queue board's rows: the open cases with their deadline light and the time left on the
// step's clock (working hours for most steps), at the instant `now` of the injected clock.
class CaseQueueModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        CaseIdRole = Qt::UserRole + 1,
        CaseNumberRole,
        ClassNameRole,
        StateRole,
        StateNameRole,
        LightRole,
        RemainingRole,
        RemainingSecondsRole,
        AreaRole,
        OwnerRole,
        SourceRole,
        UrgencyRole,
        ReportedRole,
        SupervisionRole,
        DescriptionRole,
        SearchTextRole,
        AcknowledgedByRole, // login of who acknowledged it, empty when nobody has
        MutedRole,          // its alerts are muted now
        MutedUntilRole,     // "HH:mm" while muted
        NoteRole,           // the shared working note
        CheckedRole,        // ticked on this workstation for a batch action
        CoordinationRole,   // disputed ownership (确权): a return asked for or granted
    };

    struct Context
    {
        const yw::core::Taxonomy &taxonomy;
        const yw::core::AreaHierarchy &areas;
        const yw::core::WorkCalendar &calendar;
    };

    CaseQueueModel(const Context &context, QObject *parent = nullptr);

    // Replaces the rows (a fresh read of the open cases) and evaluates the clocks at `now`.
    void setCases(const QList<yw::core::CaseRecord> &cases, const QDateTime &now);
    // Re-evaluates the lights and countdowns (the clock moved).
    void setNow(const QDateTime &now);
    // The share of a step's limit at which a case turns yellow (this workstation's board).
    void setYellowAt(double fraction);
    void setDepartmentNames(const QHash<qint64, QString> &names) { m_departments = names; }
    // The board marks shared by the workstations (acknowledged, muted, note).
    void setMarks(const QHash<qint64, yw::store::CaseMarks::Mark> &marks);
    // Ticks on this workstation; they survive a refresh for the cases still listed.
    void setChecked(qint64 caseId, bool checked);
    void clearChecked();
    QList<qint64> checkedCases() const;
    int checkedCount() const { return int(m_checked.size()); }
    // A case whose ownership is disputed: the department asked to return it, or it came back
    // and waits for another dispatch.
    static bool isCoordination(const yw::core::CaseRecord &c);

    const yw::core::CaseRecord *caseAt(int row) const;
    int rowOf(qint64 caseId) const;
    // Rows per light: red, yellow, green.
    int countWithLight(yw::core::DeadlineLight light) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "3.5 h" / "overdue 1.2 h" / "12 min", in the interface language.
    static QString formatRemaining(qint64 seconds, yw::core::TimeBasis basis);

signals:
    void countChanged();

private:
    struct Row
    {
        yw::core::CaseRecord record;
        yw::core::DeadlineLight light = yw::core::DeadlineLight::None;
        qint64 remaining = 0;
    };
    void evaluate(Row &row) const;

    Context m_context;
    QDateTime m_now;
    double m_yellowAt = yw::core::StepTiming::kDefaultYellowAt;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfCase;
    QHash<qint64, QString> m_departments;
    QHash<qint64, yw::store::CaseMarks::Mark> m_marks;
    QSet<qint64> m_checked;
};

} // namespace yw::dispatch
