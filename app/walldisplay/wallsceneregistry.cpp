#include "wallsceneregistry.h"

#include "modulehost.h"

#include <QSet>

#include <algorithm>

namespace yw::walldisplay {

WallSceneRegistry::WallSceneRegistry(const yw::shell::ModuleHost &host, StartModule startModule)
    : m_startModule(std::move(startModule))
{
    for (const auto &entry : host.entries()) {
        if (!entry.active)
            continue;
        for (const yw::shell::WallScene &s : entry.module->wallScenes())
            if (s.create)
                m_offers.insert(s.id, {s, entry.module->id()});
    }
}

QStringList WallSceneRegistry::sceneIds() const
{
    QStringList ids = m_offers.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QUrl WallSceneRegistry::qml(const QString &scene) const
{
    return m_offers.value(scene).scene.qml;
}

QString WallSceneRegistry::title(const QString &scene) const
{
    return m_offers.value(scene).scene.title;
}

QObject *WallSceneRegistry::running(const QString &scene, const QString &argument) const
{
    return m_running.value(key(scene, argument)).get();
}

yw::core::Result<std::shared_ptr<QObject>> WallSceneRegistry::backend(const QString &scene, const QString &argument)
{
    const QString k = key(scene, argument);
    m_recent.removeAll(k);
    if (auto it = m_running.constFind(k); it != m_running.constEnd()) {
        m_recent << k;
        return it.value();
    }
    const auto offer = m_offers.constFind(scene);
    if (offer == m_offers.constEnd())
        return yw::core::Error::make(yw::core::Error::Code::NotFound, QStringLiteral("there is no scene %1").arg(scene));
    if (m_startModule)
        m_startModule(offer->moduleId);
    auto made = offer->scene.create(argument);
    if (!made)
        return made.error();
    m_running.insert(k, made.value());
    m_recent << k;
    return made.value();
}

void WallSceneRegistry::keepOnly(const QSet<QString> &keys)
{
    int spare = kSpare;
    for (auto it = m_recent.crbegin(); it != m_recent.crend(); ++it)
        if (!keys.contains(*it) && spare-- <= 0)
            m_running.remove(*it);
    m_recent.erase(std::remove_if(m_recent.begin(), m_recent.end(), [this](const QString &k) { return !m_running.contains(k); }),
                   m_recent.end());
}

} // namespace yw::walldisplay
