#pragma once

#include "demoscale.h"

#include <QObject>
#include <QThread>

namespace yw::app {

// The first start without --db: builds the demo city into the embedded database, in a worker
// thread, while a window shows the progress. The full city (the real platform's scale) is the
// default; the user may choose the small one.
class DemoCitySetup : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(bool running READ isRunning NOTIFY changed)
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY changed)

public:
    // training: the city is a training database (masked and marked when built).
    DemoCitySetup(const QString &databasePath, bool training = false, QObject *parent = nullptr);
    ~DemoCitySetup() override;

    QString databasePath() const { return m_path; }
    bool isRunning() const { return m_thread != nullptr; }
    QString stage() const { return m_stage; }
    double progress() const { return m_progress; }
    QString error() const { return m_error; }
    int elapsedSeconds() const { return m_elapsed; }

    Q_INVOKABLE void start(bool full);

signals:
    void changed();
    // ok: the database is ready; otherwise error() says why and the file was removed.
    void finished(bool ok);

private:
    void onProgress(const QString &stage, qint64 done, qint64 total, int elapsed);
    void onDone(const QString &error);
    static QString stageName(const QString &stage);

    QString m_path;
    bool m_training = false;
    QThread *m_thread = nullptr;
    QString m_stage;
    double m_progress = 0;
    QString m_error;
    int m_elapsed = 0;
};

} // namespace yw::app
