#pragma once

#include "database.h"
#include "personaldatamasker.h"

namespace yw::training {

// Makes a training database (实训库): a snapshot of a production database, or a fresh demo city,
// brought to this program's schema, with the citizens' personal data masked and the training
// mark set, so that production clients refuse it and training clients accept it. Nothing is
// left at the target when any step fails.
class TrainingDatabaseMaker
{
public:
    struct Summary
    {
        QString origin; // what it was made from, as kept in the database
        yw::store::PersonalDataMasker::Counts masked;
    };

    static yw::core::Result<Summary> fromSnapshot(const yw::store::DatabaseLocation &from,
                                                  const yw::store::DatabaseLocation &to);
    // Masks and marks a database that is already the training copy (a demo city just built).
    static yw::core::Result<Summary> prepare(yw::store::Database &db, const QString &madeFrom);

    // The demo city's training accounts (password as the demo's): a trainer (培训教员) and six
    // trainees who may take, file and dispatch cases alone (受理、立案、派遣).
    static yw::core::Status addDemoAccounts(yw::store::Database &db, const QString &password);

private:
    static void removeTarget(const yw::store::DatabaseLocation &to);
};

} // namespace yw::training
