#include "caserepository.h"

#include "caseeventrepository.h"

#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTimeZone>

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

namespace {
const QStringList kColumns = {QStringLiteral("case_number"),
                              QStringLiteral("source"),
                              QStringLiteral("external_ref"),
                              QStringLiteral("kind"),
                              QStringLiteral("standard"),
                              QStringLiteral("class_code"),
                              QStringLiteral("component_id"),
                              QStringLiteral("description"),
                              QStringLiteral("address"),
                              QStringLiteral("lon"),
                              QStringLiteral("lat"),
                              QStringLiteral("grid_code"),
                              QStringLiteral("community_code"),
                              QStringLiteral("street_code"),
                              QStringLiteral("district_code"),
                              QStringLiteral("attachments"),
                              QStringLiteral("urgency"),
                              QStringLiteral("reporter_name"),
                              QStringLiteral("reporter_phone"),
                              QStringLiteral("reporter_user_id"),
                              QStringLiteral("state"),
                              QStringLiteral("resume_state"),
                              QStringLiteral("owner_department_id"),
                              QStringLiteral("inspector_user_id"),
                              QStringLiteral("verification"),
                              QStringLiteral("step"),
                              QStringLiteral("step_started_at"),
                              QStringLiteral("step_consumed_s"),
                              QStringLiteral("step_limit_s"),
                              QStringLiteral("step_basis"),
                              QStringLiteral("step_deadline"),
                              QStringLiteral("reported_at"),
                              QStringLiteral("filed_at"),
                              QStringLiteral("dispatched_at"),
                              QStringLiteral("handled_at"),
                              QStringLiteral("closed_at"),
                              QStringLiteral("suspended_at"),
                              QStringLiteral("suspended_s"),
                              QStringLiteral("extension_s"),
                              QStringLiteral("rework_count"),
                              QStringLiteral("return_count"),
                              QStringLiteral("supervision_level"),
                              QStringLiteral("merged_into"),
                              QStringLiteral("last_note"),
                              QStringLiteral("version"),
                              QStringLiteral("updated_at")};

QVariant real(bool has, double v)
{
    return has ? QVariant(v) : QVariant(QMetaType::fromType<double>());
}

QVariantList values(const CaseRecord &c)
{
    return {c.caseNumber,
            enumKey(c.source),
            c.externalRef,
            enumKey(c.kind),
            c.standard,
            c.classCode,
            c.componentId,
            c.description,
            c.address,
            real(c.hasLocation, c.longitude),
            real(c.hasLocation, c.latitude),
            c.gridCode,
            c.communityCode,
            c.streetCode,
            c.districtCode,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.attachments))
                                  .toJson(QJsonDocument::Compact)),
            enumKey(c.urgency),
            c.reporterName,
            c.reporterPhone,
            idOrNull(c.reporterUserId),
            enumKey(c.state),
            enumKey(c.resumeState),
            idOrNull(c.ownerDepartmentId),
            idOrNull(c.inspectorUserId),
            enumKey(c.verification),
            enumKey(c.step.step),
            fromTime(c.step.startedAt),
            c.step.consumedSeconds,
            c.step.limitSeconds,
            enumKey(c.step.basis),
            fromTime(c.step.deadline),
            fromTime(c.reportedAt),
            fromTime(c.filedAt),
            fromTime(c.dispatchedAt),
            fromTime(c.handledAt),
            fromTime(c.closedAt),
            fromTime(c.suspendedAt),
            c.suspendedSeconds,
            c.extensionSeconds,
            c.reworkCount,
            c.returnCount,
            c.supervisionLevel,
            idOrNull(c.mergedInto),
            c.lastNote,
            c.version,
            fromTime(c.updatedAt)};
}

// Column positions of a result, looked up once per result rather than once per field and row
// (the queue board reads ten thousand cases at a time).
class ColumnIndex
{
public:
    explicit ColumnIndex(const QSqlRecord &r)
        : m_record(r)
    {}
    int operator()(const char *name)
    {
        auto it = m_cache.find(name);
        if (it == m_cache.end())
            it = m_cache.insert(name, m_record.indexOf(QLatin1String(name)));
        return it.value();
    }

private:
    QSqlRecord m_record;
    QHash<const char *, int>
        m_cache; // keyed by the literal's address: the names below are literals
};

