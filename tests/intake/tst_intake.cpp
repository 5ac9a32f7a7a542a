// The intake pipeline on the small demo city, both backends: the place completes the area chain,
// the routing rules propose the owner (the component's maintainer for component cases),
// duplicates are found by class, radius and time window, and bad reports are refused.
#include "intakefixture.h"

#include "boundaryadvisor.h"
#include "caserepository.h"
#include "localprojection.h"

#include <QTest>

using namespace yw::core;
using yw::test::IntakeFixture;

class TestIntake : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;
    std::unique_ptr<IntakeFixture> m_f = std::make_unique<IntakeFixture>();
    IntakeFixture &f = *m_f;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "backend");
        const QString err = f.open(m_backend);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanupTestCase()
    {
        m_f.reset(); // close the database before the cluster stops
        m_backend.tearDown();
    }

    void placeCompletesTheAreaChainAndRouting()
    {
        const User op = f.user("intake01");
        QVERIFY(op.id > 0);
        auto out =
            f.intake->submit(op, IntakeFixture::draft("06010", 112.9823, 28.1963)); // 五一广场
        QVERIFY2(out, qPrintable(out.error().message));
        const CaseRecord &c = out->record;
        QVERIFY(c.id > 0);
        QCOMPARE(c.gridCode.size(), 15);
        QCOMPARE(c.communityCode, c.gridCode.left(12));
        QCOMPARE(c.districtCode, c.gridCode.left(6));
        QCOMPARE(f.locator->locate(112.9823, 28.1963).gridCode, c.gridCode);
        // 暴露垃圾 goes to the district's sanitation centre.
        QVERIFY(out->routing.isValid());
        auto q =
            f.db->exec("SELECT name FROM departments WHERE id = ?", {out->routing.departmentId});
        QVERIFY(q && q.value().next());
        QVERIFY2(q.value().value(0).toString().endsWith("环境卫生服务中心"),
                 qPrintable(q.value().value(0).toString()));
        QVERIFY(out->duplicates.isEmpty());
    }

    void duplicatesByClassRadiusAndWindow()
    {
        const User op = f.user("intake02");
        auto first =
            f.intake->submit(op, IntakeFixture::draft("09009", 112.9700, 28.2000)); // 机动车乱停放
        QVERIFY(first);
        // 30 m away, same class: a candidate, with its distance.
        auto near = f.intake->preview(op, IntakeFixture::draft("09009", 112.97030, 28.2000));
        QVERIFY(near);
        QCOMPARE(near->duplicates.size(), 1);
        QCOMPARE(near->duplicates.first().id, first->record.id);
        QVERIFY(near->duplicateDistancesM.first() > 25 && near->duplicateDistancesM.first() < 35);
        // Another class at the same spot, or 300 m away: none.
        QVERIFY(f.intake->preview(op, IntakeFixture::draft("06010", 112.9700, 28.2000))
                    ->duplicates.isEmpty());
        QVERIFY(f.intake->preview(op, IntakeFixture::draft("09009", 112.9730, 28.2000))
                    ->duplicates.isEmpty());
        // Parking moves on: after the 4-hour window the old report is no candidate.
        f.clock.advance(5 * 3600);
        QVERIFY(f.intake->preview(op, IntakeFixture::draft("09009", 112.97030, 28.2000))
                    ->duplicates.isEmpty());
        // A manhole cover stays: a week-long window.
        auto cover = f.intake->submit(op, IntakeFixture::draft("01002", 112.9600, 28.2100));
        QVERIFY(cover);
        f.clock.advance(3 * 24 * 3600);
        QCOMPARE(f.intake->preview(op, IntakeFixture::draft("01002", 112.96010, 28.2100))
                     ->duplicates.size(),
                 1);
    }

    void componentGivesPlaceAndMaintainer()
    {
        auto q =
            f.db->exec("SELECT id, lon, lat, maintainer_department_id, grid_code FROM components "
                       "WHERE class_code = '01002' ORDER BY id LIMIT 1");
        QVERIFY(q && q.value().next());
        CaseRecord d;
        d.source = SourceChannel::Patrol;
        d.componentId = q.value().value(0).toString();
        d.description = QStringLiteral("井盖破损");
        auto out = f.intake->preview(f.user("inspector001"), d);
        QVERIFY2(out, qPrintable(out.error().message));
        QCOMPARE(out->record.kind, TaxonomyKind::Component);
        QCOMPARE(out->record.classCode, QStringLiteral("01002"));
        QCOMPARE(out->record.longitude, q.value().value(1).toDouble());
        QCOMPARE(out->record.gridCode, q.value().value(4).toString());
        QVERIFY(out->routing.fromComponentOwner);
        QCOMPARE(out->routing.departmentId, q.value().value(3).toLongLong());
    }

    void badReportsAreRefused()
    {
        const User op = f.user("intake01");
        auto outside =
            f.intake->submit(op, IntakeFixture::draft("06010", 116.39, 39.90)); // Beijing
        QVERIFY(!outside);
        QCOMPARE(outside.error().code, Error::Code::InvalidInput);
        QVERIFY(outside.error().message.contains("outside the city"));
        CaseRecord noComponent;
        noComponent.componentId = QStringLiteral("43010201002999999");
        auto missing = f.intake->submit(op, noComponent);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains("No surveyed component"));
        auto unknown = f.intake->submit(op, IntakeFixture::draft("99999", 112.98, 28.19));
        QVERIFY(!unknown); // the case service checks the class
        // A department handler may not report.
        auto handler = f.intake->submit(f.user("h-d-sanitation-430102"),
                                        IntakeFixture::draft("06010", 112.98, 28.19));
        QVERIFY(!handler);
        QCOMPARE(handler.error().code, Error::Code::Forbidden);
    }

    void boundaryPromptNamesTheOwnerAcrossTheEdge()
    {
        yw::intake::BoundaryAdvisor advisor(*f.locator, f.routing);
        // Walk the grids' corners, 5 m inside, until one lies near ground another department
        // owns (rubbish goes to each district's sanitation centre: district edges qualify).
        const yw::gis::GridIndex &grids = f.locator->grids();
        CaseRecord c = IntakeFixture::draft("06010", 0, 0);
        QList<yw::intake::OwnerAlternative> found;
        qint64 proposed = 0;
        for (int i = 0; i < grids.size() && found.isEmpty(); ++i) {
            const yw::gis::Box &b = grids.bounds(i);
            const yw::gis::LocalProjection local(b.min_corner().x(), b.min_corner().y());
            c.longitude = b.min_corner().x() + 5 / local.metresPerDegreeLon();
            c.latitude = b.min_corner().y() + 5 / yw::gis::LocalProjection::kMetresPerDegree;
            const yw::gis::Location here = f.locator->locate(c.longitude, c.latitude);
            if (!here.isValid())
                continue;
            proposed = f.routing.route(c.classCode, here.gridCode, 0).departmentId;
            found = advisor.alternatives(c, 0, proposed, 30);
        }
        QVERIFY2(!found.isEmpty(), "no point near an ownership boundary in the demo city");
        const auto &alt = found.first();
        QVERIFY(alt.departmentId != proposed);
        QVERIFY(alt.distanceM >= 0 && alt.distanceM <= 30);
        QCOMPARE(f.routing.route(c.classCode, alt.gridCode, 0).departmentId, alt.departmentId);
        // The neighbour is listed among the nearby grids, nearest first.
        const auto near = f.locator->nearby(c.longitude, c.latitude, 30);
        QVERIFY(std::is_sorted(near.begin(), near.end(), [](const auto &a, const auto &b) {
            return a.distanceM < b.distanceM;
        }));
        QVERIFY(std::any_of(near.begin(), near.end(),
                            [&](const auto &g) { return g.gridCode == alt.gridCode; }));
        // A tighter radius than the distance, or a component's maintainer: no prompt.
        if (alt.distanceM > 1)
            QVERIFY(advisor.alternatives(c, 0, proposed, alt.distanceM / 2).isEmpty()
                    || advisor.alternatives(c, 0, proposed, alt.distanceM / 2).first().distanceM
                           <= alt.distanceM / 2);
        QVERIFY(advisor.alternatives(c, 12345, proposed, 30).isEmpty());
        c.hasLocation = false;
        QVERIFY(advisor.alternatives(c, 0, proposed, 30).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
