#include "trainingdatabasemaker.h"

#include "authservice.h"
#include "databasesnapshot.h"
#include "userrepository.h"
#include "migrator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace yw::training {

using namespace yw::core;
using namespace yw::store;

Result<TrainingDatabaseMaker::Summary> TrainingDatabaseMaker::prepare(Database &db,
                                                                      const QString &madeFrom)
{
    if (db.schemaVersion() < Migrator::latestVersion())
        if (auto s = Migrator::migrate(db); !s)
            return s.error();
    auto masked = PersonalDataMasker(db).maskAll();
    if (!masked)
        return masked.error();
    const QJsonObject origin{
        {QStringLiteral("from"), madeFrom},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("maskedCases"), masked.value().cases},
        {QStringLiteral("maskedEvents"), masked.value().events},
        {QStringLiteral("maskedIntakeRecords"), masked.value().intakeRecords}};
    const QString text = QString::fromUtf8(QJsonDocument(origin).toJson(QJsonDocument::Compact));
    if (auto s = db.markAsTraining(text); !s)
        return s.error();
    return Summary{text, masked.value()};
}

Result<TrainingDatabaseMaker::Summary> TrainingDatabaseMaker::fromSnapshot(const DatabaseLocation &from,
                                                                           const DatabaseLocation &to)
{
    if (auto s = DatabaseSnapshot::copy(from, to); !s)
        return s.error();
    Result<Summary> summary = Error::make(Error::Code::Internal, QString());
    {
        auto db = Database::open(to, Database::OpenMode::Existing, QStringLiteral("training-maker"));
        if (!db) {
            summary = db.error();
        } else {
            summary = prepare(*db.value(), from.displayName());
        }
    }
    if (!summary)
        removeTarget(to);
    return summary;
}

Status TrainingDatabaseMaker::addDemoAccounts(Database &db, const QString &password)
{
    SystemClock clock;
    AuthService auth(db, clock);
    QList<User> people;
    User trainer;
    trainer.login = QStringLiteral("trainer");
    trainer.displayName = QStringLiteral("培训教员");
    trainer.roles = Roles(Role::Trainer) | Role::Leader;
    people << trainer;
    for (int i = 1; i <= 6; ++i) {
        User t;
        t.login = QStringLiteral("trainee%1").arg(i);
        t.displayName = QStringLiteral("学员%1").arg(i);
        t.roles = Roles(Role::IntakeOperator) | Role::Dispatcher | Role::ShiftLeader;
        people << t;
    }
    for (const User &u : people) {
        if (UserRepository(db).byLogin(u.login))
            continue;
        if (auto id = auth.createUser(nullptr, u, password); !id)
            return id.error();
    }
    return success();
}

void TrainingDatabaseMaker::removeTarget(const DatabaseLocation &to)
{
    if (to.backend() == DatabaseLocation::Backend::Sqlite) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(to.filePath() + QLatin1String(suffix));
        return;
    }
    // Everything the restore made belongs to the connecting role: dropped again, the database is
    // as empty as it was given.
    if (auto db = Database::open(to, Database::OpenMode::Existing, QStringLiteral("training-maker")))
        db.value()->exec(QStringLiteral("DROP OWNED BY CURRENT_USER"));
}

} // namespace yw::training
