#pragma once

#include <QHash>
#include <QString>

namespace yw::core {

// Search by pinyin initials, the way operators type on a Chinese desk: "bllj" finds 暴露垃圾,
// "xds" 行道树. Every reading of a character counts (行 is x or h). The table is
// resources/taxonomy/pinyin_initials.txt (from pinyin-data, MIT).
class PinyinInitials
{
public:
    // The built-in table, read once.
    static const PinyinInitials &builtIn();

    // The initials of a character's readings ("xh" for 行); a Latin letter or digit is itself.
    QString initialsOf(QChar c) const;
    // Whether the letters of query (lower case a-z) are the initials of consecutive characters
    // somewhere in text.
    bool matches(const QString &text, const QString &query) const;
    // Whether a query looks like initials: two or more Latin letters and nothing else.
    static bool isInitialsQuery(const QString &query);
    int size() const { return int(m_initials.size()); }

private:
    QHash<char16_t, QString> m_initials;
};

} // namespace yw::core
