#include "scenarioworkspace.h"

#include "navigator.h"

#include "backgroundread.h"
#include "modulecontext.h"
#include "scenariorepository.h"
#include "session.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>

namespace yw::scenario {

namespace {
constexpr const char *kLastKey = "scenario/last";
} // namespace

ScenarioWorkspace::ScenarioWorkspace(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_run(context)
{
    connect(&m_run, &ScenarioRun::readyChanged, this, [this] {
        emit busyChanged();
        if (m_run.ready())
            emit ready();
    });
    connect(&m_editor, &CanvasEditor::documentChanged, this, [this] {
        if (const ScenarioDocument *d = m_editor.document())
            m_run.update(*d); // the live preview
    });
    connect(&m_catalog, &ScenarioCatalog::failed, this, &ScenarioWorkspace::setMessage);
    m_queryBuilder.setEditor(&m_editor);
    if (context.session)
        connect(context.session, &yw::shell::Session::userChanged, this, &ScenarioWorkspace::currentChanged);
}

ScenarioWorkspace::~ScenarioWorkspace()
{
    m_run.stop();
}

void ScenarioWorkspace::start()
{
    m_catalog.reload(m_context.database->location());
    QString key = m_context.settings ? m_context.settings->value(QLatin1String(kLastKey)).toString() : QString();
    if (key.isEmpty() || !open(key)) {
        if (!ScenarioCatalog::templates().isEmpty())
            open(ScenarioCatalog::templates().first().key);
    }
}

bool ScenarioWorkspace::waitUntilReady(int timeoutMs)
{
    yw::shell::waitUntil([this] { return m_run.ready(); }, timeoutMs);
    return m_run.ready();
}

QString ScenarioWorkspace::revisionText() const
{
    if (m_storedId == 0)
        return m_key.startsWith(QLatin1String("template:")) ? tr("Template") : tr("Not saved");
    return m_publishedRevision > 0 ? tr("Draft %1 · published r%2").arg(m_draftVersion).arg(m_publishedRevision)
                                   : tr("Draft %1 · not published").arg(m_draftVersion);
}

bool ScenarioWorkspace::canEdit() const
{
    return m_context.session && m_context.session->isSignedIn()
           && yw::store::ScenarioRepository::mayEdit(m_context.session->user());
}

const ScenarioDocument &ScenarioWorkspace::shown() const
{
    return m_editor.document() ? *m_editor.document() : m_run.document();
}

void ScenarioWorkspace::show(const ScenarioDocument &document, const QString &key)
{
    if (m_editor.active()) {
        m_editor.end();
        emit editingChanged();
    }
    m_key = key;
    m_run.load(document);
    m_history.load(*m_context.database, *m_context.clock, m_storedId);
    if (!document.notices().isEmpty())
        setMessage(document.notices().join(QLatin1Char('\n')));
    emit currentChanged();
    emit busyChanged();
}

bool ScenarioWorkspace::open(const QString &key)
{
    QByteArray json;
    qint64 storedId = 0;
    int version = 0, published = 0;
    if (key.startsWith(QLatin1String("template:"))) {
        const ScenarioCatalog::Entry *e = m_catalog.find(key);
        if (!e)
            return false;
        json = e->document;
    } else if (key.startsWith(QLatin1String("stored:"))) {
        storedId = key.mid(7).toLongLong();
        auto draft = yw::store::ScenarioRepository(*m_context.database, *m_context.clock).draft(storedId);
        if (!draft) {
            setMessage(m_context.describe(draft.error()));
            return false;
        }
        json = draft.value().document;
        version = draft.value().summary.draftVersion;
        published = draft.value().summary.publishedRevision;
    } else {
        return false;
    }
    auto doc = ScenarioDocument::parse(json);
    if (!doc) {
        setMessage(tr("The scenario cannot be shown: %1").arg(doc.error().message));
        return false;
    }
    setMessage({});
    m_storedId = storedId;
    m_draftVersion = version;
    m_publishedRevision = published;
    show(doc.value(), key);
    if (m_context.settings)
        m_context.settings->setValue(QLatin1String(kLastKey), key);
    return true;
}

void ScenarioWorkspace::newScenario(const QString &preset)
{
    const bool wall = preset == QLatin1String("wall");
    const ScenarioDocument blank = ScenarioDocument::blank(tr("New scenario"), wall ? QSize(7680, 2160) : QSize(1920, 1080),
                                                           wall ? ScenarioDocument::Theme::WallDark
                                                                : ScenarioDocument::Theme::DeskLight);
    m_storedId = 0;
    m_draftVersion = 0;
    m_publishedRevision = 0;
    show(blank, QString());
    edit();
}

void ScenarioWorkspace::edit()
{
    if (!canEdit()) {
        setMessage(tr("Only administrators, shift leaders and leaders change scenarios."));
        return;
    }
    if (m_editor.active())
        return;
    m_editor.begin(m_run.document());
    emit editingChanged();
}

void ScenarioWorkspace::stopEditing(bool keep)
{
    if (!m_editor.active())
        return;
    const ScenarioDocument edited = *m_editor.document();
    m_editor.end();
    emit editingChanged();
    if (!keep)
        open(m_key);
    else
        m_run.update(edited);
}

QString ScenarioWorkspace::save()
{
    const ScenarioDocument &doc = shown();
    const yw::core::User &user = m_context.session->user();
    yw::store::ScenarioRepository repo(*m_context.database, *m_context.clock);
    const QByteArray json = doc.toJson();
    if (m_storedId == 0) {
        auto id = repo.create(user, doc.title(), json);
        if (!id)
            return refuse(m_context.describe(id.error()));
        m_storedId = id.value();
        m_draftVersion = 1;
        m_key = QStringLiteral("stored:%1").arg(m_storedId);
    } else {
        auto v = repo.saveDraft(user, m_storedId, json, m_draftVersion);
        if (!v && v.error().code == yw::core::Error::Code::Conflict) {
            // Who saved first, in the user's words; the edits stay on the screen.
            auto now = repo.draft(m_storedId);
            return refuse(now ? tr("Not saved: %1 saved version %2 of this scenario meanwhile. Your changes stay "
                                   "on the screen: export them to a file, or open the scenario again.")
                                    .arg(now.value().summary.draftBy)
                                    .arg(now.value().summary.draftVersion)
                              : m_context.describe(v.error()));
        }
        if (!v)
            return refuse(m_context.describe(v.error()));
        m_draftVersion = v.value();
    }
    m_editor.markSaved();
    if (m_context.settings)
        m_context.settings->setValue(QLatin1String(kLastKey), m_key);
    setMessage(tr("Saved."));
    m_catalog.reload(m_context.database->location());
    emit currentChanged();
    return {};
}

QString ScenarioWorkspace::publish(const QString &note)
{
    if (m_storedId == 0 || m_editor.modified()) {
        if (const QString m = save(); !m.isEmpty())
            return m;
    }
    auto r = yw::store::ScenarioRepository(*m_context.database, *m_context.clock)
                 .publish(m_context.session->user(), m_storedId, m_draftVersion, note);
    if (!r)
        return refuse(m_context.describe(r.error()));
    m_publishedRevision = r.value();
    m_history.load(*m_context.database, *m_context.clock, m_storedId);
    setMessage(tr("Published as revision %1.").arg(r.value()));
    m_catalog.reload(m_context.database->location());
    emit currentChanged();
    return {};
}

QString ScenarioWorkspace::restore(int revision)
{
    if (m_storedId == 0)
        return tr("Only a saved scenario has revisions.");
    auto v = yw::store::ScenarioRepository(*m_context.database, *m_context.clock)
                 .restore(m_context.session->user(), m_storedId, revision, m_draftVersion);
    if (!v)
        return refuse(m_context.describe(v.error()));
    open(m_key); // the restored draft, read back as the store keeps it
    setMessage(tr("Revision %1 is the draft again.").arg(revision));
    return {};
}

QString ScenarioWorkspace::exportTo(const QUrl &file)
{
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(shown().toJson()) < 0 || !out.commit())
        return refuse(tr("Cannot write %1: %2").arg(file.toLocalFile(), out.errorString()));
    setMessage(tr("Written to %1.").arg(file.toLocalFile()));
    return {};
}

QString ScenarioWorkspace::importFrom(const QUrl &file)
{
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly))
        return refuse(tr("Cannot read %1: %2").arg(file.toLocalFile(), in.errorString()));
    auto doc = ScenarioDocument::parse(in.read(yw::store::ScenarioRepository::kMaxDocumentBytes + 1));
    if (!doc)
        return refuse(tr("%1 is not a scenario: %2").arg(file.fileName(), doc.error().message));
    m_storedId = 0;
    m_draftVersion = 0;
    m_publishedRevision = 0;
    show(doc.value(), QString());
    return {};
}

QString ScenarioWorkspace::refuse(const QString &message)
{
    setMessage(message);
    return message;
}

void ScenarioWorkspace::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    emit messageChanged();
}

bool ScenarioWorkspace::canSendToWall() const
{
    return m_context.navigator && m_context.navigator->canSendToWall();
}

bool ScenarioWorkspace::sendToWall()
{
    if (!canSendToWall() || m_key.isEmpty())
        return false;
    return m_context.navigator->sendToWall(yw::shell::Navigator::WallContent::Scenario, m_key);
}

} // namespace yw::scenario
