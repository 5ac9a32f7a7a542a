#include "jsonlinemap.h"

namespace yw::training {

int JsonLineMap::lineOf(const QByteArray &json, int offset)
{
    return int(json.left(std::max(0, offset)).count('\n')) + 1;
}

QList<int> JsonLineMap::arrayElementLines(const QByteArray &json, const QByteArray &key)
{
    QList<int> lines;
    int depth = 0;
    int line = 1;
    bool inString = false;
    QByteArray lastString;      // the last string closed at depth 1 (a key candidate)
    QByteArray current;
    bool inTarget = false;      // inside the array under key
    bool expectElement = false; // at depth 2 of the target, before an element starts
    bool keyPending = false;    // the key was read, its value (the array) comes next
    for (int i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\') {
                ++i;
                continue;
            }
            if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastString = current;
            } else if (depth == 1) {
                current.append(c);
            }
            continue;
        }
        const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (space)
            continue;
        if (inTarget && depth == 2 && expectElement && c != ']') {
            lines.append(line);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            current.clear();
            break;
        case ':':
            if (depth == 1)
                keyPending = lastString == key;
            break;
        case '{':
        case '[':
            if (depth == 1 && keyPending && c == '[') {
                inTarget = true;
                expectElement = true;
            }
            keyPending = false;
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 1)
                inTarget = false;
            break;
        case ',':
            if (inTarget && depth == 2)
                expectElement = true;
            if (depth == 1)
                keyPending = false;
            break;
        default:
            break;
        }
    }
    return lines;
}

} // namespace yw::training
