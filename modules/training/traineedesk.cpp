#include "traineedesk.h"

#include "trainingseatrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yw::trainingmodule {

TraineeDesk::TraineeDesk(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &TraineeDesk::refresh);
    // The trainer started, paused or sped up the exercise: the clock shows it at once.
    connect(m_context.clock, &yw::core::Clock::jumped, this, &TraineeDesk::clockChanged);
}

void TraineeDesk::start()
{
    refresh();
    m_timer.start();
}

void TraineeDesk::refresh()
{
    // Two small reads a second on the seat's own connection: the run and the new notices.
    yw::store::TrainingSeatRepository seat(*m_context.database);
    auto run = seat.run();
    if (run && run.value()) {
        const QJsonObject o = QJsonDocument::fromJson(run.value()->exercise).object();
        const QString title = o.value(QStringLiteral("title")).toString();
        if (title != m_title || run.value()->state != m_state) {
            m_title = title;
            m_state = run.value()->state;
            m_simStart = run.value()->simStart;
            emit changed();
        }
    }
    auto fresh = seat.notices(m_lastNotice);
    if (fresh && !fresh.value().isEmpty()) {
        QList<NoticeRow> rows = m_notices.rows();
        const QTimeZone zone = m_context.calendar->timeZone();
        for (const auto &n : fresh.value()) {
            rows.prepend({n.at.toTimeZone(zone).toString(QStringLiteral("HH:mm")), n.kind, n.title, n.detail});
            m_lastNotice = n.id;
        }
        m_notices.setRows(rows);
    }
    emit clockChanged();
}

QString TraineeDesk::state() const
{
    if (m_state == QLatin1String("running"))
        return tr("Running");
    if (m_state == QLatin1String("paused"))
        return tr("Paused by the trainer");
    if (m_state == QLatin1String("ended"))
        return tr("Ended");
    return tr("Waiting for the trainer");
}

QString TraineeDesk::clockText() const
{
    return m_context.clock->now().toTimeZone(m_context.calendar->timeZone()).toString(QStringLiteral("HH:mm:ss"));
}

int TraineeDesk::minute() const
{
    return m_simStart.isValid() ? int(m_simStart.secsTo(m_context.clock->now()) / 60) : 0;
}

} // namespace yw::trainingmodule