CaseRecord read(const QSqlQuery &q, ColumnIndex &col);

// Every row of a result, with the column positions looked up once.
QList<CaseRecord> readAll(QSqlQuery &q)
{
    QList<CaseRecord> out;
    ColumnIndex col(q.record());
    while (q.next())
        out << read(q, col);
    return out;
}

CaseRecord read(const QSqlQuery &q, ColumnIndex &col)
{
    auto v = [&](const char *name) {
        return q.value(col(name));
    };
    auto s = [&](const char *name) {
        return v(name).toString();
    };
    CaseRecord c;
    c.id = v("id").toLongLong();
    c.caseNumber = s("case_number");
    c.source = enumFromKey<SourceChannel>(s("source"));
    c.externalRef = s("external_ref");
    c.kind = enumFromKey<TaxonomyKind>(s("kind"));
    c.standard = s("standard");
    c.classCode = s("class_code");
    c.componentId = s("component_id");
    c.description = s("description");
    c.address = s("address");
    c.hasLocation = !v("lon").isNull();
    c.longitude = v("lon").toDouble();
    c.latitude = v("lat").toDouble();
    c.gridCode = s("grid_code");
    c.communityCode = s("community_code");
    c.streetCode = s("street_code");
    c.districtCode = s("district_code");
    const QString attachments = s("attachments");
    if (attachments.size() > 2) // "[]" or empty: nothing to parse
        for (const QJsonValue &a : QJsonDocument::fromJson(attachments.toUtf8()).array())
            c.attachments << a.toString();
    c.urgency = enumFromKey<Urgency>(s("urgency"));
    c.reporterName = s("reporter_name");
    c.reporterPhone = s("reporter_phone");
    c.reporterUserId = v("reporter_user_id").toLongLong();
    c.state = enumFromKey<CaseState>(s("state"));
    c.resumeState = enumFromKey<CaseState>(s("resume_state"));
    c.ownerDepartmentId = v("owner_department_id").toLongLong();
    c.inspectorUserId = v("inspector_user_id").toLongLong();
    c.verification = enumFromKey<Verification>(s("verification"));
    c.step.step = enumFromKey<Step>(s("step"));
    c.step.startedAt = toTime(v("step_started_at"));
    c.step.consumedSeconds = v("step_consumed_s").toLongLong();
    c.step.limitSeconds = v("step_limit_s").toLongLong();
    c.step.basis = enumFromKey<TimeBasis>(s("step_basis"));
    c.step.deadline = toTime(v("step_deadline"));
    c.reportedAt = toTime(v("reported_at"));
    c.filedAt = toTime(v("filed_at"));
    c.dispatchedAt = toTime(v("dispatched_at"));
    c.handledAt = toTime(v("handled_at"));
    c.closedAt = toTime(v("closed_at"));
    c.suspendedAt = toTime(v("suspended_at"));
    c.suspendedSeconds = v("suspended_s").toLongLong();
    c.extensionSeconds = v("extension_s").toLongLong();
    c.reworkCount = v("rework_count").toInt();
    c.returnCount = v("return_count").toInt();
    c.supervisionLevel = v("supervision_level").toInt();
    c.mergedInto = v("merged_into").toLongLong();
    c.lastNote = s("last_note");
    c.version = v("version").toInt();
    c.updatedAt = toTime(v("updated_at"));
    return c;
}
} // namespace

Result<QString> CaseRepository::nextCaseNumber(const QDate &cityDay)
{
    const QString day = cityDay.toString(QStringLiteral("yyyyMMdd"));
    auto q = m_db.execCached(
        QStringLiteral("INSERT INTO case_counters (day, last_seq) VALUES (?, 1) "
                       "ON CONFLICT (day) DO UPDATE SET last_seq = case_counters.last_seq + 1 "
                       "RETURNING last_seq"),
        {day});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::Internal, QStringLiteral("no case number returned"));
    return day + QStringLiteral("%1").arg(q.value().value(0).toLongLong(), 5, 10, QLatin1Char('0'));
}

