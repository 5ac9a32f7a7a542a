// yiwang-admin: migrate, check and administer a Yiwang case database from the command line.
#include "admincommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yiwang-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YIWANG_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    yw::admin::AdminCommands commands(out, err);
    return commands.run(QCoreApplication::arguments());
}
