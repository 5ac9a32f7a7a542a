#pragma once

// The controller's view of the screens, for the controller's and the transports' tests: two
// scenes, a fixed list of scenarios, a map that can be present or not. (The real one, the wall
// display, has its own test.)
#include "wallconfig.h"
#include "wallcontroller.h"
#include "wallscenehost.h"

#include <QJsonObject>

namespace yw::test {

class TestSceneHost : public yw::wall::WallSceneHost
{
public:
    explicit TestSceneHost(const yw::wall::WallConfig &config)
        : m_config(config)
    {}
    QStringList scenarios{QStringLiteral("template:1-daily-briefing"), QStringLiteral("值班日报")};
    bool hasMap = true;
    QPointF focused;
    int screenshots = 0;
    QSet<QString> lost;

    QStringList sceneIds() const override { return {QStringLiteral("scenario"), QStringLiteral("map")}; }
    yw::core::Status checkScene(const QString &scene, const QString &argument) override
    {
        if (scene == QLatin1String("scenario") && !scenarios.contains(argument))
            return yw::core::Error::make(yw::core::Error::Code::NotFound, QStringLiteral("there is no scenario %1").arg(argument));
        return yw::core::success();
    }
    QJsonArray monitorStates() const override
    {
        QJsonArray out;
        for (const auto &m : m_config.monitors())
            out.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("connected"), !lost.contains(m.id)}});
        return out;
    }
    yw::core::Status focus(double lon, double lat, double) override
    {
        if (!hasMap)
            return yw::core::Error::make(yw::core::Error::Code::NotFound, QStringLiteral("no window shows a map"));
        focused = QPointF(lon, lat);
        return yw::core::success();
    }
    yw::core::Result<QString> screenshot() override
    {
        ++screenshots;
        return QStringLiteral("/tmp/wall-%1.png").arg(screenshots);
    }

private:
    yw::wall::WallConfig m_config;
};

// A line of the control protocol carried out by a controller, as a local client of the role.
inline yw::wall::WallReply runLine(yw::wall::WallController &c, const QString &line,
                                   yw::wall::ControlRole role = yw::wall::ControlRole::Control)
{
    auto command = yw::wall::WallCommand::fromLine(line);
    if (!command)
        return yw::wall::WallReply::failure(QStringLiteral("syntax"), command.error().message);
    return c.execute(command.value(), {QStringLiteral("tester"), role, QStringLiteral("local"), QStringLiteral("test")});
}

} // namespace yw::test
