#include "datasetreader.h"

#include <QRegularExpression>
#include <QSqlRecord>

namespace yw::store {

using namespace yw::core;

namespace {
using Op = DatasetFilter::Op;
using Bucket = DatasetGroup::Bucket;
using Fn = DatasetAggregate::Fn;
using Type = DatasetField::Type;

constexpr int kMaxInValues = 500;

Error bad(const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message);
}

// A value for a field of the type, or an error naming the field.
Result<QVariant> valueFor(const DatasetField &f, const QVariant &v)
{
    bool ok = false;
    switch (f.type) {
    case Type::Text:
        return QVariant(v.toString());
    case Type::Integer: {
        const qint64 n = v.toLongLong(&ok);
        if (!ok)
            return bad(QStringLiteral("%1 takes whole numbers, not '%2'").arg(f.name, v.toString()));
        return QVariant(n);
    }
    case Type::Real: {
        const double d = v.toDouble(&ok);
        if (!ok)
            return bad(QStringLiteral("%1 takes numbers, not '%2'").arg(f.name, v.toString()));
        return QVariant(d);
    }
    case Type::Time: {
        if (v.typeId() == QMetaType::QDateTime)
            return QVariant(v.toDateTime().toMSecsSinceEpoch());
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (t.isValid())
            return QVariant(t.toMSecsSinceEpoch());
        const qint64 n = v.toLongLong(&ok);
        if (!ok)
            return bad(QStringLiteral("%1 takes a time (ISO 8601), not '%2'").arg(f.name, v.toString()));
        return QVariant(n);
    }
    }
    return bad(f.name);
}

QString likeEscaped(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

bool isEmptyValue(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())
           || (v.typeId() == QMetaType::QVariantList && v.toList().isEmpty())
           || (v.typeId() == QMetaType::QStringList && v.toStringList().isEmpty());
}
} // namespace

std::pair<QDateTime, QDateTime> DatasetReader::windowAt(DatasetTimeWindow::Relative relative, const QDateTime &now,
                                                        const QTimeZone &zone, int back)
{
    using R = DatasetTimeWindow::Relative;
    const QDate today = now.toTimeZone(zone).date();
    auto at = [&](QDate d) { return QDateTime(d, QTime(0, 0), zone); };
    auto days = [&](QDate first, int n) { // n days from first, `back` such spans earlier
        const QDate start = first.addDays(-qint64(n) * back);
        return std::pair{at(start), at(start.addDays(n))};
    };
    auto month = [&](QDate first) {
        const QDate start = first.addMonths(-back);
        return std::pair{at(start), at(start.addMonths(1))};
    };
    switch (relative) {
    case R::Today: return days(today, 1);
    case R::Yesterday: return days(today.addDays(-1), 1);
    case R::ThisWeek: return days(today.addDays(1 - today.dayOfWeek()), 7);
    case R::Last7Days: return days(today.addDays(-6), 7);
    case R::ThisMonth: return month(QDate(today.year(), today.month(), 1));
    case R::LastMonth: return month(QDate(today.year(), today.month(), 1).addMonths(-1));
    case R::Last30Days: return days(today.addDays(-29), 30);
    case R::None:
    case R::Fixed: break;
    }
    return {};
}

std::pair<QDateTime, QDateTime> DatasetReader::windowOf(const DatasetTimeWindow &window, const QVariantMap &parameters,
                                                        const QDateTime &now, const QTimeZone &zone)
{
    DatasetTimeWindow::Relative relative = window.relative;
    if (!window.parameter.isEmpty()) {
        DatasetTimeWindow::Relative bound;
        const QString name = parameters.value(window.parameter).toString();
        if (!name.isEmpty() && DatasetTimeWindow::relativeFromName(name, &bound) && bound != DatasetTimeWindow::Relative::Fixed
            && bound != DatasetTimeWindow::Relative::None)
            relative = bound;
    }
    if (relative == DatasetTimeWindow::Relative::Fixed) {
        const qint64 span = window.from.msecsTo(window.to) * window.back;
        return {window.from.addMSecs(-span), window.to.addMSecs(-span)};
    }
    return windowAt(relative, now, zone, window.back);
}

