#include "wallpresetrepository.h"

#include "sqlvalues.h"

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

namespace {
WallPresetRepository::Preset readPreset(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString().toUtf8(), q.value(2).toInt(), q.value(3).toString(),
            toTime(q.value(4))};
}
} // namespace

Result<int> WallPresetRepository::save(const QString &wall, const QString &name, const QByteArray &layout,
                                       const QString &by, const QDateTime &at)
{
    if (layout.size() > kMaxLayoutBytes)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("a preset's layout is %1 bytes; at most %2 are kept")
                                                          .arg(layout.size())
                                                          .arg(kMaxLayoutBytes));
    auto q = m_db.exec(QStringLiteral("INSERT INTO wall_presets (wall, name, layout, version, saved_by, saved_at) "
                                      "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (wall, name) DO UPDATE SET "
                                      "layout = excluded.layout, version = wall_presets.version + 1, "
                                      "saved_by = excluded.saved_by, saved_at = excluded.saved_at "
                                      "RETURNING version"),
                       {wall, name, QString::fromUtf8(layout), by, fromTime(at)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::Internal, QStringLiteral("the preset %1 was not saved").arg(name));
    return q.value().value(0).toInt();
}

Status WallPresetRepository::remove(const QString &wall, const QString &name)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM wall_presets WHERE wall = ? AND name = ?"), {wall, name});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no preset %1").arg(name));
    return success();
}

Result<QList<WallPresetRepository::Preset>> WallPresetRepository::list(const QString &wall) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name, layout, version, saved_by, saved_at FROM wall_presets "
                                      "WHERE wall = ? ORDER BY name"),
                       {wall});
    if (!q)
        return q.error();
    QList<Preset> out;
    while (q.value().next())
        out << readPreset(q.value());
    return out;
}

Result<WallPresetRepository::Preset> WallPresetRepository::find(const QString &wall, const QString &name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name, layout, version, saved_by, saved_at FROM wall_presets "
                                      "WHERE wall = ? AND name = ?"),
                       {wall, name});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no preset %1").arg(name));
    return readPreset(q.value());
}

} // namespace yw::store
