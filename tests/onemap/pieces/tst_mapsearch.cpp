// MapSearch and its filters: each kind has its form (13 digits a case, 16-17 a component, 15 a
// unit grid, anything else a place name), finds its thing and the canvas goes there; what is
// not there is told in a sentence.
#include "casenumberfilter.h"
#include "componentcodefilter.h"
#include "gridcodefilter.h"
#include "mapcanvas.h"
#include "mapfixture.h"
#include "mapsearch.h"
#include "placenamefilter.h"
#include "testregistry.h"

using namespace yw;

class TestMapSearch : public QObject
{
    Q_OBJECT
private slots:
    void eachFilterKnowsItsForm()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        store::Database &db = f.city.platform->database();
        onemap::CaseNumberFilter cases(db);
        onemap::ComponentCodeFilter components(db);
        onemap::GridCodeFilter grids(db);
        onemap::PlaceNameFilter places(db, *f.city.platform->context().areas);
        QVERIFY(cases.accepts("2026112300001") && !cases.accepts("202611230000") && !cases.accepts("识字里"));
        QVERIFY(components.accepts("43010201037000001") && components.accepts("4301020103700001")
                && !components.accepts("430102001001001"));
        QVERIFY(grids.accepts("430102001001001") && !grids.accepts("2026112300001"));
        QVERIFY(places.accepts("识字里") && places.accepts("sszl") && !places.accepts(""));
    }

    void findsAndGoesThere()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        auto c = f.city.reportGarbage("识字里路口暴露垃圾");
        QVERIFY(c);
        onemap::OneMapWorkspace ws(f.city.platform->context());
        mapview::MapCanvas canvas;
        canvas.setSize(QSizeF(800, 600));
        canvas.setCenter(112.9, 28.1, 11);
        onemap::MapSearch search;
        search.setCanvas(&canvas);
        search.setWorkspace(&ws);

        QCOMPARE(search.search(c->caseNumber), QString());
        QVERIFY(search.found());
        QVERIFY(std::abs(canvas.centerLon() - c->longitude) < 1e-6);
        QVERIFY(search.message().contains(c->caseNumber));

        QCOMPARE(search.search(test::ModuleTestCity::lampId()), QString());
        QVERIFY(std::abs(canvas.centerLon() - 113.0105) < 1e-6);

        canvas.setCenter(112.9, 28.1, 11);
        QCOMPARE(search.search(test::ModuleTestCity::gridCode()), QString());
        QVERIFY(test::ModuleTestCity::grid().contains(QPointF(canvas.centerLon(), canvas.centerLat())));
        QVERIFY(canvas.zoom() > 15);

        // A community by name: its outline is the grid's square.
        const QString community = f.city.platform->context().areas->find("430102001001")->name;
        canvas.setCenter(112.9, 28.1, 11);
        QCOMPARE(search.search(community), QString());
        QVERIFY(test::ModuleTestCity::grid().contains(QPointF(canvas.centerLon(), canvas.centerLat())));

        // Not there: a case number of no case, a component of none, a place of no name.
        const QPointF before(canvas.centerLon(), canvas.centerLat());
        QVERIFY(!search.search("2000010100001").isEmpty());
        QVERIFY(!search.found());
        QVERIFY(!search.search("43010201037999999").isEmpty());
        QVERIFY(!search.search("430102001001999").isEmpty());
        QVERIFY(search.search("没有这个地方").contains("没有这个地方"));
        QCOMPARE(QPointF(canvas.centerLon(), canvas.centerLat()), before);
        // Nothing typed: nothing done.
        QCOMPARE(search.search("  "), QString());
    }
};

YW_TEST_CLASS(TestMapSearch)
#include "tst_mapsearch.moc"
