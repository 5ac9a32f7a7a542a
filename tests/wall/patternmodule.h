#pragma once

// A module of the display test's own: one wall scene, "pattern", drawing red lines where its
// argument says, so that the test can find on the wall's picture where content went.
#include "module.h"

#include <QObject>

namespace yw::test {

class PatternModule : public yw::shell::Module
{
public:
    QString id() const override { return QStringLiteral("pattern"); }
    QString title() const override { return QStringLiteral("Pattern"); }
    yw::core::Status initialize(yw::shell::ModuleContext &) override { return yw::core::success(); }
    QUrl workspace() const override { return {}; }
    QList<yw::shell::WallScene> wallScenes() const override
    {
        return {{QStringLiteral("pattern"), title(), QUrl(QStringLiteral("qrc:/test/PatternScene.qml")),
                 [](const QString &argument) -> yw::core::Result<std::shared_ptr<QObject>> {
                     auto o = std::make_shared<QObject>();
                     o->setObjectName(argument);
                     return o;
                 }}};
    }
};

} // namespace yw::test
