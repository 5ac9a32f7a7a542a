#pragma once

#include <QStringList>
#include <QTextStream>

namespace yw::admin {

// yiwang-admin wall: a small client of the video wall's control (its line protocol on TCP), for
// scripts and for trying a wall out: `wall status`, `wall recall day`, `wall open m map on A1:B2`…
// The token is read from YIWANG_WALL_TOKEN (never from the command line, which others can see).
// yiwang-admin wall-token makes a new token and prints the line the wall file keeps of it.
class WallAdminCommand
{
public:
    WallAdminCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}
    int send(const QStringList &args);
    int token(const QStringList &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace yw::admin
