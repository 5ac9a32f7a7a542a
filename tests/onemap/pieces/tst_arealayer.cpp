// AreaLayer's tiles: drawn tile by tile (clipped, outlines in runs) they look as the outline
// drawn whole: dashes meet across tile edges, a tile inside an area is its fill, a name across an
// edge is drawn on both sides.
#include "arealayer.h"
#include "testregistry.h"
#include "tilerenderer.h"
#include "webmercator.h"

#include <QPainter>
#include <QTest>

using yw::map::AreaFeature;
using yw::map::AreaLayer;
using yw::map::TileKey;
using yw::map::TileRenderer;
using yw::map::WebMercator;

namespace {
const TileKey kLeft{17, 106650, 54620}; // street level in Changsha; kRight is its east neighbour
const TileKey kRight{17, 106651, 54620};

AreaFeature areaOf(const QPolygonF &ring, const QString &name = {})
{
    AreaFeature f;
    f.name = name;
    f.path.addPolygon(ring);
    f.path.closeSubpath();
    f.path.setFillRule(Qt::OddEvenFill);
    f.bounds = f.path.boundingRect();
    return f;
}

// A point of the left tile given in its pixels, in metres.
QPointF metresAt(double px, double py)
{
    return yw::map::tileTransform(kLeft).inverted().map(QPointF(px, py));
}

// Where the segment a→b (metres) is at pixel column x of the left tile: its row.
double metresToLeftPixels(const QPointF &a, const QPointF &b, double x)
{
    const QPointF pa = yw::map::tileTransform(kLeft).map(a), pb = yw::map::tileTransform(kLeft).map(b);
    return pa.y() + (pb.y() - pa.y()) * (x - pa.x()) / (pb.x() - pa.x());
}

QImage twoTiles(const AreaLayer &layer)
{
    QImage both(512, 256, QImage::Format_ARGB32_Premultiplied);
    both.fill(Qt::transparent);
    QPainter p(&both);
    for (const auto &[key, x] : {std::pair{kLeft, 0}, std::pair{kRight, 256}}) {
        const QImage tile = TileRenderer::renderNow(layer, key);
        if (!TileRenderer::isEmptyTile(tile))
            p.drawImage(x, 0, tile);
    }
    return both;
}

int differing(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            n += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q))
                     + std::abs(qAlpha(p) - qAlpha(q))
                 > 48;
        }
    return n;
}
} // namespace

class TestAreaLayer : public QObject
{
    Q_OBJECT
private slots:
    void dashesMeetAcrossTileEdges()
    {
        // A long thin area whose dashed outline starts far to the west and crosses both tiles
        // (with a kink, so that the dashes' phase at the edge depends on the whole way there).
        const QPolygonF ring({metresAt(-3000, 100), metresAt(-1200, 60), metresAt(700, 100),
                              metresAt(700, 180), metresAt(-3000, 180)});
        AreaLayer layer(QStringLiteral("streets"), QStringLiteral("Streets"),
                        AreaLayer::Style{QColor(0x90, 0xCA, 0xF9), 1.2, Qt::DashLine, 0, 99, {}});
        layer.setFeatures({areaOf(ring)});
        // The same outline drawn whole into one image.
        QImage whole(512, 256, QImage::Format_ARGB32_Premultiplied);
        whole.fill(Qt::transparent);
        {
            QPainter p(&whole);
            p.setRenderHint(QPainter::Antialiasing);
            QPen pen(QColor(0x90, 0xCA, 0xF9), 1.2, Qt::DashLine);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.drawPolygon(yw::map::tileTransform(kLeft).map(ring));
        }
        const QImage tiled = twoTiles(layer);
        // Dashes, not a line: along the top edge (y 85 to 96 here) ink and gaps alternate.
        int dashes = 0;
        bool before = false;
        for (int x = 0; x < 512; ++x) {
            const int y = int(std::lround(metresToLeftPixels(ring[1], ring[2], x)));
            int alpha = 0;
            for (int dy = -1; dy <= 1; ++dy)
                alpha = std::max(alpha, qAlpha(tiled.pixel(x, y + dy)));
            dashes += alpha > 128 && !before;
            before = alpha > 128;
        }
        QVERIFY2(dashes > 40, qPrintable(QString::number(dashes)));
        QVERIFY2(differing(tiled, whole) < 12, qPrintable(QString::number(differing(tiled, whole))));
    }

    void aTileInsideAnAreaIsItsFill()
    {
        QColor fill(0x42, 0xA5, 0xF5, 38);
        AreaFeature big = areaOf(QPolygonF({metresAt(-5000, -5000), metresAt(5000, -5000),
                                            metresAt(5000, 5000), metresAt(-5000, 5000)}));
        big.fill = fill;
        AreaLayer layer(QStringLiteral("districts"), QStringLiteral("Districts"),
                        AreaLayer::Style{QColor(0x90, 0xCA, 0xF9), 2.0, Qt::SolidLine, 0, 99, {}});
        layer.setFeatures({big});
        const QImage tile = TileRenderer::renderNow(layer, kLeft);
        const QRgb expected = fill.rgba64().premultiplied().toArgb32();
        for (const QPoint p : {QPoint(0, 0), QPoint(128, 128), QPoint(255, 255), QPoint(3, 250)})
            QCOMPARE(tile.pixel(p), expected);
    }

    void aNameAcrossAnEdgeIsDrawnOnBothSides()
    {
        // A small area 20 px west of the edge, named: its outline stays in the left tile, its
        // name (160 px wide) reaches into the right one.
        const QPolygonF small({metresAt(231, 120), metresAt(241, 120), metresAt(241, 130), metresAt(231, 130)});
        AreaLayer layer(QStringLiteral("communities"), QStringLiteral("Communities"),
                        AreaLayer::Style{QColor(0xB0, 0xBE, 0xC5), 1.0, Qt::SolidLine, 0, 15, {}});
        layer.setFeatures({areaOf(small, QStringLiteral("Wangyuehu Community Residents Committee"))});
        const QImage right = TileRenderer::renderNow(layer, kRight);
        QVERIFY(!TileRenderer::isEmptyTile(right));
        int ink = 0;
        for (int y = 115; y < 135; ++y)
            for (int x = 0; x < 40; ++x)
                ink += qAlpha(right.pixel(x, y)) > 0;
        QVERIFY2(ink > 10, qPrintable(QString::number(ink)));
        // Below the names' zoom the right tile has nothing.
        AreaLayer unnamed(QStringLiteral("communities"), QStringLiteral("Communities"),
                          AreaLayer::Style{QColor(0xB0, 0xBE, 0xC5), 1.0, Qt::SolidLine, 0, 18, {}});
        unnamed.setFeatures({areaOf(small, QStringLiteral("Wangyuehu Community Residents Committee"))});
        QVERIFY(TileRenderer::isEmptyTile(TileRenderer::renderNow(unnamed, kRight)));
        QVERIFY(!TileRenderer::isEmptyTile(TileRenderer::renderNow(unnamed, kLeft)));
    }
};

YW_TEST_CLASS(TestAreaLayer)
#include "tst_arealayer.moc"
