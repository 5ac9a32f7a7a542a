// ScenarioDiff: two versions of a scenario compared part by part, in words.
#include "scenariodiff.h"

#include <QTest>

using namespace yw::scenario;
using Kind = ScenarioChange::Kind;

namespace {
ScenarioDocument read(const char *json)
{
    auto d = ScenarioDocument::parse(QByteArray(json));
    if (!d)
        qFatal("%s", qPrintable(d.error().message));
    return d.value();
}
} // namespace

class TestScenarioDiff : public QObject
{
    Q_OBJECT
private slots:
    void samePartsNoChanges()
    {
        const ScenarioDocument a = read(R"({"schemaVersion": 1, "title": "a", "canvas": {"width": 1920, "height": 1080},
            "widgets": [{"id": "w", "type": "kpi", "x": 0, "y": 0, "width": 100, "height": 50}]})");
        QVERIFY(ScenarioDiff::between(a, a).isEmpty());
    }

    void eachChangeInWords()
    {
        const ScenarioDocument before = read(R"({"schemaVersion": 1, "title": "巡查", "canvas": {"width": 1920, "height": 1080},
            "sources": [{"id": "s", "dataset": "cases"}, {"id": "old", "dataset": "devices"}],
            "widgets": [{"id": "kpi", "type": "kpi", "x": 0, "y": 0, "width": 100, "height": 50, "source": "s",
                         "options": {"label": "在办", "unit": "件"}},
                        {"id": "gone", "type": "clock", "x": 0, "y": 0, "width": 100, "height": 50}]})");
        const ScenarioDocument after = read(R"({"schemaVersion": 1, "title": "创文巡查", "canvas": {"width": 7680, "height": 2160, "theme": "desk-light"},
            "sources": [{"id": "s", "dataset": "cases", "filters": [{"field": "district", "equals": "430102"}]}],
            "widgets": [{"id": "kpi", "type": "kpi", "x": 40, "y": 0, "width": 200, "height": 50, "source": "s",
                         "options": {"label": "在办案件"}},
                        {"id": "map", "type": "map", "x": 0, "y": 100, "width": 800, "height": 600}]})");
        const QList<ScenarioChange> changes = ScenarioDiff::between(before, after);
        const QList<ScenarioChange> expected = {
            {Kind::Changed, "title", {}, "'巡查' → '创文巡查'"},
            {Kind::Changed, "canvas", {}, "1920 × 1080 → 7680 × 2160"},
            {Kind::Changed, "canvas", {}, "theme wall-dark → desk-light"},
            {Kind::Removed, "widget", "gone", "clock"},
            {Kind::Changed, "widget", "kpi", "moved from (0, 0) to (40, 0); resized from 100 × 50 to 200 × 50; "
                                             "label set; unit removed"},
            {Kind::Added, "widget", "map", "map"},
            {Kind::Removed, "source", "old", "devices"},
            {Kind::Changed, "source", "s",
             R"({"dataset":"cases","id":"s"} → {"dataset":"cases","filters":[{"equals":"430102","field":"district"}],"id":"s"})"},
        };
        if (changes != expected) {
            for (const ScenarioChange &c : changes)
                qWarning() << int(c.kind) << c.part << c.id << c.what;
        }
        QCOMPARE(changes.size(), expected.size());
        QVERIFY(changes == expected);
    }
};

QTEST_GUILESS_MAIN(TestScenarioDiff)
#include "tst_scenariodiff.moc"
