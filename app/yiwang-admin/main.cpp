// yiwang-admin: migrate, check and administer a Yiwang case database from the command line.
#include "admincommands.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // The evaluation's PDF reports need fonts, hence a GUI application (offscreen: no display is
    // needed); the other commands stay plain console programs.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "evaluate") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("yiwang-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YIWANG_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    yw::admin::AdminCommands commands(out, err);
    return commands.run(QCoreApplication::arguments());
}
