#pragma once

#include "canvaseditor.h"
#include "querybuilder.h"
#include "scenariocatalog.h"
#include "scenariohistory.h"
#include "scenariorun.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace yw::shell {
class ModuleContext;
}

namespace yw::scenario {

// 场景构建: what the scenario page works with. The catalog of templates and saved scenarios,
// the scenario running on the screen (ScenarioRun), and, while editing, the canvas editor and
// the query builder of its sources. Saving and publishing go through the store's
// ScenarioRepository (who may, a stale save refused with who saved first); a bad document is
// refused there and the last good version stays.
class ScenarioWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by its module")
    Q_PROPERTY(yw::scenario::ScenarioCatalog *catalog READ catalog CONSTANT)
    Q_PROPERTY(yw::scenario::ScenarioRun *run READ run CONSTANT)
    Q_PROPERTY(yw::scenario::CanvasEditor *editor READ editor CONSTANT)
    Q_PROPERTY(yw::scenario::QueryBuilder *queryBuilder READ queryBuilder CONSTANT)
    // The published revisions of the scenario shown (empty for a template or a new one).
    Q_PROPERTY(yw::scenario::ScenarioHistory *history READ history CONSTANT)
    Q_PROPERTY(QString currentKey READ currentKey NOTIFY currentChanged)
    Q_PROPERTY(QString revisionText READ revisionText NOTIFY currentChanged)
    // The signed-in user may change scenarios (administrators, shift leaders, leaders).
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY currentChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY editingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Still reading the scenario's sources (the screenshot waits).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit ScenarioWorkspace(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~ScenarioWorkspace() override;

    // Lists what there is and opens the last scenario shown on this workstation (the first
    // template on a new one).
    void start();
    bool waitUntilReady(int timeoutMs = 120000);

    ScenarioCatalog *catalog() { return &m_catalog; }
    ScenarioRun *run() { return &m_run; }
    CanvasEditor *editor() { return &m_editor; }
    QueryBuilder *queryBuilder() { return &m_queryBuilder; }
    ScenarioHistory *history() { return &m_history; }
    QString currentKey() const { return m_key; }
    QString revisionText() const;
    bool canEdit() const;
    bool editing() const { return m_editor.active(); }
    QString message() const { return m_message; }
    bool busy() const { return !m_run.ready(); }

    // Opens a catalog entry ("template:typhoon", "stored:3"); false, with the message, when it
    // cannot be read.
    Q_INVOKABLE bool open(const QString &key);
    // A new, empty scenario: "desk" (1920×1080, light) or "wall" (7680×2160, dark).
    Q_INVOKABLE void newScenario(const QString &preset);
    Q_INVOKABLE void edit();
    // Leaves the editor: `keep` keeps the edited document on the screen, else the one saved.
    Q_INVOKABLE void stopEditing(bool keep);
    // Saves the draft (a new scenario or a template: a new stored one); an empty string when
    // saved, else why not.
    Q_INVOKABLE QString save();
    Q_INVOKABLE QString publish(const QString &note);
    // Makes a published revision the draft again (the revisions stay as they were) and shows it.
    Q_INVOKABLE QString restore(int revision);
    // The document as a file, and a file as a new draft on the screen (its notices shown).
    Q_INVOKABLE QString exportTo(const QUrl &file);
    Q_INVOKABLE QString importFrom(const QUrl &file);
    // The scenario showing, on the video wall (its published revision; a template as it is).
    Q_INVOKABLE bool sendToWall();
    Q_INVOKABLE bool canSendToWall() const;
    // Opens a document directly (a file, a test).
    void show(const ScenarioDocument &document, const QString &key);

signals:
    void currentChanged();
    void editingChanged();
    void messageChanged();
    void busyChanged();
    void ready();

private:
    void setMessage(const QString &m);
    // Shows why something was not done, and returns it (the invokables' answer).
    QString refuse(const QString &message);
    const ScenarioDocument &shown() const;

    yw::shell::ModuleContext &m_context;
    ScenarioCatalog m_catalog;
    ScenarioRun m_run;
    CanvasEditor m_editor;
    QueryBuilder m_queryBuilder;
    ScenarioHistory m_history;
    QString m_key;
    qint64 m_storedId = 0;
    int m_draftVersion = 0;
    int m_publishedRevision = 0;
    QString m_message;
};

} // namespace yw::scenario