Status CaseRepository::insertWithFirstEvent(CaseRecord &c, CaseEvent &first,
                                            const QTimeZone &cityZone)
{
    Q_ASSERT(m_db.isPostgres());
    c.version = 1;
    const QString day =
        c.reportedAt.toTimeZone(cityZone).date().toString(QStringLiteral("yyyyMMdd"));
    // The case number is the day's counter; the case row takes it from the first CTE and the event
    // its id from the second. VALUES (not SELECT) lets PostgreSQL type the parameters by column.
    static const QString sql = [] {
        QStringList marks;
        for (int i = 1; i < kColumns.size(); ++i)
            marks << QStringLiteral("?");
        QStringList eventMarks;
        for (int i = 1; i < CaseEventRepository::columns().size(); ++i)
            eventMarks << QStringLiteral("?");
        return QStringLiteral(
                   "WITH n AS (INSERT INTO case_counters (day, last_seq) VALUES (?, 1) "
                   "ON CONFLICT (day) DO UPDATE SET last_seq = case_counters.last_seq + 1 "
                   "RETURNING last_seq), "
                   "c AS (INSERT INTO cases (%1) VALUES ((SELECT ? || lpad(last_seq::text, 5, '0') "
                   "FROM n), %2) "
                   "RETURNING id, case_number) "
                   "INSERT INTO case_events (%3) VALUES ((SELECT id FROM c), %4) "
                   "RETURNING id, case_id, (SELECT case_number FROM c)")
            .arg(kColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                 CaseEventRepository::columns().join(QStringLiteral(", ")),
                 eventMarks.join(QStringLiteral(", ")));
    }();
    QVariantList binds{day, day};
    binds << values(c).mid(1);                             // case_number comes from the counter
    binds << CaseEventRepository::rowValues(first).mid(1); // case_id comes from the new case
    auto q = m_db.execCached(sql, binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("no id returned for the new case"));
    first.id = q.value().value(0).toLongLong();
    c.id = q.value().value(1).toLongLong();
    first.caseId = c.id;
    c.caseNumber = q.value().value(2).toString();
    return success();
}

QStringList CaseRepository::columns()
{
    return kColumns;
}

QVariantList CaseRepository::rowValues(const CaseRecord &c)
{
    return values(c);
}

Status CaseRepository::insert(CaseRecord &c, const QTimeZone &cityZone)
{
    c.version = 1;
    if (c.caseNumber.isEmpty()) {
        auto n = nextCaseNumber(c.reportedAt.toTimeZone(cityZone).date());
        if (!n)
            return n.error();
        c.caseNumber = n.value();
    }
    QStringList marks;
    for (int i = 0; i < kColumns.size(); ++i)
        marks << QStringLiteral("?");
    auto q = m_db.execCached(
        QStringLiteral("INSERT INTO cases (%1) VALUES (%2) RETURNING id")
            .arg(kColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
        values(c));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("no id returned for the new case"));
    c.id = q.value().value(0).toLongLong();
    return success();
}

Result<QList<CaseRecord>> CaseRepository::findNear(const QString &classCode, double minLon,
                                                   double minLat, double maxLon, double maxLat,
                                                   const QDateTime &since, int limit) const
{
    auto q = m_db.execCached(
        QStringLiteral("SELECT * FROM cases WHERE class_code = ? AND reported_at >= ? "
                       "AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ? "
                       "AND state NOT IN ")
                       + finalStatesList() + QStringLiteral(" ORDER BY reported_at DESC LIMIT ?"),
        {classCode, fromTime(since), minLon, maxLon, minLat, maxLat, limit});
    if (!q)
        return q.error();
    return readAll(q.value());
}

QString CaseRepository::activeCondition()
{
    return QStringLiteral("reported_at < ? AND (updated_at >= ? OR state NOT IN ") + finalStatesList()
           + QStringLiteral(")");
}

