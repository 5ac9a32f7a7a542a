#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace yw::plugins {

// A watched drop folder: files arrive in the folder, each is read once and moved to done/ or,
// when it cannot be read at all, to failed/ beside a .reason.txt. The records of a file that
// were rejected one by one are copied to failed/<name>.rejected.<ext> with their reasons, so
// that they can be mended and dropped again; the rest of the file goes on. A file whose records
// could not be stored (the database is away) stays in the folder and is tried again.
//
// Writers should write under a temporary name (a leading '.', or .tmp/.part) and rename; files
// changed within the settle time are left for the next scan as well.
class SpoolFolder : public QObject
{
    Q_OBJECT
public:
    struct RejectedRecord
    {
        int line = 0;
        QString reason;
        QString raw;
    };
    struct FileOutcome
    {
        enum class Disposition { Done, Failed, Retry };
        Disposition disposition = Disposition::Done;
        QString reason;                 // Failed or Retry: why
        QList<RejectedRecord> rejected; // Done: the records left out
        QString rejectedHeader;         // written first in the rejected file (a CSV header)
    };
    using Processor = std::function<FileOutcome(const QString &path, const QByteArray &content)>;

    struct Options
    {
        QStringList suffixes;        // lower case, without the dot: {"json", "csv"}
        int pollMs = 2000;           // the watcher misses changes on some file systems
        int settleMs = 1000;
        qint64 maxFileBytes = 64ll * 1024 * 1024;
    };

    explicit SpoolFolder(QObject *parent = nullptr);

    // Creates done/ and failed/ when missing; an empty string or what is wrong.
    QString start(const QString &folder, const Options &options, Processor processor);
    void stop();
    QString folder() const { return m_folder; }
    bool isRunning() const { return m_timer.isActive(); }

public slots:
    // Handles what the folder holds now; returns the number of files moved.
    int scan();

signals:
    void fileHandled(const QString &name, const QString &movedTo);

private:
    QString moveAside(const QString &from, const QString &subfolder, const QString &name);
    void writeText(const QString &path, const QString &text);

    QString m_folder;
    Options m_options;
    Processor m_processor;
    QTimer m_timer;
    QFileSystemWatcher m_watcher;
    bool m_scanning = false;
};

} // namespace yw::plugins
