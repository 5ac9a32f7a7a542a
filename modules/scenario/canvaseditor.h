#pragma once

#include "scenarioeditor.h"
#include "snapguides.h"

#include <QObject>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace yw::scenario {

// The editor page's hands on a scenario (ScenarioEditor underneath): selecting widgets on the
// canvas (a click, Ctrl+click for more), dragging and resizing them with snap and alignment
// guides (SnapGuides), arrow-key nudges, copy/paste through the clipboard, undo/redo, adding a
// widget of a type, and the selected widget's properties for the properties panel.
class CanvasEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the scenario workspace's")
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(QStringList selection READ selection NOTIFY selectionChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY historyChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY historyChanged)
    // The guides of the drag in progress (canvas pixels).
    Q_PROPERTY(QList<double> guideXs READ guideXs NOTIFY guidesChanged)
    Q_PROPERTY(QList<double> guideYs READ guideYs NOTIFY guidesChanged)
    // The first selected widget: id, type, x, y, width, height, source, title, and its options.
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QStringList sourceIds READ sourceIds NOTIFY documentChanged)
    Q_PROPERTY(QStringList widgetTypes READ widgetTypes CONSTANT)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY documentChanged)
    Q_PROPERTY(int canvasWidth READ canvasWidth NOTIFY documentChanged)
    Q_PROPERTY(int canvasHeight READ canvasHeight NOTIFY documentChanged)
    // "wall-dark" or "desk-light"
    Q_PROPERTY(QString theme READ theme NOTIFY documentChanged)
    Q_PROPERTY(int refreshSeconds READ refreshSeconds NOTIFY documentChanged)

public:
    explicit CanvasEditor(QObject *parent = nullptr);

    // Starts editing a document; the run shows every change (live preview).
    void begin(const ScenarioDocument &document);
    void end();
    bool active() const { return bool(m_editor); }
    ScenarioEditor *editor() { return m_editor.get(); }
    const ScenarioDocument *document() const { return m_editor ? &m_editor->document() : nullptr; }

    QStringList selection() const;
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    bool modified() const;
    void markSaved();
    QList<double> guideXs() const { return m_guideXs; }
    QList<double> guideYs() const { return m_guideYs; }
    QVariantMap selected() const;
    QStringList sourceIds() const;
    QStringList widgetTypes() const;
    QString title() const;
    void setTitle(const QString &title);
    int canvasWidth() const { return document() ? document()->canvas().width() : 0; }
    int canvasHeight() const { return document() ? document()->canvas().height() : 0; }
    QString theme() const { return document() ? ScenarioDocument::themeName(document()->theme()) : QString(); }
    int refreshSeconds() const { return document() ? document()->refreshSeconds() : 0; }
    // The target screen: its size in pixels (320 to 32,768 each way) and theme; false when out
    // of range. Widgets keep their places.
    Q_INVOKABLE bool setCanvas(int width, int height, const QString &theme);
    Q_INVOKABLE bool setRefreshSeconds(int seconds);

    Q_INVOKABLE void select(const QString &id, bool additive);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void selectAll();
    // While a widget is dragged (`resize`: by its corner): where it snaps to, with the guides.
    Q_INVOKABLE QRectF snap(const QString &id, const QRectF &rect, bool resize);
    // The drag ended at `rect` (snapped): a move takes the whole selection along; one step.
    Q_INVOKABLE void place(const QString &id, const QRectF &rect, bool resize);
    Q_INVOKABLE void nudge(double dx, double dy);
    Q_INVOKABLE void removeSelected();
    Q_INVOKABLE void copy();
    Q_INVOKABLE void cut();
    Q_INVOKABLE void paste();
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    // A new widget of a type in the middle of the visible part of the canvas, with its type's
    // sensible size and the first source, selected.
    Q_INVOKABLE QString add(const QString &type, double centerX, double centerY);
    Q_INVOKABLE void setSource(const QString &id, const QString &source);
    Q_INVOKABLE void setOption(const QString &id, const QString &key, const QVariant &value);
    Q_INVOKABLE void setPlace(const QString &id, double x, double y, double width, double height);

signals:
    void activeChanged();
    void selectionChanged();
    void historyChanged();
    void guidesChanged();
    void documentChanged();

private:
    QList<QRectF> othersThan(const QStringList &ids) const;

    std::unique_ptr<ScenarioEditor> m_editor;
    QList<double> m_guideXs, m_guideYs;
};

} // namespace yw::scenario
