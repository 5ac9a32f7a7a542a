#pragma once

#include "database.h"

#include <QDateTime>

namespace yw::store {

// The video wall's presets: named layouts of a wall's windows, shared by every client of the
// case database. The layout is the wall's JSON (the store only keeps it); the wall's controller
// checks it and writes every command, saves and deletions included, to the audit log.
class WallPresetRepository
{
public:
    struct Preset
    {
        QString name;
        QByteArray layout;
        int version = 0;
        QString savedBy;
        QDateTime savedAt;
    };
    static constexpr qsizetype kMaxLayoutBytes = 256 * 1024;

    explicit WallPresetRepository(const Database &db)
        : m_db(db)
    {}

    // Saves (or replaces) a preset; its new version.
    yw::core::Result<int> save(const QString &wall, const QString &name, const QByteArray &layout,
                               const QString &by, const QDateTime &at);
    // NotFound when there is none.
    yw::core::Status remove(const QString &wall, const QString &name);
    yw::core::Result<QList<Preset>> list(const QString &wall) const;
    // NotFound when there is none.
    yw::core::Result<Preset> find(const QString &wall, const QString &name) const;

private:
    const Database &m_db;
};

} // namespace yw::store
