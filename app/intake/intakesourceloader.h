#pragma once

#include "intakesource.h"

#include <QPluginLoader>

#include <vector>

namespace yw::intake {

// Finds and loads the intake source plugins: every shared library in the plugin folders whose
// root object implements IntakeSourceFactory. Folders: $YIWANG_PLUGIN_PATH (':'-separated), then
// the installed lib/yiwang/plugins/intake beside the program, then the build tree's.
class IntakeSourceLoader
{
public:
    struct Loaded
    {
        QString file;
        std::unique_ptr<IntakeSource> source;
    };
    struct Failure
    {
        QString file;
        QString reason;
    };

    static QStringList searchPath();
    // Loads every plugin in the folders; what cannot be loaded is listed with the reason.
    void loadAll(const QStringList &folders = searchPath());

    std::vector<Loaded> &sources() { return m_sources; }
    const QList<Failure> &failures() const { return m_failures; }
    IntakeSource *find(const QString &id) const;

private:
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
    std::vector<Loaded> m_sources;
    QList<Failure> m_failures;
};

} // namespace yw::intake
