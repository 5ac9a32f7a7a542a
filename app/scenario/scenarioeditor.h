#pragma once

#include "scenariodocument.h"

#include <QJsonValue>
#include <QObject>
#include <QUndoStack>

namespace yw::scenario {

// The editor's changes to a scenario, each undoable (QUndoStack): add widgets, remove, move
// (arrow-key nudges of one selection merge into one step), resize, set an option, copy and paste
// (pasted widgets get new ids, offset so they do not hide the originals), with a selection of
// widgets that the changes apply to. The page shows the document; the editor owns it.
class ScenarioEditor : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioEditor(ScenarioDocument document, QObject *parent = nullptr);

    const ScenarioDocument &document() const { return m_document; }
    QUndoStack &undoStack() { return m_undo; }
    // Whether the document differs from the one last saved (markSaved).
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    const QStringList &selection() const { return m_selection; }
    void select(const QStringList &ids);
    void toggle(const QString &id);

    // The new widget's id.
    QString addWidget(WidgetType type, const QRectF &geometry, const QString &source = {});
    void removeSelected();
    void moveSelected(double dx, double dy);
    void setGeometry(const QString &id, const QRectF &geometry);
    void setOption(const QString &id, const QString &key, const QJsonValue &value);
    void setWidgetSource(const QString &id, const QString &source);

    // The selected widgets as JSON for the clipboard, and back as new widgets (selected).
    QByteArray copySelected() const;
    QStringList paste(const QByteArray &clipboard);

    // Changes of the document beyond its widgets (title, canvas, theme, sources, controls,
    // refresh), each one undoable step.
    void changeDocument(const ScenarioDocument &after, const QString &text);
    void putSource(const ScenarioSource &source);
    void removeSource(const QString &id);
    void setTitle(const QString &title);

    // The undo commands' way in: the whole list, in drawing order; the whole document.
    void setWidgetList(const QList<ScenarioWidget> &widgets);
    void setDocument(const ScenarioDocument &document);

signals:
    void documentChanged();
    void selectionChanged();

private:
    QString freshId(const QString &type) const;
    // One undoable step replacing these widgets (by id) with their changed versions.
    void replaceWidgets(const QList<ScenarioWidget> &changed);

    ScenarioDocument m_document;
    QUndoStack m_undo;
    QStringList m_selection;
};

} // namespace yw::scenario
