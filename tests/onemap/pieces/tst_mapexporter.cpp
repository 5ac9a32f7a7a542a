// MapExporter: the canvas's view as a PNG of its size with something drawn, as a PDF page; a
// place that cannot be written, and no canvas at all, are told.
#include "mapcanvas.h"
#include "mapexporter.h"
#include "mapfixture.h"
#include "testregistry.h"

#include <QImage>
#include <QTemporaryDir>

using namespace yw;

class TestMapExporter : public QObject
{
    Q_OBJECT
private slots:
    void pngAndPdf()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        onemap::OneMapWorkspace ws(f.city.platform->context());
        ws.start();
        ws.waitUntilLoaded();
        mapview::MapCanvas canvas;
        canvas.setSize(QSizeF(640, 480));
        canvas.setLayers(ws.layers());
        QVERIFY(ws.showCity(&canvas));
        onemap::MapExporter exporter;
        QVERIFY(!exporter.exportTo(QUrl::fromLocalFile("/tmp/x.png")).isEmpty()); // no canvas
        exporter.setCanvas(&canvas);
        exporter.setLayers(ws.layers());
        QTemporaryDir dir;
        QCOMPARE(exporter.exportTo(QUrl::fromLocalFile(dir.filePath("map.png"))), QString());
        const QImage png(dir.filePath("map.png"));
        QCOMPARE(png.size(), QSize(640, 480));
        QSet<QRgb> colours;
        for (int y = 0; y < 480; y += 8)
            for (int x = 0; x < 640; x += 8)
                colours.insert(png.pixel(x, y));
        QVERIFY(colours.size() > 5); // the district and its legend, not just the background
        QCOMPARE(exporter.exportTo(QUrl::fromLocalFile(dir.filePath("map.pdf"))), QString());
        QFile pdf(dir.filePath("map.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(exporter.message().contains("map.pdf"));
        QVERIFY(!exporter.exportTo(QUrl::fromLocalFile("/nonexistent/dir/map.png")).isEmpty());
    }
};

YW_TEST_CLASS(TestMapExporter)
#include "tst_mapexporter.moc"
