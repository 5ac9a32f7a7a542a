#pragma once

#include "error.h"

#include <QStringList>
#include <QTextStream>

namespace yw::admin {

// The sub-commands of yiwang-admin. Each returns the process exit code: 0 done, 1 failed (the
// reason is printed), 2 wrong usage. They act as the local administrator (the database owner),
// and every change is in the audit log.
class AdminCommands
{
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    AdminCommands(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);
    static QString usage();

private:
    int migrate(const QStringList &args);
    int check(const QStringList &args);
    int userAdd(const QStringList &args);
    int userList(const QStringList &args);
    int userPasswd(const QStringList &args);
    int demo(const QStringList &args);
    int trainingCreate(const QStringList &args);

    int fail(const yw::core::Error &e);
    int usageError(const QString &message);
    // The new password: YIWANG_PASSWORD, or the first line of standard input.
    QString readPassword();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace yw::admin