Result<DatasetReader::Compiled> DatasetReader::compile(const DatasetQuery &query, const QVariantMap &parameters,
                                                       const QDateTime &now, const QTimeZone &zone, const User &actor,
                                                       bool postgres)
{
    if (!actor.active || actor.login.isEmpty())
        return Error::make(Error::Code::Forbidden, QStringLiteral("only a signed-in user reads datasets"));
    const Dataset *ds = DatasetCatalog::find(query.dataset);
    if (!ds) {
        QStringList names;
        for (const Dataset &d : DatasetCatalog::all())
            names << d.name;
        return bad(QStringLiteral("there is no dataset '%1' (there are: %2)").arg(query.dataset, names.join(", ")));
    }
    auto fieldOf = [&](const QString &name) -> Result<const DatasetField *> {
        const DatasetField *f = ds->field(name);
        if (!f)
            return bad(QStringLiteral("the dataset %1 has no field '%2'").arg(ds->name, name));
        return f;
    };
    if (query.limit < 1 || query.limit > DatasetQuery::kMaxRows)
        return bad(QStringLiteral("the limit is 1 to %1 rows, not %2").arg(DatasetQuery::kMaxRows).arg(query.limit));

    Compiled out;
    QStringList select, where;
    QVariantList selectBinds, whereBinds;
    const qint64 offsetMs = qint64(zone.offsetFromUtc(now)) * 1000;
    const bool aggregated = !query.aggregates.isEmpty() || !query.groupBy.isEmpty();
    if (aggregated) {
        if (!query.fields.isEmpty())
            return bad(QStringLiteral("with groups or aggregates, the columns are the groups and the aggregates; "
                                      "group by %1 to show it")
                           .arg(query.fields.first()));
        for (const DatasetGroup &g : query.groupBy) {
            auto f = fieldOf(g.field);
            if (!f)
                return f.error();
            const QString e = f.value()->expression;
            if (g.bucket != Bucket::None && f.value()->type != Type::Time)
                return bad(QStringLiteral("%1 is not a time; only times are grouped by hour, day, week or month")
                               .arg(g.field));
            switch (g.bucket) {
            case Bucket::None: select << e; break;
            case Bucket::Hour:
                select << QStringLiteral("((%1 + ?) / 3600000) * 3600000 - ?").arg(e);
                selectBinds << offsetMs << offsetMs;
                break;
            case Bucket::Day:
                select << QStringLiteral("((%1 + ?) / 86400000) * 86400000 - ?").arg(e);
                selectBinds << offsetMs << offsetMs;
                break;
            case Bucket::Week:
                // 1970-01-01 was a Thursday: weeks counted from the Monday three days before.
                select << QStringLiteral("((%1 + ?) / 604800000) * 604800000 - ?").arg(e);
                selectBinds << offsetMs + 3 * 86400000ll << offsetMs + 3 * 86400000ll;
                break;
            case Bucket::Month:
                select << (postgres ? QStringLiteral("to_char(to_timestamp((%1 + ?) / 1000) AT TIME ZONE 'UTC', "
                                                     "'YYYY-MM')")
                                          .arg(e)
                                    : QStringLiteral("strftime('%Y-%m', (%1 + ?) / 1000, 'unixepoch')").arg(e));
                selectBinds << offsetMs;
                break;
            }
            out.columns << g.field;
        }
        for (const DatasetAggregate &a : query.aggregates) {
            QString e;
            const DatasetField *f = nullptr;
            if (!a.field.isEmpty()) {
                auto found = fieldOf(a.field);
                if (!found)
                    return found.error();
                f = found.value();
            }
            const bool numeric = f && (f->type == Type::Integer || f->type == Type::Real);
            switch (a.fn) {
            case Fn::Count: e = f ? QStringLiteral("COUNT(%1)").arg(f->expression) : QStringLiteral("COUNT(*)"); break;
            case Fn::CountDistinct:
                if (!f)
                    return bad(QStringLiteral("countDistinct needs a field"));
                e = QStringLiteral("COUNT(DISTINCT %1)").arg(f->expression);
                break;
            case Fn::Sum:
            case Fn::Average:
                if (!numeric)
                    return bad(QStringLiteral("%1 needs a number field").arg(a.fn == Fn::Sum ? "sum" : "avg"));
                e = QString::fromLatin1(a.fn == Fn::Sum ? "SUM(%1)" : "AVG(%1 * 1.0)").arg(f->expression);
                break;
            case Fn::Min:
            case Fn::Max:
                if (!f)
                    return bad(QStringLiteral("min and max need a field"));
                e = QString::fromLatin1(a.fn == Fn::Min ? "MIN(%1)" : "MAX(%1)").arg(f->expression);
                break;
            }
            select << e;
            static const char *const fnNames[] = {"count", "count_distinct", "sum", "avg", "min", "max"};
            out.columns << (!a.as.isEmpty() ? a.as
                            : f             ? QStringLiteral("%1_%2").arg(QLatin1String(fnNames[int(a.fn)]), f->name)
                                            : QStringLiteral("count"));
        }
    } else {
        const QStringList names = query.fields.isEmpty() ? [&] {
            QStringList all;
            for (const DatasetField &f : ds->fields)
                all << f.name;
            return all;
        }() : query.fields;
        for (const QString &n : names) {
            auto f = fieldOf(n);
            if (!f)
                return f.error();
            select << f.value()->expression;
            out.columns << n;
        }
    }

    // The user's scope, before anything the query asks.
    if (!actor.scopeAreas.isEmpty()) {
        if (ds->areaColumn.isEmpty())
            return Error::make(Error::Code::Forbidden,
                               QStringLiteral("%1 has no places to limit to %2's areas").arg(ds->name, actor.login));
        static const QRegularExpression digits(QStringLiteral("^\\d{6,15}$"));
        QStringList any;
        for (const QString &code : actor.scopeAreas) {
            if (!digits.match(code).hasMatch())
                return Error::make(Error::Code::Forbidden, QStringLiteral("the scope code '%1' is not an area code").arg(code));
            any << QStringLiteral("%1 LIKE ?").arg(ds->areaColumn);
            whereBinds << code + QLatin1Char('%');
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (actor.hasRole(Role::DepartmentHandler) && !actor.hasRole(Role::Admin) && !actor.hasRole(Role::Leader)
        && !actor.hasRole(Role::ShiftLeader)) {
        if (ds->departmentColumn.isEmpty())
            return Error::make(Error::Code::Forbidden,
                               QStringLiteral("%1 has no department to limit to %2's").arg(ds->name, actor.login));
        where << QStringLiteral("%1 = ?").arg(ds->departmentColumn);
        whereBinds << actor.departmentId;
    }

    for (const DatasetFilter &filter : query.filters) {
        auto found = fieldOf(filter.field);
        if (!found)
            return found.error();
        const DatasetField &f = *found.value();
        QVariantList values = filter.values;
        if (!filter.parameter.isEmpty()) {
            const QVariant bound = parameters.value(filter.parameter);
            if (isEmptyValue(bound))
                continue; // the control is on "all"
            values = bound.typeId() == QMetaType::QVariantList ? bound.toList()
                     : bound.typeId() == QMetaType::QStringList
                         ? [&] {
                               QVariantList l;
                               for (const QString &s : bound.toStringList())
                                   l << s;
                               return l;
                           }()
                         : QVariantList{bound};
        }
        QVariantList typed;
        for (const QVariant &v : values) {
            auto t = valueFor(f, v);
            if (!t)
                return t.error();
            typed << t.value();
        }
        if (filter.op == Op::In) {
            if (typed.isEmpty() || typed.size() > kMaxInValues)
                return bad(QStringLiteral("%1 in: 1 to %2 values").arg(f.name).arg(kMaxInValues));
            const QString in = QStringLiteral("%1 IN (%2)").arg(f.expression, QStringList(typed.size(), QStringLiteral("?")).join(", "));
            // SQLite plans from average rows per value (no histograms in Debian's build): for
            // the open states, 15 of 19 values, it guesses most of the table and scans it for
            // the grouping instead of using the index (230 ms against 1 ms on the full city).
            // A list picked for a screen selects a few rows: say so.
            where << (postgres ? in : QStringLiteral("likelihood(%1, 0.01)").arg(in));
            whereBinds << typed;
            continue;
        }
        if (typed.size() != 1)
            return bad(QStringLiteral("%1: this comparison takes one value").arg(f.name));
        if (filter.op == Op::Contains || filter.op == Op::StartsWith) {
            if (f.type != Type::Text)
                return bad(QStringLiteral("%1 is not text: contains and startsWith are for text").arg(f.name));
            where << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(f.expression);
            const QString v = likeEscaped(typed.first().toString());
            whereBinds << (filter.op == Op::Contains ? QLatin1Char('%') + v + QLatin1Char('%') : v + QLatin1Char('%'));
            continue;
        }
        const char *sqlOp = filter.op == Op::Equals           ? "="
                            : filter.op == Op::NotEquals      ? "<>"
                            : filter.op == Op::Less           ? "<"
                            : filter.op == Op::LessOrEqual    ? "<="
                            : filter.op == Op::Greater        ? ">"
                                                              : ">=";
        where << QStringLiteral("%1 %2 ?").arg(f.expression, QLatin1String(sqlOp));
        whereBinds << typed.first();
    }

    if (query.window.relative != DatasetTimeWindow::Relative::None) {
        auto found = fieldOf(query.window.field);
        if (!found)
            return found.error();
        if (found.value()->type != Type::Time)
            return bad(QStringLiteral("the time window needs a time field, not %1").arg(query.window.field));
        if (!query.window.parameter.isEmpty()) {
            const QString name = parameters.value(query.window.parameter).toString();
            DatasetTimeWindow::Relative bound;
            if (!name.isEmpty()
                && (!DatasetTimeWindow::relativeFromName(name, &bound) || bound == DatasetTimeWindow::Relative::Fixed
                    || bound == DatasetTimeWindow::Relative::None))
                return bad(QStringLiteral("the control %1 holds '%2', which is not a period (today, thisWeek, "
                                          "last7Days, thisMonth…)").arg(query.window.parameter, name));
        }
        const auto [from, to] = windowOf(query.window, parameters, now, zone);
        where << QStringLiteral("%1 >= ? AND %1 < ?").arg(found.value()->expression);
        whereBinds << from.toMSecsSinceEpoch() << to.toMSecsSinceEpoch();
    }

    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), ds->from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (!query.groupBy.isEmpty()) {
        QStringList positions;
        for (int i = 1; i <= query.groupBy.size(); ++i)
            positions << QString::number(i);
        sql += QStringLiteral(" GROUP BY ") + positions.join(QStringLiteral(", "));
    }
    if (!query.orderBy.isEmpty()) {
        const int position = int(out.columns.indexOf(query.orderBy));
        if (position < 0)
            return bad(QStringLiteral("order by %1: it is not one of the columns (%2)")
                           .arg(query.orderBy, out.columns.join(", ")));
        // A missing value (a case with no step deadline) after the others, on both backends
        // (SQLite puts NULL first going up, PostgreSQL last).
        sql += QStringLiteral(" ORDER BY %1 %2 NULLS LAST").arg(position + 1).arg(query.descending ? "DESC" : "ASC");
    } else if (!aggregated) {
        sql += QStringLiteral(" ORDER BY ") + ds->defaultOrder;
    }
    sql += QStringLiteral(" LIMIT ?");
    out.sql = sql;
    out.binds = selectBinds + whereBinds + QVariantList{query.limit};
    return out;
}

Result<DatasetReader::Table> DatasetReader::run(const DatasetQuery &query, const QVariantMap &parameters,
                                                const User &actor) const
{
    auto compiled = compile(query, parameters, m_clock.now(), m_zone, actor, m_db.isPostgres());
    if (!compiled)
        return compiled.error();
    auto q = m_db.exec(compiled.value().sql, compiled.value().binds);
    if (!q)
        return q.error();
    Table t;
    t.columns = compiled.value().columns;
    const int n = int(t.columns.size());
    while (q.value().next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value().value(i);
        t.rows << row;
    }
    return t;
}

} // namespace yw::store
