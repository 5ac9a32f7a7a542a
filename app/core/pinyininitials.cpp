#include "pinyininitials.h"

#include <QFile>

namespace yw::core {

const PinyinInitials &PinyinInitials::builtIn()
{
    static const PinyinInitials table = [] {
        PinyinInitials t;
        QFile f(QStringLiteral(":/yiwang/taxonomy/pinyin_initials.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return t;
        const QString text = QString::fromUtf8(f.readAll());
        for (QStringView line : QStringView(text).split(u'\n')) {
            if (line.size() < 3 || line.startsWith(u'#') || line.at(1) != u' ')
                continue;
            t.m_initials.insert(line.at(0).unicode(), line.mid(2).trimmed().toString());
        }
        return t;
    }();
    return table;
}

QString PinyinInitials::initialsOf(QChar c) const
{
    if (c.isLetterOrNumber() && c.unicode() < 128)
        return QString(c.toLower());
    return m_initials.value(c.unicode());
}

bool PinyinInitials::isInitialsQuery(const QString &query)
{
    if (query.size() < 2)
        return false;
    for (QChar c : query)
        if (!(c >= u'a' && c <= u'z') && !(c >= u'A' && c <= u'Z'))
            return false;
    return true;
}

bool PinyinInitials::matches(const QString &text, const QString &query) const
{
    const QString q = query.toLower();
    if (q.isEmpty() || q.size() > text.size())
        return q.isEmpty();
    for (int start = 0; start + q.size() <= text.size(); ++start) {
        int j = 0;
        while (j < q.size() && initialsOf(text.at(start + j)).contains(q.at(j)))
            ++j;
        if (j == q.size())
            return true;
    }
    return false;
}

} // namespace yw::core
