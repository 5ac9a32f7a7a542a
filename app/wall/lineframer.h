#pragma once

#include <QByteArray>
#include <QList>

namespace yw::wall {

// Cuts a TCP stream into the line protocol's lines (\n or \r\n), holding a line begun until it
// ends. A line longer than the limit, finished or not, marks the stream as too long: the client is
// to be dropped, nothing of it is handled.
class LineFramer
{
public:
    explicit LineFramer(int maxLine)
        : m_max(maxLine)
    {}

    // The lines completed by `bytes` (without their line ends).
    QList<QByteArray> feed(const QByteArray &bytes);
    bool tooLong() const { return m_tooLong; }
    bool hasPartial() const { return !m_pending.isEmpty(); }

private:
    int m_max;
    QByteArray m_pending;
    bool m_tooLong = false;
};

} // namespace yw::wall
