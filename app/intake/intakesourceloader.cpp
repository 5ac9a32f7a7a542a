#include "intakesourceloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace yw::intake {

QStringList IntakeSourceLoader::searchPath()
{
    QStringList out;
    const QString env = qEnvironmentVariable("YIWANG_PLUGIN_PATH");
    for (const QString &p : env.split(u':', Qt::SkipEmptyParts))
        out << p;
    out << QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/yiwang/plugins/intake");
#ifdef YIWANG_BUILD_PLUGIN_DIR
    out << QStringLiteral(YIWANG_BUILD_PLUGIN_DIR);
#endif
    return out;
}

void IntakeSourceLoader::loadAll(const QStringList &folders)
{
    QStringList seenIds;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        for (const QFileInfo &fi : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (!QLibrary::isLibrary(fi.fileName()))
                continue;
            auto loader = std::make_unique<QPluginLoader>(fi.absoluteFilePath());
            QObject *root = loader->instance();
            if (!root) {
                m_failures << Failure{fi.absoluteFilePath(), loader->errorString()};
                continue;
            }
            auto *factory = qobject_cast<IntakeSourceFactory *>(root);
            if (!factory) {
                m_failures << Failure{fi.absoluteFilePath(),
                                      QStringLiteral("not an intake source plugin (%1)")
                                          .arg(QLatin1String(YwIntakeSourceFactory_iid))};
                continue;
            }
            std::unique_ptr<IntakeSource> source = factory->createSource();
            if (!source || seenIds.contains(source->id())) {
                // An earlier folder wins: a site's own build overrides the installed one.
                if (source)
                    m_failures << Failure{fi.absoluteFilePath(),
                                          QStringLiteral("source \"%1\" is already loaded from an "
                                                         "earlier folder")
                                              .arg(source->id())};
                continue;
            }
            seenIds << source->id();
            m_sources.push_back({fi.absoluteFilePath(), std::move(source)});
            m_loaders.push_back(std::move(loader));
        }
    }
}

IntakeSource *IntakeSourceLoader::find(const QString &id) const
{
    for (const Loaded &l : m_sources)
        if (l.source->id() == id)
            return l.source.get();
    return nullptr;
}

} // namespace yw::intake
