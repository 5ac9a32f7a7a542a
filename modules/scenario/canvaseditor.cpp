#include "canvaseditor.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonValue>
#include <QMimeData>

namespace yw::scenario {

namespace {
// The clipboard's type for widgets, so that a paste of other text is not read as widgets.
constexpr const char *kMime = "application/x-yiwang-scenario-widgets";

QSizeF defaultSize(WidgetType type, QSize canvas)
{
    const double unit = canvas.height() / 1080.0; // a desk's proportions, scaled to the canvas
    switch (type) {
    case WidgetType::Kpi: return {360 * unit, 180 * unit};
    case WidgetType::Clock: return {420 * unit, 140 * unit};
    case WidgetType::Text: return {600 * unit, 100 * unit};
    case WidgetType::Ticker: return {900 * unit, 90 * unit};
    case WidgetType::Table: return {900 * unit, 480 * unit};
    case WidgetType::Ranking: return {560 * unit, 480 * unit};
    default: return {640 * unit, 400 * unit};
    }
}
} // namespace

CanvasEditor::CanvasEditor(QObject *parent)
    : QObject(parent)
{}

void CanvasEditor::begin(const ScenarioDocument &document)
{
    m_editor = std::make_unique<ScenarioEditor>(document);
    connect(m_editor.get(), &ScenarioEditor::selectionChanged, this, &CanvasEditor::selectionChanged);
    connect(m_editor.get(), &ScenarioEditor::documentChanged, this, [this] {
        emit documentChanged();
        emit selectionChanged(); // the selected widget's properties
    });
    connect(&m_editor->undoStack(), &QUndoStack::indexChanged, this, &CanvasEditor::historyChanged);
    connect(&m_editor->undoStack(), &QUndoStack::cleanChanged, this, &CanvasEditor::historyChanged);
    emit activeChanged();
    emit documentChanged();
    emit selectionChanged();
    emit historyChanged();
}

void CanvasEditor::end()
{
    m_editor.reset();
    m_guideXs.clear();
    m_guideYs.clear();
    emit activeChanged();
    emit selectionChanged();
    emit historyChanged();
    emit guidesChanged();
}

QStringList CanvasEditor::selection() const
{
    return m_editor ? m_editor->selection() : QStringList();
}

bool CanvasEditor::canUndo() const
{
    return m_editor && m_editor->undoStack().canUndo();
}

bool CanvasEditor::canRedo() const
{
    return m_editor && m_editor->undoStack().canRedo();
}

QString CanvasEditor::undoText() const
{
    return m_editor ? m_editor->undoStack().undoText() : QString();
}

bool CanvasEditor::modified() const
{
    return m_editor && m_editor->isModified();
}

void CanvasEditor::markSaved()
{
    if (m_editor)
        m_editor->markSaved();
}

QVariantMap CanvasEditor::selected() const
{
    if (!m_editor || m_editor->selection().isEmpty())
        return {};
    const ScenarioWidget *w = m_editor->document().widget(m_editor->selection().first());
    if (!w)
        return {};
    return {{"id", w->id},
            {"type", w->typeName},
            {"x", w->geometry.x()},
            {"y", w->geometry.y()},
            {"width", w->geometry.width()},
            {"height", w->geometry.height()},
            {"source", w->source},
            {"title", w->options.value(QLatin1String("title")).toString()},
            {"options", w->options.toVariantMap()}};
}

QStringList CanvasEditor::sourceIds() const
{
    QStringList out;
    if (m_editor)
        for (const ScenarioSource &s : m_editor->document().sources())
            out << s.id;
    return out;
}

QStringList CanvasEditor::widgetTypes() const
{
    QStringList out;
    for (int t = 0; t < int(WidgetType::Unknown); ++t)
        out << ScenarioWidget::nameOf(WidgetType(t));
    return out;
}

QString CanvasEditor::title() const
{
    return m_editor ? m_editor->document().title() : QString();
}

void CanvasEditor::setTitle(const QString &title)
{
    if (m_editor)
        m_editor->setTitle(title);
}

bool CanvasEditor::setCanvas(int width, int height, const QString &theme)
{
    if (!m_editor || width < 320 || height < 320 || width > 32768 || height > 32768
        || (theme != QLatin1String("wall-dark") && theme != QLatin1String("desk-light")))
        return false;
    ScenarioDocument after = m_editor->document();
    after.setCanvas(QSize(width, height));
    after.setTheme(theme == QLatin1String("desk-light") ? ScenarioDocument::Theme::DeskLight
                                                        : ScenarioDocument::Theme::WallDark);
    if (after.canvas() != m_editor->document().canvas() || after.theme() != m_editor->document().theme())
        m_editor->changeDocument(after, tr("Change the screen"));
    return true;
}

bool CanvasEditor::setRefreshSeconds(int seconds)
{
    if (!m_editor || seconds < 0 || seconds > 86400)
        return false;
    if (seconds != m_editor->document().refreshSeconds()) {
        ScenarioDocument after = m_editor->document();
        after.setRefreshSeconds(seconds);
        m_editor->changeDocument(after, tr("Change the refresh"));
    }
    return true;
}

void CanvasEditor::select(const QString &id, bool additive)
{
    if (!m_editor)
        return;
    if (additive)
        m_editor->toggle(id);
    else if (!m_editor->selection().contains(id))
        m_editor->select({id}); // a click on one of several selected keeps them for a drag
}

void CanvasEditor::clearSelection()
{
    if (m_editor)
        m_editor->select({});
}

void CanvasEditor::selectAll()
{
    if (!m_editor)
        return;
    QStringList all;
    for (const ScenarioWidget &w : m_editor->document().widgets())
        all << w.id;
    m_editor->select(all);
}

QList<QRectF> CanvasEditor::othersThan(const QStringList &ids) const
{
    QList<QRectF> out;
    for (const ScenarioWidget &w : m_editor->document().widgets())
        if (!ids.contains(w.id))
            out << w.geometry;
    return out;
}

QRectF CanvasEditor::snap(const QString &id, const QRectF &rect, bool resize)
{
    if (!m_editor)
        return rect;
    QStringList moving = m_editor->selection();
    if (!moving.contains(id))
        moving = {id};
    const SnapGuides guides(QSizeF(m_editor->document().canvas()), othersThan(moving));
    const SnapGuides::Result r = guides.snap(rect, resize ? SnapGuides::Mode::Resize : SnapGuides::Mode::Move);
    m_guideXs = r.xs;
    m_guideYs = r.ys;
    emit guidesChanged();
    return r.rect;
}

void CanvasEditor::place(const QString &id, const QRectF &rect, bool resize)
{
    m_guideXs.clear();
    m_guideYs.clear();
    emit guidesChanged();
    if (!m_editor)
        return;
    const ScenarioWidget *w = m_editor->document().widget(id);
    if (!w)
        return;
    const QRectF snapped = snap(id, rect, resize);
    m_guideXs.clear();
    m_guideYs.clear();
    emit guidesChanged();
    if (resize || !m_editor->selection().contains(id)) {
        m_editor->setGeometry(id, snapped);
        return;
    }
    m_editor->moveSelected(snapped.x() - w->geometry.x(), snapped.y() - w->geometry.y());
}

void CanvasEditor::nudge(double dx, double dy)
{
    if (m_editor)
        m_editor->moveSelected(dx, dy);
}

void CanvasEditor::removeSelected()
{
    if (m_editor)
        m_editor->removeSelected();
}

void CanvasEditor::copy()
{
    if (!m_editor || m_editor->selection().isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray json = m_editor->copySelected();
    mime->setData(QString::fromLatin1(kMime), json);
    mime->setText(QString::fromUtf8(json));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void CanvasEditor::cut()
{
    copy();
    removeSelected();
}

void CanvasEditor::paste()
{
    if (!m_editor)
        return;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QByteArray json = mime->hasFormat(QString::fromLatin1(kMime)) ? mime->data(QString::fromLatin1(kMime))
                                                                        : mime->text().toUtf8();
    m_editor->paste(json); // text that is not widgets is ignored
}

void CanvasEditor::undo()
{
    if (m_editor)
        m_editor->undoStack().undo();
}

void CanvasEditor::redo()
{
    if (m_editor)
        m_editor->undoStack().redo();
}

QString CanvasEditor::add(const QString &type, double centerX, double centerY)
{
    if (!m_editor)
        return {};
    const WidgetType t = ScenarioWidget::typeFromName(type);
    if (t == WidgetType::Unknown)
        return {};
    const QSizeF size = defaultSize(t, m_editor->document().canvas());
    const auto &sources = m_editor->document().sources();
    const QString source = ScenarioWidget::readsData(t) && !sources.isEmpty() ? sources.first().id : QString();
    const QString id = m_editor->addWidget(
        t, QRectF(QPointF(centerX - size.width() / 2, centerY - size.height() / 2), size), source);
    return id;
}

void CanvasEditor::setSource(const QString &id, const QString &source)
{
    if (!m_editor)
        return;
    const ScenarioWidget *w = m_editor->document().widget(id);
    if (!w || w->source == source)
        return;
    m_editor->setWidgetSource(id, source);
}

void CanvasEditor::setOption(const QString &id, const QString &key, const QVariant &value)
{
    if (m_editor)
        m_editor->setOption(id, key, value.isValid() && !(value.typeId() == QMetaType::QString && value.toString().isEmpty())
                                         ? QJsonValue::fromVariant(value)
                                         : QJsonValue());
}

void CanvasEditor::setPlace(const QString &id, double x, double y, double width, double height)
{
    if (m_editor && width > 0 && height > 0)
        m_editor->setGeometry(id, QRectF(x, y, width, height));
}

} // namespace yw::scenario
