// Nearest component of a class within a radius (in metres), and the box query, against brute force.
#include "componentindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace yw::gis;

class TestComponentIndex : public QObject
{
    Q_OBJECT

private slots:
    void nearestOfAClassWithinARadius()
    {
        const LocalProjection proj(113.0, 28.2);
        std::vector<ComponentIndex::Entry> entries;
        QRandomGenerator rng(11);
        const QStringList classes{QStringLiteral("01001"), QStringLiteral("01002"),
                                  QStringLiteral("02001")};
        for (uint32_t i = 0; i < 20000; ++i)
            entries.push_back({113.0 + rng.generateDouble() * 0.05,
                               28.2 + rng.generateDouble() * 0.05, classes[int(i % 3)], i});
        ComponentIndex index;
        index.build(entries, proj);
        QCOMPARE(index.size(), size_t(20000));
        for (int k = 0; k < 300; ++k) {
            const double lon = 113.0 + rng.generateDouble() * 0.05,
                         lat = 28.2 + rng.generateDouble() * 0.05;
            const QString cls = classes[k % 3];
            const double radius = 20 + k % 5 * 20;
            int64_t expected = -1;
            double best = radius;
            for (const auto &e : entries) {
                if (e.classCode != cls)
                    continue;
                const double d = proj.distanceM(Point(lon, lat), Point(e.lon, e.lat));
                if (d <= best) {
                    best = d;
                    expected = e.row;
                }
            }
            QCOMPARE(index.nearest(lon, lat, cls, radius), expected);
        }
        QCOMPARE(index.nearest(113.01, 28.21, QStringLiteral("99999"), 1000), int64_t(-1));
    }

    void distancesAreMetres()
    {
        const LocalProjection proj(113.0, 28.2);
        ComponentIndex index;
        // 0.001° of latitude is about 111 m.
        index.build({{113.0, 28.201, QStringLiteral("01001"), 5}}, proj);
        QCOMPARE(index.nearest(113.0, 28.2, QStringLiteral("01001"), 120), int64_t(5));
        QCOMPARE(index.nearest(113.0, 28.2, QStringLiteral("01001"), 100), int64_t(-1));
        QCOMPARE(index.nearest(113.0, 28.2, QString(), 120), int64_t(5));
    }

    void boxQuery()
    {
        const LocalProjection proj(113.0, 28.2);
        ComponentIndex index;
        index.build({{113.001, 28.201, "01001", 1},
                     {113.002, 28.202, "01001", 2},
                     {113.01, 28.21, "01001", 3}},
                    proj);
        auto rows = index.inBox(Box(Point(113.0, 28.2), Point(113.005, 28.205)));
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (std::vector<uint32_t>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestComponentIndex)
#include "tst_componentindex.moc"
