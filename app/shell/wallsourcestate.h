#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::shell {

// The backend of a wall scene that shows a live source (a camera): how the source is doing, so
// that the wall can show it, report it over its control ports and list it in the operators'
// panel. Modules derive their source's backend from it; the wall finds it with qobject_cast.
class WallSourceState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a wall scene's source")
    Q_PROPERTY(QString sourceId READ sourceId CONSTANT)
    Q_PROPERTY(QString sourceName READ sourceName CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateName READ stateName NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastFrameAt READ lastFrameAt NOTIFY lastFrameChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
public:
    enum class State {
        Connecting,   // asked for, nothing seen yet
        Playing,      // frames arrive
        Stalled,      // frames stopped arriving (the picture would freeze unnoticed)
        Error,        // the source refused or failed; retried later
        Reconnecting, // being opened again
    };
    Q_ENUM(State)

    WallSourceState(const QString &id, const QString &name, QObject *parent = nullptr)
        : QObject(parent)
        , m_id(id)
        , m_name(name)
    {}

    QString sourceId() const { return m_id; }
    QString sourceName() const { return m_name; }
    State state() const { return m_state; }
    static QString nameOf(State s);
    QString stateName() const { return nameOf(m_state); }
    QDateTime lastFrameAt() const { return m_lastFrameAt; }
    QString problem() const { return m_problem; }

signals:
    void stateChanged();
    void lastFrameChanged();

protected:
    void setState(State state, const QString &problem = {});
    void setLastFrameAt(const QDateTime &at);

private:
    QString m_id;
    QString m_name;
    State m_state = State::Connecting;
    QDateTime m_lastFrameAt;
    QString m_problem;
};

} // namespace yw::shell