Result<QList<CaseRecord>> CaseRepository::activeBetween(const QDateTime &from, const QDateTime &to) const
{
    auto q = m_db.exec(QStringLiteral("SELECT * FROM cases WHERE ") + activeCondition()
                           + QStringLiteral(" ORDER BY id"),
                       {fromTime(to), fromTime(from)});
    if (!q)
        return q.error();
    return readAll(q.value());
}

Result<CaseRecord> CaseRepository::get(qint64 id) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT * FROM cases WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("no case with id %1").arg(id));
    ColumnIndex col(q.value().record());
    return read(q.value(), col);
}

Status CaseRepository::update(CaseRecord &c, int expectedVersion)
{
    CaseRecord next = c;
    next.version = expectedVersion + 1;
    QStringList sets;
    for (const QString &col : kColumns)
        sets << col + QStringLiteral(" = ?");
    QVariantList binds = values(next);
    binds << c.id << expectedVersion;
    auto q = m_db.execCached(QStringLiteral("UPDATE cases SET %1 WHERE id = ? AND version = ?")
                                 .arg(sets.join(QStringLiteral(", "))),
                             binds);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) {
        auto current = get(c.id);
        if (!current)
            return current.error();
        return Error::make(
            Error::Code::Conflict,
            QStringLiteral("case %1 was changed elsewhere (now version %2, this edit was "
                           "based on version %3): reload it and try again")
                .arg(current->caseNumber)
                .arg(current->version)
                .arg(expectedVersion));
    }
    c = next;
    return success();
}

Result<QList<CaseRecord>> CaseRepository::find(const CaseQuery &query) const
{
    QStringList where;
    QVariantList binds;
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (CaseState s : query.states) {
            marks << QStringLiteral("?");
            binds << enumKey(s);
        }
        where << QStringLiteral("state IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (query.openOnly) {
        where << QStringLiteral("state NOT IN ") + finalStatesList();
    }
    if (!query.areaPrefix.isEmpty()) {
        where << QStringLiteral("(grid_code LIKE ? OR district_code LIKE ?)");
        binds << query.areaPrefix + u'%' << query.areaPrefix + u'%';
    }
    if (query.ownerDepartmentId > 0) {
        where << QStringLiteral("owner_department_id = ?");
        binds << query.ownerDepartmentId;
    }
    auto inList = [&](const QString &column, const QStringList &values) {
        QStringList marks;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            binds << v;
        }
        where << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
    };
    if (!query.caseNumbers.isEmpty())
        inList(QStringLiteral("case_number"), query.caseNumbers);
    if (!query.classCodes.isEmpty())
        inList(QStringLiteral("class_code"), query.classCodes);
    if (query.reportedFrom.isValid()) {
        where << QStringLiteral("reported_at >= ?");
        binds << fromTime(query.reportedFrom);
    }
    if (query.reportedBefore.isValid()) {
        where << QStringLiteral("reported_at < ?");
        binds << fromTime(query.reportedBefore);
    }
    QString sql = QStringLiteral("SELECT * FROM cases");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << std::max(1, query.limit);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    return readAll(q.value());
}

Result<CaseRecord> CaseRepository::findByExternalRef(SourceChannel source,
                                                     const QString &externalRef) const
{
    auto q = m_db.exec(QStringLiteral("SELECT * FROM cases WHERE source = ? AND external_ref = ? "
                                      "ORDER BY id LIMIT 1"),
                       {enumKey(source), externalRef});
    if (!q)
        return q.error();
    const QList<CaseRecord> rows = readAll(q.value());
    if (rows.isEmpty())
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("no case from %1 with reference %2")
                               .arg(enumKey(source), externalRef));
    return rows.first();
}

Result<QHash<CaseState, int>> CaseRepository::countByState() const
{
    auto q = m_db.exec(QStringLiteral("SELECT state, COUNT(*) FROM cases GROUP BY state"));
    if (!q)
        return q.error();
    QHash<CaseState, int> out;
    while (q.value().next()) {
        bool ok = false;
        const CaseState s = enumFromKey<CaseState>(q.value().value(0).toString(), &ok);
        if (ok)
            out.insert(s, q.value().value(1).toInt());
    }
    return out;
}

} // namespace yw::store
