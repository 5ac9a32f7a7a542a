#include "changefeed.h"

#include "caseeventrepository.h"

#include <QSqlDriver>

namespace yw::store {

using namespace yw::core;

namespace {
const QString kChannel = QStringLiteral("yw_case_events");
}

ChangeFeed::ChangeFeed(std::unique_ptr<Database> connection, QObject *parent)
    : QObject(parent)
    , m_db(std::move(connection))
{
    m_timer.setInterval(m_db->isPostgres() ? kPostgresSafetyPollMs : kSqlitePollMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

bool ChangeFeed::listen()
{
    if (!m_db->isPostgres())
        return false;
    QSqlDriver *driver = m_db->connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    if (!driver->subscribeToNotification(kChannel))
        return false;
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification,
            Qt::UniqueConnection);
    return true;
}

Status ChangeFeed::start()
{
    auto last = CaseEventRepository(*m_db).lastId();
    if (!last)
        return last.error();
    m_lastId = last.value();
    m_listening = listen();
    m_timer.start();
    return success();
}

void ChangeFeed::stop()
{
    m_timer.stop();
    if (m_listening) {
        if (QSqlDriver *driver = m_db->connection().driver())
            driver->unsubscribeFromNotification(kChannel);
        m_listening = false;
    }
}

void ChangeFeed::poll()
{
    CaseEventRepository events(*m_db);
    // Drain in pages: a bulk change must not arrive as one giant signal.
    for (int page = 0; page < 100; ++page) {
        auto batch = events.since(m_lastId, 500);
        if (!batch) {
            setConnected(false);
            // Reconnect, and listen again: a new connection has no subscriptions.
            if (m_db->reconnect() && m_db->ping()) {
                m_listening = listen();
                setConnected(true);
            }
            return;
        }
        setConnected(true);
        if (batch.value().isEmpty())
            return;
        m_lastId = batch.value().last().id;
        emit caseEventsArrived(batch.value());
        if (batch.value().size() < 500)
            return;
    }
}

void ChangeFeed::onNotification(const QString &name)
{
    if (name == kChannel)
        poll();
}

void ChangeFeed::setConnected(bool c)
{
    if (c == m_connected)
        return;
    m_connected = c;
    emit connectedChanged(c);
}

} // namespace yw::store
