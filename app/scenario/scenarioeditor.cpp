#include "scenarioeditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoCommand>

namespace yw::scenario {

namespace {
// The whole widget list before and after: simple, and small for a screen's few dozen widgets.
class ListChange : public QUndoCommand
{
public:
    ListChange(ScenarioEditor &editor, QList<ScenarioWidget> before, QList<ScenarioWidget> after, const QString &text,
               int mergeId = -1, QStringList mergeKey = {})
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
        , m_mergeKey(std::move(mergeKey))
    {}
    void undo() override { m_editor.setWidgetList(m_before); }
    void redo() override { m_editor.setWidgetList(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ListChange *>(other);
        if (o->m_mergeKey != m_mergeKey)
            return false;
        m_after = o->m_after; // nudges of the same selection: one step
        return true;
    }

private:
    ScenarioEditor &m_editor;
    QList<ScenarioWidget> m_before, m_after;
    int m_mergeId;
    QStringList m_mergeKey;
};

// The whole document before and after, for the rarer changes beyond the widgets.
class DocumentChange : public QUndoCommand
{
public:
    DocumentChange(ScenarioEditor &editor, ScenarioDocument before, ScenarioDocument after, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { m_editor.setDocument(m_before); }
    void redo() override { m_editor.setDocument(m_after); }

private:
    ScenarioEditor &m_editor;
    ScenarioDocument m_before, m_after;
};

constexpr int kMoveMerge = 1;
} // namespace

ScenarioEditor::ScenarioEditor(ScenarioDocument document, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
{}

void ScenarioEditor::select(const QStringList &ids)
{
    QStringList known;
    for (const QString &id : ids)
        if (m_document.widget(id) && !known.contains(id))
            known << id;
    if (known == m_selection)
        return;
    m_selection = known;
    emit selectionChanged();
}

void ScenarioEditor::toggle(const QString &id)
{
    QStringList next = m_selection;
    if (!next.removeOne(id))
        next << id;
    select(next);
}

QString ScenarioEditor::freshId(const QString &type) const
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(type).arg(n);
        if (!m_document.widget(id))
            return id;
    }
}

void ScenarioEditor::setWidgetList(const QList<ScenarioWidget> &widgets)
{
    m_document.setWidgets(widgets);
    QStringList selection = m_selection;
    selection.removeIf([&](const QString &id) { return !m_document.widget(id); });
    if (selection != m_selection) {
        m_selection = selection;
        emit selectionChanged();
    }
    emit documentChanged();
}

void ScenarioEditor::setWidgetSource(const QString &id, const QString &source)
{
    const ScenarioWidget *w = m_document.widget(id);
    if (!w || w->source == source)
        return;
    ScenarioWidget changed = *w;
    changed.source = source;
    replaceWidgets({changed});
}

void ScenarioEditor::setDocument(const ScenarioDocument &document)
{
    m_document = document;
    setWidgetList(document.widgets());
}

void ScenarioEditor::changeDocument(const ScenarioDocument &after, const QString &text)
{
    m_undo.push(new DocumentChange(*this, m_document, after, text));
}

void ScenarioEditor::putSource(const ScenarioSource &source)
{
    ScenarioDocument after = m_document;
    after.putSource(source);
    changeDocument(after, tr("Change source %1").arg(source.id));
}

void ScenarioEditor::removeSource(const QString &id)
{
    ScenarioDocument after = m_document;
    if (after.removeSource(id))
        changeDocument(after, tr("Remove source %1").arg(id));
}

void ScenarioEditor::setTitle(const QString &title)
{
    if (title == m_document.title())
        return;
    ScenarioDocument after = m_document;
    after.setTitle(title);
    changeDocument(after, tr("Rename"));
}

void ScenarioEditor::replaceWidgets(const QList<ScenarioWidget> &changed)
{
    QList<ScenarioWidget> after = m_document.widgets();
    for (const ScenarioWidget &c : changed)
        for (ScenarioWidget &w : after)
            if (w.id == c.id)
                w = c;
    m_undo.push(new ListChange(*this, m_document.widgets(), after, tr("Change widget")));
}

QString ScenarioEditor::addWidget(WidgetType type, const QRectF &geometry, const QString &source)
{
    ScenarioWidget w;
    w.type = type;
    w.typeName = ScenarioWidget::nameOf(type);
    w.id = freshId(w.typeName);
    w.geometry = geometry;
    w.source = source;
    QList<ScenarioWidget> after = m_document.widgets();
    after << w;
    m_undo.push(new ListChange(*this, m_document.widgets(), after, tr("Add %1").arg(w.typeName)));
    select({w.id});
    return w.id;
}

void ScenarioEditor::removeSelected()
{
    if (m_selection.isEmpty())
        return;
    QList<ScenarioWidget> after = m_document.widgets();
    after.removeIf([&](const ScenarioWidget &w) { return m_selection.contains(w.id); });
    m_undo.push(new ListChange(*this, m_document.widgets(), after, tr("Remove")));
}

void ScenarioEditor::moveSelected(double dx, double dy)
{
    if (m_selection.isEmpty() || (dx == 0 && dy == 0))
        return;
    QList<ScenarioWidget> after = m_document.widgets();
    for (ScenarioWidget &w : after)
        if (m_selection.contains(w.id))
            w.geometry.translate(dx, dy);
    QStringList key = m_selection;
    key.sort();
    m_undo.push(new ListChange(*this, m_document.widgets(), after, tr("Move"), kMoveMerge, key));
}

void ScenarioEditor::setGeometry(const QString &id, const QRectF &geometry)
{
    const ScenarioWidget *w = m_document.widget(id);
    if (!w || w->geometry == geometry || geometry.width() <= 0 || geometry.height() <= 0)
        return;
    ScenarioWidget changed = *w;
    changed.geometry = geometry;
    replaceWidgets({changed});
}

void ScenarioEditor::setOption(const QString &id, const QString &key, const QJsonValue &value)
{
    const ScenarioWidget *w = m_document.widget(id);
    if (!w || w->options.value(key) == value)
        return;
    ScenarioWidget changed = *w;
    if (value.isUndefined() || value.isNull())
        changed.options.remove(key);
    else
        changed.options.insert(key, value);
    replaceWidgets({changed});
}

QByteArray ScenarioEditor::copySelected() const
{
    QJsonArray widgets;
    for (const ScenarioWidget &w : m_document.widgets())
        if (m_selection.contains(w.id))
            widgets.append(w.toJson());
    return QJsonDocument(QJsonObject{{"yiwangWidgets", widgets}}).toJson(QJsonDocument::Compact);
}

QStringList ScenarioEditor::paste(const QByteArray &clipboard)
{
    const QJsonArray widgets = QJsonDocument::fromJson(clipboard).object().value(QLatin1String("yiwangWidgets")).toArray();
    QList<ScenarioWidget> after = m_document.widgets();
    QStringList ids;
    for (const QJsonValue &v : widgets) {
        const QJsonObject x = v.toObject();
        ScenarioWidget w;
        w.raw = x;
        w.typeName = x.value(QLatin1String("type")).toString();
        w.type = ScenarioWidget::typeFromName(w.typeName);
        w.geometry = QRectF(x.value(QLatin1String("x")).toDouble() + 20, x.value(QLatin1String("y")).toDouble() + 20,
                            x.value(QLatin1String("width")).toDouble(), x.value(QLatin1String("height")).toDouble());
        if (w.typeName.isEmpty() || w.geometry.width() <= 0 || w.geometry.height() <= 0)
            continue; // not a widget of ours
        w.source = x.value(QLatin1String("source")).toString();
        w.options = x.value(QLatin1String("options")).toObject();
        // A fresh id that is also not taken by another pasted one.
        for (int n = 1;; ++n) {
            const QString id = QStringLiteral("%1-%2").arg(w.typeName).arg(n);
            if (!m_document.widget(id) && !ids.contains(id)) {
                w.id = id;
                break;
            }
        }
        ids << w.id;
        after << w;
    }
    if (ids.isEmpty())
        return ids;
    m_undo.push(new ListChange(*this, m_document.widgets(), after, tr("Paste")));
    select(ids);
    return ids;
}

} // namespace yw::scenario
