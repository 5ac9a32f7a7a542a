#include "exercisecases.h"

#include "caserepository.h"
#include "trainingseatrepository.h"
#include "userrepository.h"

#include <QSet>
#include <cmath>

namespace yw::training {

using namespace yw::core;
using namespace yw::store;

namespace {

double distanceM(double lon1, double lat1, double lon2, double lat2)
{
    // Equirectangular: exact enough within a city.
    const double k = 6371000.0 * M_PI / 180.0;
    const double dx = (lon2 - lon1) * k * std::cos((lat1 + lat2) / 2 * M_PI / 180.0);
    const double dy = (lat2 - lat1) * k;
    return std::hypot(dx, dy);
}

} // namespace

const CaseRecord *ExerciseCases::record(qint64 id) const
{
    for (const CaseRecord &c : m_cases)
        if (c.id == id)
            return &c;
    return nullptr;
}

Result<ExerciseCases> ExerciseCases::read(Database &db, const Exercise &exercise,
                                          const QDateTime &simStart)
{
    ExerciseCases out;
    auto users = UserRepository(db).list();
    if (!users)
        return users.error();
    for (const User &u : users.value())
        if (u.login.startsWith(QLatin1String(kAccountPrefix)))
            out.m_accounts.insert(u.id);
    CaseQuery q;
    q.reportedFrom = simStart;
    q.limit = 100000;
    auto cases = CaseRepository(db).find(q);
    if (!cases)
        return cases.error();
    out.m_cases = cases.value();
    std::sort(out.m_cases.begin(), out.m_cases.end(), [](const CaseRecord &a, const CaseRecord &b) {
        return a.reportedAt != b.reportedAt ? a.reportedAt < b.reportedAt : a.id < b.id;
    });
    auto injections = TrainingSeatRepository(db).injections();
    if (!injections)
        return injections.error();
    QHash<QString, TrainingSeatRepository::Injection> injected;
    for (const auto &i : injections.value()) {
        injected.insert(i.itemId, i);
        // A report's case (an extension request names its case too, but is not where it came from).
        const ExerciseItem *item = exercise.item(i.itemId);
        if (i.caseId > 0 && item && item->isReport())
            out.m_caseOfItem.insert(i.itemId, i.caseId);
    }
    QSet<qint64> taken;
    for (const ExerciseItem &item : exercise.items) {
        if (!item.isCall() || !injected.contains(item.id))
            continue;
        const QDateTime rang = injected.value(item.id).dueAt;
        for (const CaseRecord &c : std::as_const(out.m_cases)) {
            if (taken.contains(c.id) || out.m_accounts.contains(c.reporterUserId)
                || c.reportedAt < rang.addSecs(-60))
                continue;
            if (item.hasPlace && c.hasLocation
                && distanceM(item.lon, item.lat, c.longitude, c.latitude) > 1000)
                continue;
            out.m_caseOfItem.insert(item.id, c.id);
            taken.insert(c.id);
            break;
        }
    }
    for (const CaseRecord &c : std::as_const(out.m_cases))
        if (!out.m_accounts.contains(c.reporterUserId) && !taken.contains(c.id))
            out.m_unexplained.append(c.id);
    return out;
}

} // namespace yw::training
