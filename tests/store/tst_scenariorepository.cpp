// Scenarios in the case database: a draft saved under a version (a stale save from a second
// workstation refused, naming who changed it), revisions published and kept, an old revision
// restored as the draft, roles enforced in the store, bad documents refused with the reason,
// and every change in the audit log.
#include "scenariorepository.h"
#include "storefixture.h"

using namespace yw::core;
using namespace yw::store;

namespace {
QByteArray doc(const QString &title)
{
    return QStringLiteral(R"({"schemaVersion": 1, "title": "%1", "canvas": {"width": 1920, "height": 1080}, "widgets": []})")
        .arg(title)
        .toUtf8();
}

QStringList scenarioActions(const Database &db)
{
    QStringList out;
    for (const auto &e : AuditLog(db).latest(100).value())
        if (e.action.startsWith(QLatin1String("scenario.")))
            out.prepend(e.action);
    return out;
}
} // namespace

class TestScenarioRepository : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), "cluster"); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void draftPublishRestore()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        ScenarioRepository repo(*f.db, f.clock);
        const User &leader = f.user(Role::Leader);
        const User &shift = f.user(Role::ShiftLeader);
        auto id = repo.create(leader, QStringLiteral("  台风应对  "), doc(QStringLiteral("typhoon")));
        QVERIFY2(id, qPrintable(id.error().message));
        auto draft = repo.draft(id.value());
        QCOMPARE(draft.value().summary.name, QStringLiteral("台风应对"));
        QCOMPARE(draft.value().summary.draftVersion, 1);
        QCOMPARE(draft.value().summary.publishedRevision, 0);

        f.clock.advance(60);
        QCOMPARE(repo.saveDraft(shift, id.value(), doc(QStringLiteral("v2")), 1).value(), 2);
        QCOMPARE(repo.publish(shift, id.value(), 2, QStringLiteral("first for the wall")).value(), 1);
        f.clock.advance(60);
        QCOMPARE(repo.saveDraft(leader, id.value(), doc(QStringLiteral("v3")), 2).value(), 3);
        QCOMPARE(repo.publish(leader, id.value(), 3, QString()).value(), 2);
        // Publishing a draft that moved on since it was read is refused.
        auto stale = repo.publish(leader, id.value(), 2, QString());
        QCOMPARE(stale.error().code, Error::Code::Conflict);

        const auto revisions = repo.revisions(id.value()).value();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions[0].revision, 2); // newest first
        QCOMPARE(revisions[0].publishedBy, leader.login);
        QCOMPARE(revisions[1].publishedBy, shift.login);
        QCOMPARE(revisions[1].note, QStringLiteral("first for the wall"));
        QVERIFY(revisions[1].publishedAt < revisions[0].publishedAt);
        QCOMPARE(repo.revision(id.value(), 1).value().document, doc(QStringLiteral("v2")));

        // Restoring revision 1 makes it the draft again; the published revisions stay.
        QCOMPARE(repo.restore(shift, id.value(), 1, 3).value(), 4);
        draft = repo.draft(id.value());
        QCOMPARE(draft.value().document, doc(QStringLiteral("v2")));
        QCOMPARE(draft.value().summary.draftVersion, 4);
        QCOMPARE(draft.value().summary.draftBy, shift.login);
        QCOMPARE(draft.value().summary.publishedRevision, 2);
        QCOMPARE(repo.revisions(id.value()).value().size(), 2);
        QCOMPARE(repo.restore(shift, id.value(), 9, 4).error().code, Error::Code::NotFound);

        QCOMPARE(scenarioActions(*f.db),
                 QStringList({"scenario.create", "scenario.save", "scenario.publish", "scenario.save",
                              "scenario.publish", "scenario.restore"}));
    }

    void aStaleSaveFromAnotherWorkstationIsRefused()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        auto other = f.db->openAnother();
        QVERIFY2(other, qPrintable(other.error().message));
        ScenarioRepository here(*f.db, f.clock), there(*other.value(), f.clock);
        const User &leader = f.user(Role::Leader), &admin = f.user(Role::Admin);
        const qint64 id = here.create(leader, QStringLiteral("创文巡查"), doc(QStringLiteral("a"))).value();
        // Both open version 1; the other workstation saves first.
        QCOMPARE(there.saveDraft(admin, id, doc(QStringLiteral("theirs")), 1).value(), 2);
        auto mine = here.saveDraft(leader, id, doc(QStringLiteral("mine")), 1);
        QCOMPARE(mine.error().code, Error::Code::Conflict);
        QVERIFY2(mine.error().message.contains(admin.login), qPrintable(mine.error().message));
        QCOMPARE(here.draft(id).value().document, doc(QStringLiteral("theirs"))); // nothing lost
        QCOMPARE(here.saveDraft(leader, 777, doc(QStringLiteral("x")), 1).error().code, Error::Code::NotFound);
    }

    void rolesAreEnforcedInTheStore()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        ScenarioRepository repo(*f.db, f.clock);
        const qint64 id = repo.create(f.user(Role::Admin), QStringLiteral("值班总览"), doc(QStringLiteral("a"))).value();
        for (Role r : {Role::IntakeOperator, Role::Dispatcher, Role::DepartmentHandler, Role::FieldInspector,
                       Role::Trainer}) {
            const User &u = f.user(r);
            QCOMPARE(repo.create(u, QStringLiteral("x%1").arg(int(r)), doc(QStringLiteral("x"))).error().code,
                     Error::Code::Forbidden);
            QCOMPARE(repo.saveDraft(u, id, doc(QStringLiteral("x")), 1).error().code, Error::Code::Forbidden);
            QCOMPARE(repo.publish(u, id, 1, QString()).error().code, Error::Code::Forbidden);
        }
        User inactive = f.user(Role::Leader);
        inactive.active = false;
        QCOMPARE(repo.saveDraft(inactive, id, doc(QStringLiteral("x")), 1).error().code, Error::Code::Forbidden);
        // Reading is for everyone; nothing changed.
        QCOMPARE(repo.list().value().size(), 1);
        QCOMPARE(repo.draft(id).value().summary.draftVersion, 1);
        QVERIFY(scenarioActions(*f.db).contains(QStringLiteral("scenario.refused")));
    }

    void badDocumentsAreRefusedWithTheReason()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        ScenarioRepository repo(*f.db, f.clock);
        const User &leader = f.user(Role::Leader);
        auto notJson = repo.create(leader, QStringLiteral("a"), QByteArray("{\"schemaVersion\": 1,"));
        QCOMPARE(notJson.error().code, Error::Code::InvalidInput);
        QVERIFY2(notJson.error().message.contains(QLatin1String("not JSON")), qPrintable(notJson.error().message));
        QCOMPARE(repo.create(leader, QStringLiteral("a"), QByteArray("[1, 2]")).error().code, Error::Code::InvalidInput);
        auto noVersion = repo.create(leader, QStringLiteral("a"), QByteArray("{\"title\": \"x\"}"));
        QVERIFY(noVersion.error().message.contains(QLatin1String("schemaVersion")));
        QCOMPARE(repo.create(leader, QStringLiteral("a"), QByteArray("{\"schemaVersion\": 1.5}")).error().code,
                 Error::Code::InvalidInput);
        QByteArray huge = "{\"schemaVersion\": 1, \"text\": \"" + QByteArray(ScenarioRepository::kMaxDocumentBytes, 'x')
                          + "\"}";
        QCOMPARE(repo.create(leader, QStringLiteral("a"), huge).error().code, Error::Code::InvalidInput);
        QCOMPARE(repo.create(leader, QStringLiteral("   "), doc(QStringLiteral("x"))).error().code,
                 Error::Code::InvalidInput);
        QVERIFY(repo.create(leader, QStringLiteral("a"), doc(QStringLiteral("x"))));
        QCOMPARE(repo.create(leader, QStringLiteral("a"), doc(QStringLiteral("y"))).error().code, Error::Code::Conflict);
        QCOMPARE(repo.list().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScenarioRepository)
#include "tst_scenariorepository.moc"
