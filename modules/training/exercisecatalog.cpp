#include "exercisecatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yw::trainingmodule {

ExerciseCatalog::ExerciseCatalog(QObject *parent)
    : QObject(parent)
{
    const QDir shipped(QStringLiteral(":/yiwang/training/exercises"));
    for (const QString &name : shipped.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(shipped.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            add(shipped.filePath(name), f.readAll());
    }
    if (!m_json.isEmpty())
        m_selected = 0;
}

bool ExerciseCatalog::add(const QString &file, const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("schema")).toString() != QLatin1String("yiwang-exercise"))
        return false;
    ExerciseRow r;
    r.file = file;
    r.exerciseId = o.value(QStringLiteral("id")).toString();
    r.title = o.value(QStringLiteral("title")).toString();
    r.description = o.value(QStringLiteral("description")).toString();
    r.start = o.value(QStringLiteral("start")).toString();
    r.durationMinutes = o.value(QStringLiteral("durationMinutes")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("timeline")).toArray()) {
        const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
        const bool report = kind == QLatin1String("case") || kind == QLatin1String("call")
                            || kind == QLatin1String("callback") || kind == QLatin1String("sensorAlarm");
        (report ? r.reports : r.events) += 1;
    }
    QList<ExerciseRow> rows = m_rows.rows();
    rows.append(r);
    m_rows.setRows(rows);
    m_json.append(json);
    return true;
}

bool ExerciseCatalog::addFile(const QUrl &url)
{
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_problem = tr("%1 cannot be read: %2").arg(path, f.errorString());
        emit problemChanged();
        return false;
    }
    if (!add(path, f.readAll())) {
        m_problem = tr("%1 is not an exercise file (\"schema\": \"yiwang-exercise\").").arg(path);
        emit problemChanged();
        return false;
    }
    m_problem.clear();
    emit problemChanged();
    select(int(m_json.size()) - 1);
    return true;
}

void ExerciseCatalog::select(int row)
{
    if (row == m_selected || row < -1 || row >= m_json.size())
        return;
    m_selected = row;
    emit selectedChanged();
}

QByteArray ExerciseCatalog::selectedJson() const
{
    return m_selected >= 0 ? m_json.at(m_selected) : QByteArray();
}

ExerciseRow ExerciseCatalog::selectedRow() const
{
    return m_selected >= 0 ? m_rows.row(m_selected) : ExerciseRow();
}

QList<ItemRow> ExerciseCatalog::selectedItems() const
{
    QList<ItemRow> out;
    const QJsonObject o = QJsonDocument::fromJson(selectedJson()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject i = v.toObject();
        ItemRow r;
        r.itemId = i.value(QStringLiteral("id")).toString();
        r.minute = i.value(QStringLiteral("at")).toInt();
        r.kind = i.value(QStringLiteral("kind")).toString();
        r.title = i.value(QStringLiteral("title")).toString(i.value(QStringLiteral("text")).toString());
        out.append(r);
    }
    return out;
}

} // namespace yw::trainingmodule
