#pragma once

#include "error.h"
#include "walltoken.h"

#include <QJsonObject>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace yw::wall {

// One command of the wall's control protocol (docs/CONTROL_PROTOCOL.md), whichever transport it
// came by: a line of the TCP protocol (`recall day`) and a JSON object
// (`{"command": "recall", "preset": "day"}`) make the same value, checked by the same code.
struct WallCommand
{
    enum class Verb {
        Auth,
        Help,
        Status,
        Presets,
        Recall,
        Save,
        Delete,
        Open,
        Move,
        Close,
        Show,
        Route,
        Ack,
        Playlist,
        Focus,
        Mode,
        Screenshot,
        Watch,
    };

    Verb verb = Verb::Status;
    QString token;    // auth
    QString preset;   // recall, save, delete
    QString window;   // open, move, close, show (the window to show a scenario in)
    QString scene;    // open
    QString argument; // open: the scene's argument; show: the scenario's key or name; route: the source
    std::optional<QRectF> rectMm;
    QStringList monitors; // where (open, move, show, save): the union of these monitors' pictures
    double lon = 0, lat = 0, zoom = 0;
    QString caseNumber; // focus on a case instead of a place
    QString mode;       // day or night
    bool watch = false;
    qint64 alarmId = 0; // ack: 0 for all
    QString playlist;   // playlist start: its name; empty: stop

    static constexpr int kMaxNameLength = 64;

    static yw::core::Result<WallCommand> fromJson(const QJsonObject &json);
    // A line of the TCP protocol: words separated by spaces, "double quotes" around a word with
    // spaces (\" and \\ inside).
    static yw::core::Result<WallCommand> fromLine(const QString &line);
    // The words of a line, or an error for an unclosed quote.
    static yw::core::Result<QStringList> words(const QString &line);

    QString verbName() const;
    // The role a client needs: Operate may read the state, recall presets and acknowledge alarms.
    ControlRole roleNeeded() const;
    // A short form for the audit log (never the token).
    QString summary() const;
};

} // namespace yw::wall
