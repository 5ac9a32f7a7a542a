#include "scenariohistory.h"

#include "scenariodiff.h"
#include "scenariorepository.h"

namespace yw::scenario {

void ScenarioHistory::load(yw::store::Database &db, const yw::core::Clock &clock, qint64 scenarioId)
{
    m_db = &db;
    m_clock = &clock;
    m_id = scenarioId;
    beginResetModel();
    m_rows.clear();
    if (scenarioId > 0)
        if (auto list = yw::store::ScenarioRepository(db, clock).revisions(scenarioId))
            for (const auto &r : list.value())
                m_rows << Row{r.revision, r.publishedBy, r.publishedAt, r.note};
    endResetModel();
    emit countChanged();
    m_changes.clear();
    m_compared = 0;
    emit changesChanged();
}

QString ScenarioHistory::partName(const QString &part)
{
    if (part == QLatin1String("widget"))
        return tr("widget");
    if (part == QLatin1String("source"))
        return tr("source");
    if (part == QLatin1String("title"))
        return tr("title");
    if (part == QLatin1String("canvas"))
        return tr("screen");
    if (part == QLatin1String("refresh"))
        return tr("refresh");
    if (part == QLatin1String("controls"))
        return tr("controls");
    return part;
}

bool ScenarioHistory::compare(int revision)
{
    if (!m_db || m_id == 0)
        return false;
    yw::store::ScenarioRepository repo(*m_db, *m_clock);
    auto old = repo.revision(m_id, revision);
    auto draft = repo.draft(m_id);
    if (!old || !draft)
        return false;
    auto before = ScenarioDocument::parse(old.value().document);
    auto after = ScenarioDocument::parse(draft.value().document);
    if (!before || !after)
        return false;
    m_changes.clear();
    for (const ScenarioChange &c : ScenarioDiff::between(before.value(), after.value())) {
        const QString sign = c.kind == ScenarioChange::Kind::Added     ? QStringLiteral("+")
                             : c.kind == ScenarioChange::Kind::Removed ? QStringLiteral("−")
                                                                       : QStringLiteral("~");
        m_changes << QStringLiteral("%1 %2 %3 %4").arg(sign, partName(c.part), c.id, c.what).simplified();
    }
    if (m_changes.isEmpty())
        m_changes << tr("The draft is the same as revision %1.").arg(revision);
    m_compared = revision;
    emit changesChanged();
    return true;
}

int ScenarioHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScenarioHistory::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case RevisionRole: return r.revision;
    case ByRole: return r.by;
    case AtRole: return r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case NoteRole: return r.note;
    }
    return {};
}

QHash<int, QByteArray> ScenarioHistory::roleNames() const
{
    return {{RevisionRole, "revision"}, {ByRole, "by"}, {AtRole, "at"}, {NoteRole, "note"}};
}

} // namespace yw::scenario
