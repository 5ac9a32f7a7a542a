#include "casequeuemodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace yw::dispatch {

using namespace yw::core;

CaseQueueModel::CaseQueueModel(const Context &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{}

void CaseQueueModel::evaluate(Row &row) const
{
    row.light = row.record.step.light(m_context.calendar, m_now, m_yellowAt);
    row.remaining = row.record.step.remainingSeconds(m_context.calendar, m_now);
}

void CaseQueueModel::setCases(const QList<CaseRecord> &cases, const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    m_rows.clear();
    m_rowOfCase.clear();
    m_rows.reserve(cases.size());
    for (const CaseRecord &c : cases) {
        Row r{c, DeadlineLight::None, 0};
        evaluate(r);
        m_rowOfCase.insert(c.id, int(m_rows.size()));
        m_rows << r;
    }
    QSet<qint64> still;
    for (qint64 id : std::as_const(m_checked))
        if (m_rowOfCase.contains(id))
            still.insert(id);
    m_checked = still;
    endResetModel();
    emit countChanged();
}

void CaseQueueModel::setMarks(const QHash<qint64, yw::store::CaseMarks::Mark> &marks)
{
    m_marks = marks;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {AcknowledgedByRole, MutedRole, MutedUntilRole, NoteRole});
}

void CaseQueueModel::setChecked(qint64 caseId, bool checked)
{
    const int row = rowOf(caseId);
    if (row < 0 || m_checked.contains(caseId) == checked)
        return;
    if (checked)
        m_checked.insert(caseId);
    else
        m_checked.remove(caseId);
    emit dataChanged(index(row), index(row), {CheckedRole});
}

void CaseQueueModel::clearChecked()
{
    const QList<qint64> ids = checkedCases();
    for (qint64 id : ids)
        setChecked(id, false);
}

QList<qint64> CaseQueueModel::checkedCases() const
{
    QList<qint64> out(m_checked.begin(), m_checked.end());
    std::sort(out.begin(), out.end());
    return out;
}

bool CaseQueueModel::isCoordination(const CaseRecord &c)
{
    return c.state == CaseState::ReturnPending
           || (c.state == CaseState::Filed && c.returnCount > 0);
}

void CaseQueueModel::setYellowAt(double fraction)
{
    m_yellowAt = fraction;
    setNow(m_now);
}

void CaseQueueModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (Row &r : m_rows)
        evaluate(r);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {LightRole, RemainingRole, RemainingSecondsRole, MutedRole,
                          MutedUntilRole});
}

const CaseRecord *CaseQueueModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].record : nullptr;
}

int CaseQueueModel::rowOf(qint64 caseId) const
{
    return m_rowOfCase.value(caseId, -1);
}

int CaseQueueModel::countWithLight(DeadlineLight light) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.light == light;
    return n;
}

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString CaseQueueModel::formatRemaining(qint64 seconds, TimeBasis basis)
{
    auto tr = [](const char *s) {
        return QCoreApplication::translate("yw::dispatch::CaseQueueModel", s);
    };
    const bool overdue = seconds < 0;
    const qint64 s = std::abs(seconds);
    // Minutes under an hour, hours under two (working) days, then days: a queue is read at a
    // glance.
    const qint64 day =
        basis == TimeBasis::Working ? 7 * 3600 : 24 * 3600; // the working day of the calendar
    QString amount;
    if (s < 3600)
        amount = tr("%1 min").arg(s / 60);
    else if (s < 2 * day)
        amount = (basis == TimeBasis::Working ? tr("%1 working h") : tr("%1 h"))
                     .arg(QLocale().toString(s / 3600.0, 'f', 1));
    else
        amount = (basis == TimeBasis::Working ? tr("%1 working days") : tr("%1 days"))
                     .arg(QLocale().toString(s / day));
    return overdue ? tr("overdue %1").arg(amount) : amount;
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const CaseRecord &c = row.record;
    switch (role) {
    case CaseIdRole:
        return c.id;
    case CaseNumberRole:
        return c.caseNumber;
    case Qt::DisplayRole:
    case ClassNameRole: {
        const TaxonomyClass *cls = m_context.taxonomy.find(c.kind, c.classCode);
        return cls ? cls->nameZh : c.classCode;
    }
    case StateRole:
        return enumKey(c.state);
    case StateNameRole:
        return displayName(c.state);
    case LightRole:
        return enumKey(row.light);
    case RemainingRole:
        return c.step.isRunning() || c.step.limitSeconds > 0
                   ? formatRemaining(row.remaining, c.step.basis)
                   : QString();
    case RemainingSecondsRole:
        return row.remaining;
    case AreaRole: {
        const Area *street = m_context.areas.find(c.streetCode);
        const Area *district = m_context.areas.find(c.districtCode);
        return (district ? district->name : c.districtCode) + QStringLiteral(" · ") +
               (street ? street->name : c.streetCode);
    }
    case OwnerRole:
        return m_departments.value(c.ownerDepartmentId);
    case SourceRole:
        return displayName(c.source);
    case UrgencyRole:
        return enumKey(c.urgency);
    case ReportedRole:
        return QLocale().toString(c.reportedAt.toTimeZone(m_context.calendar.timeZone()),
                                  QStringLiteral("MM-dd HH:mm"));
    case SupervisionRole:
        return c.supervisionLevel;
    case DescriptionRole:
        return c.description;
    case AcknowledgedByRole:
        return m_marks.value(c.id).acknowledgedBy;
    case MutedRole:
        return m_marks.value(c.id).isMuted(m_now);
    case MutedUntilRole: {
        const auto m = m_marks.value(c.id);
        return m.isMuted(m_now) ? QLocale().toString(
                                      m.mutedUntil.toTimeZone(m_context.calendar.timeZone()),
                                      QStringLiteral("HH:mm"))
                                : QString();
    }
    case NoteRole:
        return m_marks.value(c.id).note;
    case CheckedRole:
        return m_checked.contains(c.id);
    case CoordinationRole:
        return isCoordination(c);
    case SearchTextRole:
        return c.caseNumber + QLatin1Char(' ') + c.classCode + QLatin1Char(' ') + c.description +
               QLatin1Char(' ') + data(index, ClassNameRole).toString() + QLatin1Char(' ') +
               data(index, AreaRole).toString() + QLatin1Char(' ') + c.gridCode;
    }
    return {};
}

QHash<int, QByteArray> CaseQueueModel::roleNames() const
{
    return {{CaseIdRole, "caseId"},
            {CaseNumberRole, "caseNumber"},
            {ClassNameRole, "className"},
            {StateRole, "state"},
            {StateNameRole, "stateName"},
            {LightRole, "light"},
            {RemainingRole, "remaining"},
            {RemainingSecondsRole, "remainingSeconds"},
            {AreaRole, "area"},
            {OwnerRole, "owner"},
            {SourceRole, "source"},
            {UrgencyRole, "urgency"},
            {ReportedRole, "reported"},
            {SupervisionRole, "supervision"},
            {DescriptionRole, "description"},
            {AcknowledgedByRole, "acknowledgedBy"},
            {MutedRole, "muted"},
            {MutedUntilRole, "mutedUntil"},
            {NoteRole, "note"},
            {CheckedRole, "checked"},
            {CoordinationRole, "coordination"}};
}

} // namespace yw::dispatch
