#pragma once

#include "database.h"

namespace yw::store {

// Masks citizens' personal data in a whole database (core::PersonalDataMask): the reporters'
// names and phones, and phone and ID numbers in descriptions, opinions, the case history's notes
// and the intake channels' raw records. Meant only for a copy leaving production (a training
// database): it rewrites case_events, which is append-only everywhere else, so it lifts that
// table's guard inside its own transaction and puts it back before committing.
class PersonalDataMasker
{
public:
    struct Counts
    {
        int cases = 0;
        int events = 0;
        int intakeRecords = 0;
    };

    explicit PersonalDataMasker(Database &db)
        : m_db(db)
    {}
    yw::core::Result<Counts> maskAll();

private:
    yw::core::Result<int> maskCases();
    yw::core::Result<int> maskEvents();
    yw::core::Result<int> maskIntakeLog();
    // A WHERE clause keeping the rows whose column may hold a phone or ID number (seven digits
    // in a row), so that only those are read and rewritten.
    QString mayHoldNumber(const QString &column) const;

    Database &m_db;
};

} // namespace yw::store
