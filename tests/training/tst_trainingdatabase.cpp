// Training databases: made from a production snapshot with citizens' personal data masked, and
// the training mark that keeps production and training clients apart, both ways.
#include "auditlog.h"
#include "intakelog.h"
#include "moduletestcity.h"
#include "personaldatamask.h"
#include "trainingdatabasemaker.h"

#include <QtTest>

using namespace yw;
using namespace yw::core;
using namespace yw::store;

class TestTrainingDatabase : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    ManualClock m_clock{QDateTime(QDate(2026, 6, 3), QTime(2, 0), Qt::UTC)};

    // A second database on the backend under test, for the copy.
    DatabaseLocation target(const QString &name)
    {
        if (!m_backend.isPostgres())
            return DatabaseLocation::sqliteFile(m_backend.tempPath(name + QStringLiteral(".sqlite")));
        const QString err = m_backend.cluster().createDatabase(name);
        if (!err.isEmpty())
            qWarning() << err;
        return DatabaseLocation::parse(m_backend.cluster().url(name)).value();
    }

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), "backend"); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void masksLikeAReceipt()
    {
        QCOMPARE(PersonalDataMask::name(QStringLiteral("张三丰")), QStringLiteral("张**"));
        QCOMPARE(PersonalDataMask::phone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
        QCOMPARE(PersonalDataMask::text(QStringLiteral("市民来电13812345678，身份证430102199001011234，"
                                                       "座机0731-84561234；案卷20260603001号")),
                 QStringLiteral("市民来电138****5678，身份证430102********1234，座机0731-****1234；"
                                "案卷20260603001号"));
        // A component code (17 digits) and a grid code (15) are not phone numbers.
        QVERIFY(!PersonalDataMask::hasPersonalData(QStringLiteral("部件43010201037000001 网格430102001001001")));
        QCOMPARE(PersonalDataMask::record(QStringLiteral(R"({"caller":"李四","tel":"13900001111","text":"井盖丢失"})")),
                 QStringLiteral(R"({"caller":"李*","tel":"139****1111","text":"井盖丢失"})"));
        const QString plain = QStringLiteral(R"({"text": "no one here"})");
        QCOMPARE(PersonalDataMask::record(plain), plain);
    }

    // A snapshot of a working production database: the copy has the cases and history, every
    // citizen's name and number masked, the append-only guard back on, and the training mark;
    // the production database is as it was.
    void snapshotIsMaskedAndMarked()
    {
        test::ModuleTestCity city;
        QVERIFY2(city.open(m_backend, m_clock).isEmpty(), "city");
        QVERIFY(city.as(QStringLiteral("intake")).isEmpty());
        CaseRecord d;
        d.source = SourceChannel::Hotline12345;
        d.classCode = QStringLiteral("06010");
        d.description = QStringLiteral("王女士来电 13812345678：垃圾堆了三天");
        d.hasLocation = true;
        d.longitude = 113.0107;
        d.latitude = 28.1893;
        d.gridCode = test::ModuleTestCity::gridCode();
        d.reporterName = QStringLiteral("王小红");
        d.reporterPhone = QStringLiteral("13812345678");
        auto c = city.platform->context().cases->report(city.platform->session().user(), d);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        ActionParams note;
        note.note = QStringLiteral("已回电 13812345678");
        QVERIFY(city.platform->context().cases->act(city.platform->session().user(), c.value().id,
                                                    c.value().version, CaseAction::SendVerify, note));
        IntakeLog::Entry raw;
        raw.receivedAt = m_clock.now();
        raw.source = QStringLiteral("hotline12345");
        raw.channel = QStringLiteral("Hotline12345");
        raw.outcome = QStringLiteral("reported");
        raw.caseId = c.value().id;
        raw.payload = QStringLiteral(R"({"caller":"王小红","phone":"13812345678","text":"垃圾"})");
        QVERIFY(IntakeLog(city.platform->database()).append(raw));
        const DatabaseLocation production = city.platform->database().location();
        city.platform.reset();

        const DatabaseLocation copy = target(QStringLiteral("training_copy"));
        auto made = training::TrainingDatabaseMaker::fromSnapshot(production, copy);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(made.value().masked.cases, 1);
        QCOMPARE(made.value().masked.events, 1);
        QCOMPARE(made.value().masked.intakeRecords, 1);

        auto db = Database::open(copy, Database::OpenMode::Existing).value();
        QVERIFY(db->isTraining());
        QVERIFY(db->metaValue(QStringLiteral("training_origin")).contains(production.displayName()));
        auto row = db->exec(QStringLiteral("SELECT reporter_name, reporter_phone, description FROM cases"));
        QVERIFY(row && row.value().next());
        QCOMPARE(row.value().value(0).toString(), QStringLiteral("王**"));
        QCOMPARE(row.value().value(1).toString(), QStringLiteral("138****5678"));
        QCOMPARE(row.value().value(2).toString(), QStringLiteral("王女士来电 138****5678：垃圾堆了三天"));
        row.value().finish();
        auto ev = db->exec(QStringLiteral("SELECT note FROM case_events WHERE action = 'SendVerify'"));
        QVERIFY(ev && ev.value().next());
        QCOMPARE(ev.value().value(0).toString(), QStringLiteral("已回电 138****5678"));
        ev.value().finish();
        auto log = db->exec(QStringLiteral("SELECT payload FROM intake_log"));
        QVERIFY(log && log.value().next());
        QVERIFY(!log.value().value(0).toString().contains(QStringLiteral("13812345678")));
        QVERIFY(!log.value().value(0).toString().contains(QStringLiteral("王小红")));
        log.value().finish();
        // The history is append-only again in the copy.
        QVERIFY(!db->exec(QStringLiteral("UPDATE case_events SET note = 'x'")));
        db.reset();

        auto prod = Database::open(production, Database::OpenMode::Existing).value();
        QVERIFY(!prod->isTraining());
        auto orig = prod->exec(QStringLiteral("SELECT reporter_phone FROM cases"));
        QVERIFY(orig && orig.value().next());
        QCOMPARE(orig.value().value(0).toString(), QStringLiteral("13812345678"));
        orig.value().finish();
        prod.reset();

        // A production client refuses the copy, a training client the production database,
        // each saying what to do, and neither writes anything.
        shell::Platform::Options production_client;
        auto refused = shell::Platform::create(copy, m_clock, production_client);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::WrongPurpose);
        QVERIFY2(refused.error().message.contains(QStringLiteral("--training")), qPrintable(refused.error().message));
        shell::Platform::Options training_client;
        training_client.training = true;
        auto refused2 = shell::Platform::create(production, m_clock, training_client);
        QVERIFY(!refused2);
        QCOMPARE(refused2.error().code, Error::Code::WrongPurpose);
        QVERIFY2(refused2.error().message.contains(QStringLiteral("training create")),
                 qPrintable(refused2.error().message));
        QVERIFY(!Database::open(production, Database::OpenMode::Existing).value()->isTraining());
        auto accepted = shell::Platform::create(copy, m_clock, training_client);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
        QVERIFY(accepted.value()->context().training);

        // A copy onto a database that is not empty (or a file that exists) is refused and leaves it be.
        auto again = training::TrainingDatabaseMaker::fromSnapshot(production, copy);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::InvalidInput);
        QVERIFY(accepted.value()->database().isTraining());
    }

    // A training client makes a new, empty database a training one; a production client then
    // refuses it. Copies between backends are refused with the reason.
    void newTrainingDatabaseAndMixedBackends()
    {
        const DatabaseLocation fresh = m_backend.fresh();
        shell::Platform::Options training_client;
        training_client.training = true;
        {
            auto p = shell::Platform::create(fresh, m_clock, training_client);
            QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
            QVERIFY(p.value()->database().isTraining());
        }
        QCOMPARE(shell::Platform::create(fresh, m_clock).error().code, Error::Code::WrongPurpose);
        const DatabaseLocation other = m_backend.isPostgres()
                                           ? DatabaseLocation::sqliteFile(m_backend.tempPath(QStringLiteral("x.sqlite")))
                                           : DatabaseLocation::parse(QStringLiteral("postgresql://u@127.0.0.1:1/x")).value();
        auto mixed = training::TrainingDatabaseMaker::fromSnapshot(fresh, other);
        QVERIFY(!mixed);
        QVERIFY(mixed.error().message.contains(QStringLiteral("different kinds")));
        QVERIFY(!QFileInfo::exists(m_backend.tempPath(QStringLiteral("x.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestTrainingDatabase)
#include "tst_trainingdatabase.moc"
