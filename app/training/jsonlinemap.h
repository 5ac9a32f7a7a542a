#pragma once

#include <QByteArray>
#include <QList>

namespace yw::training {

// Where things are in a JSON text, for messages that name a line: Qt's JSON reader keeps no
// positions, so the text is scanned once for the line of each element of a top-level array.
class JsonLineMap
{
public:
    // The 1-based line of each element of the array under the top-level key (empty if none).
    static QList<int> arrayElementLines(const QByteArray &json, const QByteArray &key);
    // The 1-based line of a byte offset (a parse error's).
    static int lineOf(const QByteArray &json, int offset);
};

} // namespace yw::training
