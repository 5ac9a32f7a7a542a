#pragma once

#include "gadgetlistmodel.h"
#include "modulecontext.h"
#include "trainingrows.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace yw::trainingmodule {

// The trainee's side of an exercise, on their seat: the exercise, its clock and state, and what
// they are told as it runs (the calls to take at the intake desk, warnings, departments off
// duty, the trainer's notices), newest first. The cases themselves are on the dispatch board.
class TraineeDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the training module's")
    Q_PROPERTY(QString exerciseTitle READ exerciseTitle NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString clockText READ clockText NOTIFY clockChanged)
    Q_PROPERTY(int minute READ minute NOTIFY clockChanged)
    Q_PROPERTY(yw::shell::RowListModel *notices READ notices CONSTANT)

public:
    explicit TraineeDesk(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    void start();
    void refresh();
    QString exerciseTitle() const { return m_title; }
    // running, paused, ended, in words.
    QString state() const;
    QString clockText() const;
    int minute() const;
    yw::shell::RowListModel *notices() { return &m_notices; }

signals:
    void changed();
    void clockChanged();

private:
    yw::shell::ModuleContext &m_context;
    QTimer m_timer;
    QString m_title;
    QString m_state;
    QDateTime m_simStart;
    qint64 m_lastNotice = 0;
    yw::shell::GadgetListModel<NoticeRow> m_notices;
};

} // namespace yw::trainingmodule
