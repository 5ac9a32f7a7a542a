// IdentifyTool: a click names the case and the unit grid under it with their details; a
// rectangle counts what is in it; the hand-over goes through the navigator to whichever module
// accepts it, and says so when none does.
#include "identifytool.h"
#include "mapcanvas.h"
#include "mapfixture.h"
#include "navigator.h"
#include "testregistry.h"

#include <QSignalSpy>

using namespace yw;

class TestIdentifyTool : public QObject
{
    Q_OBJECT
private slots:
    void whatIsHere()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        auto c = f.city.reportGarbage("识字里路口暴露垃圾");
        QVERIFY(c);
        onemap::OneMapWorkspace ws(f.city.platform->context());
        ws.start();
        ws.waitUntilLoaded();
        mapview::MapCanvas canvas;
        canvas.setSize(QSizeF(800, 600));
        canvas.setLayers(ws.layers());
        canvas.setCenter(c->longitude, c->latitude, 18);
        onemap::IdentifyTool tool;
        tool.setCanvas(&canvas);
        tool.setWorkspace(&ws);
        QVERIFY(!tool.hasPlace());
        tool.identifyAt(400, 300);
        QVERIFY(tool.hasPlace());
        QVERIFY(std::abs(tool.place().x() - c->longitude) < 1e-6);
        const onemap::IdentifiedFeature *theCase = nullptr, *theGrid = nullptr;
        for (const auto &feature : tool.rows()) {
            if (feature.kind == "case")
                theCase = &feature;
            if (feature.id == test::ModuleTestCity::gridCode())
                theGrid = &feature;
        }
        QVERIFY(theCase && theGrid);
        QCOMPARE(theCase->caseId, c->id);
        QVERIFY(theCase->title.startsWith(c->caseNumber));
        QVERIFY(theCase->details.join('\n').contains("识字里路口暴露垃圾"));
        // The grid's path up to the district, by name.
        QVERIFY2(theGrid->details.size() >= 3, qPrintable(theGrid->details.join('|')));

        // The rectangle around the whole canvas: the case and the lamp.
        tool.selectIn(0, 0, 800, 600);
        QCOMPARE(tool.rows().first().kind, QStringLiteral("selection"));
        QCOMPARE(tool.lastSelection().cases, 1);
        QCOMPARE(tool.lastSelection().components, 1);
        QCOMPARE(tool.lastSelection().devices, 0);
        QCOMPARE(tool.rows().size(), 2); // the counts and the case
        QCOMPARE(tool.rows().at(1).caseId, c->id);

        // No module takes reports: refused. Once one does, the place goes to it.
        shell::Navigator &nav = f.city.platform->navigator();
        tool.identifyAt(400, 300);
        QVERIFY(!tool.reportHere());
        nav.accept(shell::Navigator::Destination::ReportAt, "desk");
        nav.accept(shell::Navigator::Destination::Case, "board");
        QSignalSpy report(&nav, &shell::Navigator::reportRequested);
        QSignalSpy opened(&nav, &shell::Navigator::caseRequested);
        QVERIFY(tool.reportHere());
        QCOMPARE(report.count(), 1);
        QVERIFY(std::abs(report.first().at(0).toDouble() - c->longitude) < 1e-6);
        QVERIFY(tool.openCase(c->id));
        QCOMPARE(opened.first().at(0).toLongLong(), c->id);
    }
};

YW_TEST_CLASS(TestIdentifyTool)
#include "tst_identifytool.moc"
