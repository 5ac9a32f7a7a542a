#pragma once

#include "error.h"
#include "scenariowidget.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QStringList>

namespace yw::scenario {

// A scenario (场景) as the builder edits it and the wall shows it: a JSON document of a published
// schema (resources/scenario/scenario.schema.json, docs/DATA_FORMATS.md) with a version number.
// Reading is strict about what would make the screen wrong (no canvas size, two widgets with the
// same id, a widget without a place) and lenient about what it does not know: a newer schema,
// unknown widget types and unknown parts are kept and listed in notices(), and the rest is shown.
class ScenarioDocument
{
public:
    static constexpr int kSchemaVersion = 1;
    enum class Theme { WallDark, DeskLight };

    static yw::core::Result<ScenarioDocument> parse(const QByteArray &json);
    // A new, empty scenario for a canvas.
    static ScenarioDocument blank(const QString &title, QSize canvas, Theme theme);

    // Written back with what this version does not know left as it was.
    QByteArray toJson() const;

    int schemaVersion() const { return m_schemaVersion; }
    QString title() const { return m_title; }
    QSize canvas() const { return m_canvas; }
    Theme theme() const { return m_theme; }
    const QList<ScenarioWidget> &widgets() const { return m_widgets; }
    const QList<ScenarioSource> &sources() const { return m_sources; }
    const QList<ScenarioControl> &controls() const { return m_controls; }
    // How often a running scenario reads its sources besides the change feed's news (seconds;
    // 0: only on news, controls and midnight). 60 unless the document says.
    int refreshSeconds() const { return m_refreshSeconds; }
    void setRefreshSeconds(int seconds) { m_refreshSeconds = seconds; }
    void setControls(const QList<ScenarioControl> &controls) { m_controls = controls; }
    // What cannot be shown, and why, one sentence each (empty for a document of this version
    // with nothing unknown).
    const QStringList &notices() const { return m_notices; }

    const ScenarioWidget *widget(const QString &id) const;
    const ScenarioSource *source(const QString &id) const;

    void setTitle(const QString &title) { m_title = title; }
    void setCanvas(QSize canvas) { m_canvas = canvas; }
    void setTheme(Theme theme) { m_theme = theme; }
    // Adds or replaces (by id) a widget.
    void putWidget(const ScenarioWidget &widget);
    bool removeWidget(const QString &id);
    // Adds or replaces (by id) a source.
    void putSource(const ScenarioSource &source);
    bool removeSource(const QString &id);
    // All widgets at once, in drawing order.
    void setWidgets(const QList<ScenarioWidget> &widgets) { m_widgets = widgets; }

    static QString themeName(Theme theme);

private:
    int m_schemaVersion = kSchemaVersion;
    QString m_title;
    QSize m_canvas;
    Theme m_theme = Theme::WallDark;
    QList<ScenarioWidget> m_widgets;
    QList<ScenarioSource> m_sources;
    QList<ScenarioControl> m_controls;
    int m_refreshSeconds = 60;
    QStringList m_notices;
    QJsonObject m_raw; // the document as read
};

} // namespace yw::scenario
