#include "controllistmodel.h"

#include "areahierarchy.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::scenario {

namespace {
QList<yw::shell::ChoiceListModel::Choice> choicesOf(ScenarioControl::Kind kind, const ControlListModel::Sources &s)
{
    using Choice = yw::shell::ChoiceListModel::Choice;
    QList<Choice> out;
    switch (kind) {
    case ScenarioControl::Kind::District:
        out << Choice{QString(), QCoreApplication::translate("yw::scenario::ControlListModel", "All districts"), 0};
        if (s.areas)
            for (const yw::core::Area &a : s.areas->areas(yw::core::AreaLevel::District))
                out << Choice{a.code, a.name, 0};
        break;
    case ScenarioControl::Kind::Department: {
        out << Choice{QString(), QCoreApplication::translate("yw::scenario::ControlListModel", "All departments"), 0};
        if (s.departments) {
            QList<std::pair<QString, qint64>> sorted;
            for (auto it = s.departments->cbegin(); it != s.departments->cend(); ++it)
                sorted << std::pair{it.value(), it.key()};
            std::sort(sorted.begin(), sorted.end());
            for (const auto &[name, id] : sorted)
                out << Choice{QString::number(id), name, 0};
        }
        break;
    }
    case ScenarioControl::Kind::Class:
        out << Choice{QString(), QCoreApplication::translate("yw::scenario::ControlListModel", "All classes"), 0};
        if (s.taxonomy) {
            const bool zh = QLocale().language() == QLocale::Chinese;
            for (auto kind : {yw::core::TaxonomyKind::Matter, yw::core::TaxonomyKind::Component})
                for (const yw::core::TaxonomyClass &c : s.taxonomy->classes(kind))
                    out << Choice{c.code, c.code + QLatin1Char(' ') + (zh ? c.nameZh : c.nameEn), 0};
        }
        break;
    case ScenarioControl::Kind::Period:
        out << Choice{QString(), QCoreApplication::translate("yw::scenario::ControlListModel", "As set"), 0} << Choice{QStringLiteral("today"), QCoreApplication::translate("yw::scenario::ControlListModel", "Today"), 0}
            << Choice{QStringLiteral("yesterday"), QCoreApplication::translate("yw::scenario::ControlListModel", "Yesterday"), 0}
            << Choice{QStringLiteral("thisWeek"), QCoreApplication::translate("yw::scenario::ControlListModel", "This week"), 0}
            << Choice{QStringLiteral("last7Days"), QCoreApplication::translate("yw::scenario::ControlListModel", "Last 7 days"), 0}
            << Choice{QStringLiteral("thisMonth"), QCoreApplication::translate("yw::scenario::ControlListModel", "This month"), 0}
            << Choice{QStringLiteral("lastMonth"), QCoreApplication::translate("yw::scenario::ControlListModel", "Last month"), 0}
            << Choice{QStringLiteral("last30Days"), QCoreApplication::translate("yw::scenario::ControlListModel", "Last 30 days"), 0};
        break;
    }
    return out;
}

QString kindTitle(ScenarioControl::Kind kind)
{
    switch (kind) {
    case ScenarioControl::Kind::District: return QCoreApplication::translate("yw::scenario::ControlListModel", "District");
    case ScenarioControl::Kind::Department: return QCoreApplication::translate("yw::scenario::ControlListModel", "Department");
    case ScenarioControl::Kind::Class: return QCoreApplication::translate("yw::scenario::ControlListModel", "Class");
    case ScenarioControl::Kind::Period: return QCoreApplication::translate("yw::scenario::ControlListModel", "Period");
    }
    return {};
}
} // namespace

void ControlListModel::setControls(const QList<ScenarioControl> &controls, const Sources &sources)
{
    beginResetModel();
    m_controls.clear();
    for (const ScenarioControl &c : controls) {
        Control x;
        x.control = c;
        x.choices = std::make_unique<yw::shell::ChoiceListModel>();
        x.choices->setChoices(choicesOf(c.kind, sources));
        // A starting value that is not a choice (a district of another city) starts at "all".
        x.value = x.choices->indexOf(c.value) >= 0 ? c.value : QString();
        m_controls.push_back(std::move(x));
    }
    endResetModel();
    emit countChanged();
}

bool ControlListModel::setValue(const QString &name, const QString &value)
{
    for (size_t i = 0; i < m_controls.size(); ++i) {
        Control &c = m_controls[i];
        if (c.control.name != name)
            continue;
        if (c.choices->indexOf(value) < 0)
            return false;
        if (c.value != value) {
            c.value = value;
            emit dataChanged(index(int(i)), index(int(i)), {ValueRole});
        }
        return true;
    }
    return false;
}

QVariantMap ControlListModel::values() const
{
    QVariantMap out;
    for (const Control &c : m_controls)
        out.insert(c.control.name, c.value);
    return out;
}

int ControlListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controls.size());
}

QVariant ControlListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_controls.size()))
        return {};
    const Control &c = m_controls[size_t(index.row())];
    switch (role) {
    case NameRole: return c.control.name;
    case TitleRole: return c.control.title.isEmpty() ? kindTitle(c.control.kind) : c.control.title;
    case KindRole: return ScenarioControl::nameOf(c.control.kind);
    case ValueRole: return c.value;
    case ChoicesRole: return QVariant::fromValue(static_cast<QObject *>(c.choices.get()));
    }
    return {};
}

QHash<int, QByteArray> ControlListModel::roleNames() const
{
    return {{NameRole, "name"}, {TitleRole, "title"}, {KindRole, "kind"}, {ValueRole, "value"}, {ChoicesRole, "choices"}};
}

} // namespace yw::scenario
