#pragma once

#include "gadgetlistmodel.h"
#include "traineescore.h"
#include "trainingrows.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace yw::trainingmodule {

// A trainee's result as the debrief shows it: the score and its parts, then every decision in
// exercise time beside the one expected; written out as a PDF report (marked as training).
class ScoreReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the training module's")
    Q_PROPERTY(bool hasScore READ hasScore NOTIFY changed)
    Q_PROPERTY(QString trainee READ trainee NOTIFY changed)
    Q_PROPERTY(int score READ score NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(yw::shell::RowListModel *debrief READ debrief CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ScoreReport(QObject *parent = nullptr);
    void show(const yw::training::TraineeScore &score, const QString &traineeName,
              const QString &exerciseTitle);
    bool hasScore() const { return !m_score.trainee.isEmpty(); }
    QString trainee() const { return m_traineeName; }
    int score() const { return m_score.score; }
    // The parts in one line: points, wrong actions, missed calls, steps in time, mean minutes.
    QString summary() const;
    yw::shell::RowListModel *debrief() { return &m_debrief; }
    QString message() const { return m_message; }
    const yw::training::TraineeScore &result() const { return m_score; }

    Q_INVOKABLE bool exportPdf(const QUrl &file);

signals:
    void changed();
    void messageChanged();

private:
    yw::training::TraineeScore m_score;
    QString m_traineeName;
    QString m_exerciseTitle;
    yw::shell::GadgetListModel<DebriefRow> m_debrief;
    QString m_message;
};

} // namespace yw::trainingmodule
