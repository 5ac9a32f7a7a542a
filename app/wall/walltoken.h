#pragma once

#include <QByteArray>
#include <QString>

namespace yw::wall {

// What a control client may do: Operate recalls presets and acknowledges alarms (a room's touch
// panel), Control does everything (the center's control system, an operator's workstation).
enum class ControlRole { Operate, Control };

// One client's token as the wall file keeps it: its name for the audit log, its role, and the
// SHA-256 of the token (the file never holds the token itself).
struct WallToken
{
    QString name;
    ControlRole role = ControlRole::Operate;
    QByteArray sha256; // 32 bytes
};

} // namespace yw::wall
