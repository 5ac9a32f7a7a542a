#include "lineframer.h"

namespace yw::wall {

QList<QByteArray> LineFramer::feed(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    if (m_tooLong)
        return lines;
    m_pending += bytes;
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_max) {
            m_tooLong = true;
            m_pending.clear();
            return lines;
        }
        lines << line;
    }
    if (m_pending.size() > m_max) {
        m_tooLong = true;
        m_pending.clear();
    }
    return lines;
}

} // namespace yw::wall
