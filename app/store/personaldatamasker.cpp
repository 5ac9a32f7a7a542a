#include "personaldatamasker.h"

#include "personaldatamask.h"

namespace yw::store {

using namespace yw::core;

QString PersonalDataMasker::mayHoldNumber(const QString &column) const
{
    return m_db.isPostgres()
               ? QStringLiteral("%1 ~ '[0-9]{7}'").arg(column)
               : QStringLiteral("%1 GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'").arg(column);
}

Result<PersonalDataMasker::Counts> PersonalDataMasker::maskAll()
{
    Counts counts;
    const Status s = m_db.transaction([&]() -> Status {
        auto cases = maskCases();
        if (!cases)
            return cases.error();
        auto events = maskEvents();
        if (!events)
            return events.error();
        auto intake = maskIntakeLog();
        if (!intake)
            return intake.error();
        counts = {cases.value(), events.value(), intake.value()};
        return success();
    });
    if (!s)
        return s.error();
    return counts;
}

Result<int> PersonalDataMasker::maskCases()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, reporter_name, reporter_phone, description, last_note FROM cases "
                       "WHERE reporter_name <> '' OR reporter_phone <> '' OR %1 OR %2")
            .arg(mayHoldNumber(QStringLiteral("description")),
                 mayHoldNumber(QStringLiteral("last_note"))));
    if (!q)
        return q.error();
    struct Row
    {
        qint64 id;
        QString name, phone, description, note;
    };
    QList<Row> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                     q.value().value(2).toString(), q.value().value(3).toString(),
                     q.value().value(4).toString()});
    q.value().finish();
    for (const Row &r : rows) {
        // Numbers in the name or phone field are masked as text too (a phone typed as a name).
        auto u = m_db.exec(QStringLiteral("UPDATE cases SET reporter_name = ?, reporter_phone = ?, "
                                          "description = ?, last_note = ? WHERE id = ?"),
                           {PersonalDataMask::name(PersonalDataMask::text(r.name)),
                            PersonalDataMask::phone(r.phone), PersonalDataMask::text(r.description),
                            PersonalDataMask::text(r.note), r.id});
        if (!u)
            return u.error();
    }
    return int(rows.size());
}

Result<int> PersonalDataMasker::maskEvents()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, note, payload FROM case_events WHERE %1 OR %2")
                           .arg(mayHoldNumber(QStringLiteral("note")),
                                mayHoldNumber(QStringLiteral("payload"))));
    if (!q)
        return q.error();
    QList<std::tuple<qint64, QString, QString>> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                     q.value().value(2).toString()});
    q.value().finish();
    int changed = 0;
    for (const auto &[id, note, payload] : rows)
        if (PersonalDataMask::hasPersonalData(note) || PersonalDataMask::hasPersonalData(payload))
            ++changed;
    if (changed == 0)
        return 0;

    // The append-only guard is lifted for this transaction only (DDL is transactional on both
    // backends): a failure rolls the guard's removal back with the rest.
    QString sqliteTrigger;
    if (m_db.isPostgres()) {
        if (auto d = m_db.exec(
                QStringLiteral("ALTER TABLE case_events DISABLE TRIGGER case_events_append_only"));
            !d)
            return d.error();
    } else {
        auto t = m_db.exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'case_events_no_update'"));
        if (!t)
            return t.error();
        if (t.value().next())
            sqliteTrigger = t.value().value(0).toString();
        t.value().finish();
        if (!sqliteTrigger.isEmpty())
            if (auto d = m_db.exec(QStringLiteral("DROP TRIGGER case_events_no_update")); !d)
                return d.error();
    }
    for (const auto &[id, note, payload] : rows) {
        if (!PersonalDataMask::hasPersonalData(note) && !PersonalDataMask::hasPersonalData(payload))
            continue;
        auto u = m_db.exec(QStringLiteral("UPDATE case_events SET note = ?, payload = ? WHERE id = ?"),
                           {PersonalDataMask::text(note), PersonalDataMask::text(payload), id});
        if (!u)
            return u.error();
    }
    if (m_db.isPostgres()) {
        if (auto e = m_db.exec(
                QStringLiteral("ALTER TABLE case_events ENABLE TRIGGER case_events_append_only"));
            !e)
            return e.error();
    } else if (!sqliteTrigger.isEmpty()) {
        if (auto e = m_db.exec(sqliteTrigger); !e)
            return e.error();
    }
    return changed;
}

Result<int> PersonalDataMasker::maskIntakeLog()
{
    // Every record: a name in a JSON ticket has no digits to find it by.
    auto q = m_db.exec(QStringLiteral("SELECT id, payload FROM intake_log WHERE payload <> ''"));
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toLongLong(), q.value().value(1).toString()});
    q.value().finish();
    int changed = 0;
    for (const auto &[id, payload] : rows) {
        const QString masked = PersonalDataMask::record(payload);
        if (masked == payload)
            continue;
        auto u = m_db.exec(QStringLiteral("UPDATE intake_log SET payload = ? WHERE id = ?"),
                           {masked, id});
        if (!u)
            return u.error();
        ++changed;
    }
    return changed;
}

} // namespace yw::store
