// CrossFilter: a click filters every other source whose dataset has the field, not the clicked
// one nor datasets without it; the same click again takes it off; another value of the field
// replaces it; two fields combine; Esc clears.
#include "crossfilter.h"

#include <QSignalSpy>
#include <QTest>

using namespace yw::core;
using yw::scenario::CrossFilter;

namespace {
DatasetQuery on(const char *dataset)
{
    DatasetQuery q;
    q.dataset = QString::fromLatin1(dataset);
    return q;
}
} // namespace

class TestCrossFilter : public QObject
{
    Q_OBJECT
private slots:
    void aClickFiltersTheOthers()
    {
        CrossFilter f;
        QSignalSpy changed(&f, &CrossFilter::changed);
        const DatasetQuery byDistrict = on("cases"), table = on("cases"), events = on("case_events"),
                           devices = on("devices");
        f.click(QStringLiteral("by_district"), QStringLiteral("district"), QStringLiteral("430104"), QStringLiteral("区: 岳麓区"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.active().size(), 1);
        QCOMPARE(f.active()[0].label, QStringLiteral("区: 岳麓区"));
        // The clicked chart stays whole; the table and the events are filtered; devices have
        // no district.
        QVERIFY(f.applied("by_district", byDistrict).filters.isEmpty());
        const DatasetQuery t = f.applied("table", table);
        QCOMPARE(t.filters.size(), 1);
        QCOMPARE(t.filters[0].field, QStringLiteral("district"));
        QCOMPARE(t.filters[0].values, QVariantList({QStringLiteral("430104")}));
        QCOMPARE(f.applied("events", events).filters.size(), 1);
        QVERIFY(f.applied("devices", devices).filters.isEmpty());
        QVERIFY(f.filters("table", table) && !f.filters("devices", devices) && !f.filters("by_district", byDistrict));

        // Another district replaces it; a class adds to it.
        f.click(QStringLiteral("by_district"), QStringLiteral("district"), QStringLiteral("430102"));
        f.click(QStringLiteral("by_class"), QStringLiteral("class_code"), QStringLiteral("06010"));
        QCOMPARE(f.active().size(), 2);
        QCOMPARE(f.applied("table", table).filters.size(), 2);
        QCOMPARE(f.applied("by_district", byDistrict).filters.size(), 1); // the class only
        // The same click again takes it off.
        f.click(QStringLiteral("by_class"), QStringLiteral("class_code"), QStringLiteral("06010"));
        QCOMPARE(f.active().size(), 1);
        // Esc.
        f.clear();
        QVERIFY(f.active().isEmpty());
        QVERIFY(f.applied("table", table).filters.isEmpty());
        const int before = changed.count();
        f.clear(); // nothing to clear: no signal
        QCOMPARE(changed.count(), before);
    }

    void theQueryKeepsItsOwnFilters()
    {
        CrossFilter f;
        DatasetQuery q = on("cases");
        q.filters << DatasetFilter{QStringLiteral("state"), DatasetFilter::Op::NotEquals, {QStringLiteral("Closed")}, {}};
        f.click(QStringLiteral("other"), QStringLiteral("district"), QStringLiteral("430102"));
        const DatasetQuery applied = f.applied("mine", q);
        QCOMPARE(applied.filters.size(), 2);
        QCOMPARE(applied.filters[0].field, QStringLiteral("state"));
        QVERIFY(f.applied("mine", on("no such dataset")).filters.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrossFilter)
#include "tst_crossfilter.moc"
