#include "classsearchmodel.h"

#include "pinyininitials.h"

namespace yw::dispatch {

using namespace yw::core;

ClassSearchModel::ClassSearchModel(const Taxonomy &taxonomy, QObject *parent)
    : QAbstractListModel(parent)
{
    // Matters first: most reports are events, not components.
    m_all = taxonomy.classes(TaxonomyKind::Matter) + taxonomy.classes(TaxonomyKind::Component);
    setQuery(QString());
}

void ClassSearchModel::setQuery(const QString &q)
{
    beginResetModel();
    m_query = q.trimmed();
    m_shown.clear();
    const PinyinInitials &pinyin = PinyinInitials::builtIn();
    const bool initials = PinyinInitials::isInitialsQuery(m_query);
    for (int i = 0; i < m_all.size() && m_shown.size() < kMaxRows; ++i) {
        const TaxonomyClass &c = m_all[i];
        if (m_query.isEmpty() || c.code.startsWith(m_query) || c.nameZh.contains(m_query) ||
            c.nameEn.contains(m_query, Qt::CaseInsensitive) ||
            (initials && pinyin.matches(c.nameZh, m_query)))
            m_shown << i;
    }
    endResetModel();
    emit queryChanged();
}

int ClassSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant ClassSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TaxonomyClass &c = m_all[m_shown[index.row()]];
    switch (role) {
    case CodeRole:
        return c.code;
    case Qt::DisplayRole:
    case NameRole:
        return c.nameZh;
    case KindRole:
        return enumKey(c.kind);
    case BigClassRole:
        return c.bigClassZh;
    }
    return {};
}

QHash<int, QByteArray> ClassSearchModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {KindRole, "kind"}, {BigClassRole, "bigClass"}};
}

} // namespace yw::dispatch
