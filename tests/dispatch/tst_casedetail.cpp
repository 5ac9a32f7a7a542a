// CaseDetail on a tiny city: the selected case's summary with names, the owner the rules propose
// and the time left; its history newest first; the board marks; photos added (and refused);
// a reload that keeps the forms, a new selection that resets them.
#include "casedetail.h"
#include "casemarks.h"
#include "dispatchparts.h"
#include "routingrepository.h"
#include "session.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yw;
using namespace yw::core;
using yw::dispatch::CaseDetail;
using yw::dispatch::CaseQueue;

class TestCaseDetail : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600))};

private slots:
    void initTestCase() { QVERIFY(m_backend.setUp().isEmpty()); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void showsTheSelectedCase()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        const auto c = city.reportGarbage(QStringLiteral("识字里路口暴露垃圾"));
        QVERIFY(c);
        QCOMPARE(city.as("shift"), QString());
        test::DispatchParts p(city);
        QVERIFY(!p.detail->summary().valid);
        QVERIFY(p.queue->refresh());
        QSignalSpy reset(p.detail.get(), &CaseDetail::formReset);
        p.detail->select(c->id);
        QCOMPARE(reset.count(), 1);
        const dispatch::CaseSummary s = p.detail->summary();
        QVERIFY(s.valid);
        QCOMPARE(s.caseId, c->id);
        QCOMPARE(s.caseNumber, c->caseNumber);
        QCOMPARE(s.classCode, QStringLiteral("06010"));
        QVERIFY(!s.className.isEmpty() && s.className != s.classCode); // the class's name
        QCOMPARE(s.stateKey, QStringLiteral("Reported"));
        QCOMPARE(s.state, displayName(CaseState::Reported));
        QVERIFY(s.owner.isEmpty());
        // Garbage in 芙蓉区 goes to its sanitation centre by the rules.
        QCOMPARE(s.proposedDepartmentId, city.sanitation);
        QCOMPARE(s.proposedOwner, QStringLiteral("芙蓉区环境卫生服务中心"));
        QVERIFY(!s.remaining.isEmpty());
        QVERIFY(s.supervision.isEmpty());
        QVERIFY(!s.boundary.valid); // no unit grids in this city: no boundary to be near
        QCOMPARE(p.detail->historyRows().rows().size(), 1);
        QCOMPARE(p.detail->historyRows().rows().first().who, QStringLiteral("intake"));

        // Acknowledged at another workstation: the board's re-read shows it, the form stays.
        store::CaseMarks marks(city.platform->database(), m_clock);
        QVERIFY(marks.acknowledge(city.platform->session().user(), c->id));
        QVERIFY(p.queue->refresh());
        QCOMPARE(p.detail->summary().acknowledgedBy, QStringLiteral("shift"));
        QCOMPARE(reset.count(), 1);

        // Another user signs in at this workstation: the forms start afresh.
        city.as("intake");
        QCOMPARE(reset.count(), 2);
        // An action through the service: the history grows newest first after a reload.
        QVERIFY(city.platform->context().cases->act(city.platform->session().user(), c->id, 1,
                                                    CaseAction::Accept, {}));
        p.detail->reload();
        QCOMPARE(p.detail->summary().stateKey, QStringLiteral("PendingFiling"));
        QCOMPARE(p.detail->historyRows().rows().size(), 3);
        QCOMPARE(p.detail->historyRows().rows().first().action, displayName(CaseAction::Accept));
        QCOMPARE(reset.count(), 2); // a reload keeps the forms

        // Nothing selected.
        p.detail->select(0);
        QVERIFY(!p.detail->summary().valid);
        QCOMPARE(p.detail->historyRows().rows().size(), 0);
        QCOMPARE(reset.count(), 3);
        // A case that does not exist shows nothing either.
        p.detail->select(987654);
        QVERIFY(!p.detail->summary().valid);
    }

    void photosAreAddedAndBadFilesRefused()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        const auto c = city.reportGarbage(QStringLiteral("带照片"));
        QVERIFY(c);
        QCOMPARE(city.as("shift"), QString());
        test::DispatchParts p(city);
        QSignalSpy notices(p.detail.get(), &CaseDetail::notice);
        QVERIFY(!p.detail->attach(QUrl::fromLocalFile("/nonexistent.png")).isEmpty()); // none selected
        p.detail->select(c->id);
        QTemporaryDir dir;
        QImage img(40, 30, QImage::Format_RGB32);
        img.fill(Qt::darkGreen);
        QVERIFY(img.save(dir.filePath("scene.png")));
        QFile text(dir.filePath("notes.jpg"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just text");
        text.close();
        QCOMPARE(p.detail->attach(QUrl::fromLocalFile(dir.filePath("scene.png"))), QString());
        QVERIFY(!p.detail->attach(QUrl::fromLocalFile(dir.filePath("notes.jpg"))).isEmpty());
        QVERIFY(!p.detail->attach(QUrl::fromLocalFile(dir.filePath("missing.png"))).isEmpty());
        QCOMPARE(p.detail->photoRows().rows().size(), 1);
        const dispatch::CasePhoto photo = p.detail->photoRows().rows().first();
        QCOMPARE(photo.name, QStringLiteral("scene.png"));
        QCOMPARE(photo.by, QStringLiteral("shift"));
        QVERIFY(QFile::exists(QUrl(photo.url).toLocalFile()));
        QVERIFY(notices.count() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestCaseDetail)
#include "tst_casedetail.moc"
