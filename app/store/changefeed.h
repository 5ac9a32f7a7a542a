#pragma once

#include "caseevent.h"
#include "database.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace yw::store {

// Tells subscribers about case changes committed by any client, within a second.
// PostgreSQL: LISTEN yw_case_events (a trigger notifies once per transaction), then read the log
// after the last id seen; a slow poll backs the notifications up. SQLite: poll the log.
// It owns its own connection so that it never reads inside another connection's transaction,
// and it reports whether the database can be reached.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSqlitePollMs = 200;
    static constexpr int kPostgresSafetyPollMs = 2000;

    explicit ChangeFeed(std::unique_ptr<Database> connection, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts from the current end of the log: only changes after this moment are reported.
    yw::core::Status start();
    void stop();
    qint64 lastSeenId() const { return m_lastId; }
    bool isConnected() const { return m_connected; }
    bool usesNotifications() const { return m_listening; }

public slots:
    // Reads what is new now (also called by the timer and on notifications).
    void poll();

signals:
    void caseEventsArrived(const QList<yw::core::CaseEvent> &events);
    void connectedChanged(bool connected);

private slots:
    void onNotification(const QString &name);

private:
    void setConnected(bool c);
    bool listen();

    std::unique_ptr<Database> m_db;
    QTimer m_timer;
    qint64 m_lastId = 0;
    bool m_connected = true;
    bool m_listening = false;
};

} // namespace yw::store
