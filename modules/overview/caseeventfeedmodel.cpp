#include "caseeventfeedmodel.h"

#include "coreenums.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::overview {

using namespace yw::core;

CaseEventFeedModel::CaseEventFeedModel(const QTimeZone &cityZone, QObject *parent)
    : QAbstractListModel(parent)
    , m_zone(cityZone)
{}

void CaseEventFeedModel::prepend(const QList<CaseEvent> &events)
{
    if (events.isEmpty())
        return;
    const int n = int(std::min<qsizetype>(events.size(), kCapacity));
    beginInsertRows(QModelIndex(), 0, n - 1);
    for (int i = int(events.size()) - n; i < events.size(); ++i)
        m_events.prepend(events.at(i));
    endInsertRows();
    if (m_events.size() > kCapacity) {
        beginRemoveRows(QModelIndex(), kCapacity, int(m_events.size()) - 1);
        m_events.resize(kCapacity);
        endRemoveRows();
    }
}

int CaseEventFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

static QString actionName(const QString &key)
{
    if (key == QLatin1String("Report"))
        return QCoreApplication::translate("yw::overview::CaseEventFeedModel", "Reported");
    bool ok = false;
    const CaseAction a = enumFromKey<CaseAction>(key, &ok);
    return ok ? displayName(a) : key;
}

QVariant CaseEventFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CaseEvent &e = m_events.at(index.row());
    switch (role) {
    case TimeRole:
        return QLocale().toString(e.at.toTimeZone(m_zone), QStringLiteral("HH:mm:ss"));
    case CaseIdRole:
        return e.caseId;
    case Qt::DisplayRole:
    case ActionRole:
        return actionName(e.action);
    case TransitionRole:
        return e.fromState == e.toState
                   ? displayName(e.toState)
                   : displayName(e.fromState) + QStringLiteral(" → ") + displayName(e.toState);
    case ActorRole:
        return e.actorLogin;
    case WorkstationRole:
        return e.workstation;
    case NoteRole:
        return e.note;
    }
    return {};
}

QHash<int, QByteArray> CaseEventFeedModel::roleNames() const
{
    return {{TimeRole, "time"},     {CaseIdRole, "caseId"},
            {ActionRole, "action"}, {TransitionRole, "transition"},
            {ActorRole, "actor"},   {WorkstationRole, "workstation"},
            {NoteRole, "note"}};
}

} // namespace yw::overview
