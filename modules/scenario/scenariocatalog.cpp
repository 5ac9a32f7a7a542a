#include "scenariocatalog.h"

#include "backgroundread.h"
#include "scenariodocument.h"
#include "scenariorepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace yw::scenario {

ScenarioCatalog::ScenarioCatalog(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_read, &QFutureWatcherBase::finished, this, [this] {
        const auto r = m_read.future().result();
        m_loading = false;
        emit loadingChanged();
        if (!r) {
            emit failed(r.error().message);
            return;
        }
        beginResetModel();
        m_entries = templates() + r.value();
        endResetModel();
        emit countChanged();
    });
}

const QList<ScenarioCatalog::Entry> &ScenarioCatalog::templates()
{
    // Compiled into the program: read once.
    static const QList<Entry> read = [] {
        QList<Entry> out;
        const QDir dir(QString::fromLatin1(kTemplateDir));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray json = f.readAll();
            const auto doc = ScenarioDocument::parse(json);
            if (!doc)
                continue; // a template that does not read is caught by the tests
            out << Entry{QStringLiteral("template:") + QFileInfo(name).completeBaseName(), doc.value().title(),
                         QStringLiteral("template"),
                         QCoreApplication::translate("yw::scenario::ScenarioCatalog", "Template, %1×%2")
                             .arg(doc.value().canvas().width())
                             .arg(doc.value().canvas().height()),
                         json};
        }
        return out;
    }();
    return read;
}

void ScenarioCatalog::reload(const yw::store::DatabaseLocation &where)
{
    if (m_entries.isEmpty()) {
        beginResetModel();
        m_entries = templates();
        endResetModel();
        emit countChanged();
    }
    m_loading = true;
    emit loadingChanged();
    m_read.setFuture(yw::shell::readInBackground<QList<Entry>>(
        where, QStringLiteral("scenario-catalog"), [](yw::store::Database &db) -> yw::core::Result<QList<Entry>> {
            yw::core::SystemClock clock;
            auto list = yw::store::ScenarioRepository(db, clock).list();
            if (!list)
                return list.error();
            QList<Entry> out;
            for (const auto &s : list.value()) {
                const QString when = s.draftAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                const QString detail =
                    s.publishedRevision > 0
                        ? QCoreApplication::translate("yw::scenario::ScenarioCatalog", "Published r%1 · saved by %2, %3")
                              .arg(s.publishedRevision)
                              .arg(s.draftBy, when)
                        : QCoreApplication::translate("yw::scenario::ScenarioCatalog", "Draft · saved by %1, %2")
                              .arg(s.draftBy, when);
                out << Entry{QStringLiteral("stored:%1").arg(s.id), s.name, QStringLiteral("stored"), detail, {}};
            }
            return out;
        }));
}

const ScenarioCatalog::Entry *ScenarioCatalog::find(const QString &key) const
{
    for (const Entry &e : templates())
        if (e.key == key)
            return &e;
    for (const Entry &e : m_entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

int ScenarioCatalog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ScenarioCatalog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case KeyRole: return e.key;
    case TitleRole: return e.title;
    case KindRole: return e.kind;
    case DetailRole: return e.detail;
    }
    return {};
}

QHash<int, QByteArray> ScenarioCatalog::roleNames() const
{
    return {{KeyRole, "key"}, {TitleRole, "title"}, {KindRole, "kind"}, {DetailRole, "detail"}};
}

} // namespace yw::scenario
