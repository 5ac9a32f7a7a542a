// IntakeDesk on a tiny city (no unit grids): the form as typed properties, the channels on
// offer, and every way a form is refused before anything is filed: no place, no class, a place
// name that is nothing known, a point outside the city, a photo that is not one. A refused form
// keeps what was typed; clear() and startAt() begin afresh.
#include "intakedesk.h"
#include "moduletestcity.h"
#include "routingrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yw;
using namespace yw::core;
using yw::dispatch::IntakeDesk;

class TestIntakeDesk : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600))};

    int caseCount(test::ModuleTestCity &city)
    {
        auto q = city.platform->database().exec("SELECT COUNT(*) FROM cases");
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_backend.setUp().isEmpty()); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void theFormIsTypedAndRefusalsFileNothing()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        QCOMPARE(city.as("intake"), QString());
        RoutingTable routing;
        routing.setRules(store::RoutingRepository(city.platform->database()).load().value());
        const QHash<qint64, QString> names{{city.sanitation, QStringLiteral("芙蓉区环境卫生服务中心")}};
        IntakeDesk desk(city.platform->context(), routing, names);

        // Every channel is offered; the hotline is the default at a desk.
        QCOMPARE(desk.sources()->rowCount(), int(enumValues<SourceChannel>().size()));
        QCOMPARE(desk.source(), QStringLiteral("Hotline12345"));
        desk.setSource(QStringLiteral("NotAChannel")); // ignored
        QCOMPARE(desk.source(), QStringLiteral("Hotline12345"));
        desk.setSource(QStringLiteral("Patrol"));
        QCOMPARE(desk.source(), QStringLiteral("Patrol"));
        // The class search is the desk's.
        desk.classSearch().setQuery(QStringLiteral("bllj"));
        QVERIFY(desk.classSearch().rowCount() >= 1);

        QSignalSpy result(&desk, &IntakeDesk::resultChanged);
        const int before = caseCount(city);
        // No place.
        desk.setClassCode(QStringLiteral("06010"));
        QVERIFY(!desk.preview());
        QVERIFY(!desk.result().error.isEmpty());
        QVERIFY(!desk.submit());
        // No class.
        desk.setClassCode(QString());
        desk.setPlace(QStringLiteral("113.0107, 28.1893"));
        QVERIFY(!desk.preview());
        QVERIFY(!desk.result().error.isEmpty());
        // A place name that is nothing known says what to give instead.
        desk.setClassCode(QStringLiteral("06010"));
        desk.setPlace(QStringLiteral("不存在的地方"));
        QVERIFY(!desk.preview());
        QVERIFY(desk.result().error.contains(QStringLiteral("不存在的地方")));
        // A point outside the city (Beijing).
        desk.setPlace(QStringLiteral("116.39, 39.90"));
        QVERIFY(!desk.submit());
        QVERIFY2(desk.result().error.contains("outside"), qPrintable(desk.result().error));
        // A photo that is not one stops the report before anything is filed.
        QTemporaryDir dir;
        QFile text(dir.filePath("notes.jpg"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just text");
        text.close();
        desk.setPlace(QStringLiteral("113.0107, 28.1893"));
        desk.addPhotos({QUrl::fromLocalFile(dir.filePath("notes.jpg"))});
        QCOMPARE(desk.photos().size(), 1);
        QVERIFY(!desk.submit());
        QVERIFY(desk.result().error.contains("notes.jpg"));
        QCOMPARE(caseCount(city), before);
        QVERIFY(result.count() >= 6);
        // What was typed stays for the operator to correct.
        QCOMPARE(desk.classCode(), QStringLiteral("06010"));
        QCOMPARE(desk.place(), QStringLiteral("113.0107, 28.1893"));

        // A map click starts afresh at its place.
        desk.setDescription(QStringLiteral("旧的描述"));
        desk.startAt(QStringLiteral("112.98, 28.19"));
        QCOMPARE(desk.place(), QStringLiteral("112.98, 28.19"));
        QVERIFY(desk.classCode().isEmpty() && desk.description().isEmpty() && desk.photos().isEmpty());
        QVERIFY(!desk.result().valid);
        desk.setUrgent(true);
        desk.clear();
        QVERIFY(!desk.urgent() && desk.place().isEmpty());
    }

    void filesAndMergesRepeats()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        QCOMPARE(city.as("intake"), QString());
        RoutingTable routing;
        routing.setRules(store::RoutingRepository(city.platform->database()).load().value());
        const QHash<qint64, QString> names{{city.sanitation, QStringLiteral("芙蓉区环境卫生服务中心")}};
        IntakeDesk desk(city.platform->context(), routing, names);
        auto fill = [&] {
            desk.setClassCode(QStringLiteral("06010"));
            desk.setPlace(QStringLiteral("113.0107, 28.1893")); // in the city's one unit grid
            desk.setDescription(QStringLiteral("识字里路口暴露垃圾"));
        };
        fill();
        QVERIFY2(desk.preview(), qPrintable(desk.result().error));
        QVERIFY(desk.result().place.contains(test::ModuleTestCity::gridCode()));
        QCOMPARE(desk.result().owner, QStringLiteral("芙蓉区环境卫生服务中心"));
        QCOMPARE(desk.result().duplicateCount, 0);
        QSignalSpy reported(&desk, &IntakeDesk::reported);
        QVERIFY2(desk.submit(), qPrintable(desk.result().error));
        const dispatch::IntakeResult first = desk.result();
        QVERIFY(first.filed() && first.caseNumber.size() == 13);
        QCOMPARE(reported.count(), 1);
        QVERIFY(desk.place().isEmpty()); // ready for the next call
        // The same again: the first is a candidate, 0 m away; filed as its repeat, merged.
        fill();
        QVERIFY(desk.preview());
        QCOMPARE(desk.duplicateRows().size(), 1);
        QCOMPARE(desk.duplicateRows().first().caseId, first.caseId);
        QCOMPARE(desk.duplicateRows().first().distance, 0);
        QVERIFY2(desk.submitAsDuplicate(first.caseId), qPrintable(desk.result().error));
        QCOMPARE(desk.result().mergedInto, first.caseNumber);
        QCOMPARE(city.platform->context().cases->get(desk.result().caseId)->state, CaseState::Merged);
        QVERIFY(desk.duplicateRows().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntakeDesk)
#include "tst_intakedesk.moc"
