#pragma once

#include "caseevent.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace yw::overview {

// The latest case events from every workstation, newest first, capped.
class CaseEventFeedModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        TimeRole = Qt::UserRole + 1,
        CaseIdRole,
        ActionRole,
        TransitionRole,
        ActorRole,
        WorkstationRole,
        NoteRole
    };
    static constexpr int kCapacity = 200;

    explicit CaseEventFeedModel(const QTimeZone &cityZone, QObject *parent = nullptr);

    // Adds events (oldest first, as the log gives them) at the top.
    void prepend(const QList<yw::core::CaseEvent> &events);
    const QList<yw::core::CaseEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QTimeZone m_zone;
    QList<yw::core::CaseEvent> m_events; // newest first
};

} // namespace yw::overview
