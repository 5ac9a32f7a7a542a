#include "spoolfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace yw::plugins {

SpoolFolder::SpoolFolder(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &SpoolFolder::scan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // Let the writer finish its rename before looking.
        QTimer::singleShot(50, this, &SpoolFolder::scan);
    });
}

QString SpoolFolder::start(const QString &folder, const Options &options, Processor processor)
{
    stop();
    QDir dir(folder);
    if (folder.isEmpty())
        return QStringLiteral("no folder given");
    if (!dir.exists())
        return QStringLiteral("folder %1 does not exist").arg(folder);
    for (const char *sub : {"done", "failed"})
        if (!dir.mkpath(QLatin1String(sub)))
            return QStringLiteral("cannot create %1/%2").arg(folder, QLatin1String(sub));
    m_folder = dir.absolutePath();
    m_options = options;
    m_processor = std::move(processor);
    m_watcher.addPath(m_folder);
    m_timer.start(std::max(100, options.pollMs));
    QTimer::singleShot(0, this, &SpoolFolder::scan);
    return {};
}

void SpoolFolder::stop()
{
    m_timer.stop();
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
}

int SpoolFolder::scan()
{
    if (m_scanning || m_folder.isEmpty())
        return 0;
    m_scanning = true;
    int moved = 0;
    const QDateTime settled = QDateTime::currentDateTimeUtc().addMSecs(-m_options.settleMs);
    const QFileInfoList files =
        QDir(m_folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed);
    for (const QFileInfo &fi : files) {
        const QString name = fi.fileName();
        const QString suffix = fi.suffix().toLower();
        if (name.startsWith(u'.') || suffix == QLatin1String("tmp") || suffix == QLatin1String("part"))
            continue;
        if (m_options.settleMs > 0 && fi.lastModified().toUTC() > settled)
            continue;
        if (!m_options.suffixes.contains(suffix)) {
            writeText(m_folder + QStringLiteral("/failed/") + name + QStringLiteral(".reason.txt"),
                      QStringLiteral("not a feed file: the folder takes %1\n")
                          .arg(m_options.suffixes.join(QStringLiteral(", "))));
            emit fileHandled(name, moveAside(fi.absoluteFilePath(), QStringLiteral("failed"), name));
            ++moved;
            continue;
        }
        if (fi.size() > m_options.maxFileBytes) {
            writeText(m_folder + QStringLiteral("/failed/") + name + QStringLiteral(".reason.txt"),
                      QStringLiteral("the file has %1 bytes, more than the %2 a feed file may have\n")
                          .arg(fi.size())
                          .arg(m_options.maxFileBytes));
            emit fileHandled(name, moveAside(fi.absoluteFilePath(), QStringLiteral("failed"), name));
            ++moved;
            continue;
        }
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            continue; // still being written or not ours to read: try again later
        const QByteArray content = f.readAll();
        f.close();
        const FileOutcome outcome = m_processor(fi.absoluteFilePath(), content);
        using D = FileOutcome::Disposition;
        if (outcome.disposition == D::Retry) {
            qWarning("%s: kept for a retry: %s", qUtf8Printable(name), qUtf8Printable(outcome.reason));
            break; // the database is away: the next files would fail the same way
        }
        if (outcome.disposition == D::Failed) {
            writeText(m_folder + QStringLiteral("/failed/") + name + QStringLiteral(".reason.txt"),
                      outcome.reason + u'\n');
            emit fileHandled(name, moveAside(fi.absoluteFilePath(), QStringLiteral("failed"), name));
            ++moved;
            continue;
        }
        if (!outcome.rejected.isEmpty()) {
            const QString base = fi.completeBaseName() + QStringLiteral(".rejected.") + fi.suffix();
            QString text = outcome.rejectedHeader.isEmpty() ? QString()
                                                            : outcome.rejectedHeader + u'\n';
            QString reasons;
            for (const RejectedRecord &r : outcome.rejected) {
                text += r.raw + u'\n';
                reasons += QStringLiteral("line %1: %2\n").arg(r.line).arg(r.reason);
            }
            writeText(m_folder + QStringLiteral("/failed/") + base, text);
            writeText(m_folder + QStringLiteral("/failed/") + base + QStringLiteral(".reason.txt"),
                      reasons);
        }
        emit fileHandled(name, moveAside(fi.absoluteFilePath(), QStringLiteral("done"), name));
        ++moved;
    }
    m_scanning = false;
    return moved;
}

QString SpoolFolder::moveAside(const QString &from, const QString &subfolder, const QString &name)
{
    QString to = m_folder + u'/' + subfolder + u'/' + name;
    if (QFile::exists(to)) {
        // The same name twice (a feed that reuses names): keep both.
        const QFileInfo fi(name);
        to = m_folder + u'/' + subfolder + u'/' + fi.completeBaseName() + u'-'
             + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")) + u'.'
             + fi.suffix();
    }
    if (!QFile::rename(from, to)) {
        qWarning("cannot move %s to %s", qUtf8Printable(from), qUtf8Printable(to));
        return {};
    }
    return to;
}

void SpoolFolder::writeText(const QString &path, const QString &text)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(text.toUtf8());
        f.commit();
    }
}

} // namespace yw::plugins
