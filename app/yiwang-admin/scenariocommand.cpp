#include "scenariocommand.h"

#include "admindatabase.h"

#include "authservice.h"
#include "clock.h"
#include "database.h"
#include "scenariodiff.h"
#include "scenariodocument.h"
#include "scenariorepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace yw::admin {

using namespace yw::core;
using yw::scenario::ScenarioChange;
using yw::scenario::ScenarioDiff;
using yw::scenario::ScenarioDocument;
using yw::store::ScenarioRepository;

namespace {
const char *kUsage =
    "scenario list --db D\n"
    "scenario import FILE --db D [--name N] [--publish NOTE]\n"
    "scenario export --db D --name N [--revision R] --out FILE\n"
    "scenario history --db D --name N\n"
    "scenario diff --db D --name N --from R [--to R|draft]";

// The database owner at the command line, as AuthService names it.
User localAdmin()
{
    User u;
    u.login = QString::fromLatin1(yw::store::AuthService::kLocalAdmin);
    u.roles = Role::Admin;
    u.active = true;
    return u;
}

QString changeLine(const ScenarioChange &c)
{
    const char *sign = c.kind == ScenarioChange::Kind::Added     ? "+"
                       : c.kind == ScenarioChange::Kind::Removed ? "-"
                                                                 : "~";
    return QStringLiteral("%1 %2%3: %4")
        .arg(QLatin1String(sign), c.part, c.id.isEmpty() ? QString() : QStringLiteral(" ") + c.id, c.what);
}
} // namespace

int ScenarioCommand::fail(const QString &message)
{
    m_err << "yiwang-admin: " << message << Qt::endl;
    return 1;
}

int ScenarioCommand::usage(const QString &message)
{
    m_err << "yiwang-admin: " << message << "\nusage:\n" << kUsage << Qt::endl;
    return 2;
}

int ScenarioCommand::run(const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    for (const char *name : {"db", "name", "publish", "revision", "out", "from", "to"})
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("value")});
    if (!p.parse(QStringList{args.value(0)} + args.mid(2)))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("db")))
        return usage(QStringLiteral("--db is required"));
    auto db = openUpToDate(p.value(QStringLiteral("db")));
    if (!db)
        return fail(db.error().message);
    SystemClock clock;
    ScenarioRepository repo(*db.value(), clock);
    auto list = repo.list();
    if (!list)
        return fail(list.error().message);
    const QString name = p.value(QStringLiteral("name")).trimmed();
    auto find = [&](const QString &wanted) -> const ScenarioRepository::Summary * {
        for (const auto &s : list.value())
            if (s.name == wanted)
                return &s;
        return nullptr;
    };

    if (sub == QLatin1String("list")) {
        for (const auto &s : list.value())
            m_out << s.name << "\tdraft " << s.draftVersion << " by " << s.draftBy << " "
                  << s.draftAt.toString(Qt::ISODate) << "\tpublished "
                  << (s.publishedRevision > 0 ? QString::number(s.publishedRevision) : QStringLiteral("never"))
                  << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("import")) {
        const QString path = p.positionalArguments().value(0);
        if (path.isEmpty())
            return usage(QStringLiteral("import needs the file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        const QByteArray json = file.readAll();
        auto doc = ScenarioDocument::parse(json);
        if (!doc)
            return fail(QStringLiteral("%1: %2 (nothing imported)").arg(path, doc.error().message));
        for (const QString &n : doc.value().notices())
            m_out << "note: " << n << Qt::endl;
        const QString target = name.isEmpty() ? doc.value().title().trimmed() : name;
        if (target.isEmpty())
            return usage(QStringLiteral("the scenario has no title: give it a --name"));
        const User admin = localAdmin();
        qint64 id = 0;
        int version = 0;
        if (const ScenarioRepository::Summary *existing = find(target)) {
            id = existing->id;
            auto saved = repo.saveDraft(admin, existing->id, json, existing->draftVersion);
            if (!saved)
                return fail(saved.error().message);
            version = saved.value();
        } else {
            auto created = repo.create(admin, target, json);
            if (!created)
                return fail(created.error().message);
            id = created.value();
            version = 1;
        }
        m_out << target << ": draft version " << version << Qt::endl;
        if (p.isSet(QStringLiteral("publish"))) {
            auto published = repo.publish(admin, id, version, p.value(QStringLiteral("publish")));
            if (!published)
                return fail(published.error().message);
            m_out << target << ": published as revision " << published.value() << Qt::endl;
        }
        return 0;
    }
    if (name.isEmpty())
        return usage(QStringLiteral("%1 needs --name").arg(sub));
    const ScenarioRepository::Summary *summary = find(name);
    if (!summary && (sub == QLatin1String("export") || sub == QLatin1String("history") || sub == QLatin1String("diff")))
        return fail(QStringLiteral("no scenario named %1").arg(name));
    // A revision's document, or the draft's for "draft" or nothing.
    auto documentOf = [&](const QString &which) -> Result<QByteArray> {
        if (which.isEmpty() || which == QLatin1String("draft")) {
            auto d = repo.draft(summary->id);
            if (!d)
                return d.error();
            return d.value().document;
        }
        bool ok = false;
        const int r = which.toInt(&ok);
        if (!ok || r < 1)
            return Error::make(Error::Code::InvalidInput, QStringLiteral("a revision is a number from 1, or draft"));
        auto rev = repo.revision(summary->id, r);
        if (!rev)
            return rev.error();
        return rev.value().document;
    };
    if (sub == QLatin1String("export")) {
        if (!p.isSet(QStringLiteral("out")))
            return usage(QStringLiteral("export needs --out FILE"));
        auto json = documentOf(p.value(QStringLiteral("revision")));
        if (!json)
            return fail(json.error().message);
        QSaveFile out(p.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(json.value()) != json.value().size() || !out.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(p.value(QStringLiteral("out")), out.errorString()));
        m_out << "wrote " << p.value(QStringLiteral("out")) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("history")) {
        auto revisions = repo.revisions(summary->id);
        if (!revisions)
            return fail(revisions.error().message);
        m_out << "draft\tversion " << summary->draftVersion << " by " << summary->draftBy << " "
              << summary->draftAt.toString(Qt::ISODate) << Qt::endl;
        for (const auto &r : revisions.value())
            m_out << r.revision << "\t" << r.publishedBy << " " << r.publishedAt.toString(Qt::ISODate)
                  << (r.note.isEmpty() ? QString() : QStringLiteral("\t") + r.note) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("diff")) {
        if (!p.isSet(QStringLiteral("from")))
            return usage(QStringLiteral("diff needs --from R"));
        auto from = documentOf(p.value(QStringLiteral("from")));
        auto to = documentOf(p.value(QStringLiteral("to")));
        if (!from)
            return fail(from.error().message);
        if (!to)
            return fail(to.error().message);
        auto a = ScenarioDocument::parse(from.value());
        auto b = ScenarioDocument::parse(to.value());
        if (!a || !b)
            return fail((a ? b.error() : a.error()).message);
        const auto changes = ScenarioDiff::between(a.value(), b.value());
        for (const ScenarioChange &c : changes)
            m_out << changeLine(c) << Qt::endl;
        if (changes.isEmpty())
            m_out << "no changes" << Qt::endl;
        return 0;
    }
    return usage(sub.isEmpty() ? QStringLiteral("scenario needs a command")
                               : QStringLiteral("unknown scenario command '%1'").arg(sub));
}

} // namespace yw::admin
