// ScenarioDocument: a document of this schema read whole; one from a newer Yiwang or with parts
// this version does not know shown as far as it can, with a sentence for each thing it cannot
// show, and written back without losing them; what would make the screen wrong refused with the
// place and the reason.
#include "scenariodocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace yw::scenario;

namespace {
const QByteArray kTyphoon = R"({
  "schemaVersion": 1,
  "title": "台风应对",
  "canvas": {"width": 7680, "height": 2160, "theme": "wall-dark"},
  "sources": [
    {"id": "open_by_district", "dataset": "cases", "groupBy": ["district"], "aggregates": [{"count": "*"}]}
  ],
  "widgets": [
    {"id": "open", "type": "kpi", "x": 0, "y": 0, "width": 960, "height": 540, "source": "open_by_district",
     "options": {"label": "在办案件", "thresholds": [100, 200]}},
    {"id": "clock", "type": "clock", "x": 6720, "y": 0, "width": 960, "height": 270}
  ]
})";
} // namespace

class TestScenarioDocument : public QObject
{
    Q_OBJECT
private slots:
    void readsADocumentOfThisSchema()
    {
        auto d = ScenarioDocument::parse(kTyphoon);
        QVERIFY2(d, qPrintable(d.error().message));
        const ScenarioDocument &doc = d.value();
        QCOMPARE(doc.title(), QStringLiteral("台风应对"));
        QCOMPARE(doc.canvas(), QSize(7680, 2160));
        QCOMPARE(doc.theme(), ScenarioDocument::Theme::WallDark);
        QCOMPARE(doc.widgets().size(), 2);
        QCOMPARE(doc.widget("open")->type, WidgetType::Kpi);
        QCOMPARE(doc.widget("open")->geometry, QRectF(0, 0, 960, 540));
        QCOMPARE(doc.widget("open")->options.value("label").toString(), QStringLiteral("在办案件"));
        QCOMPARE(doc.source("open_by_district")->dataset, QStringLiteral("cases"));
        QVERIFY2(doc.notices().isEmpty(), qPrintable(doc.notices().join('\n')));
        // Written and read again: the same document.
        auto again = ScenarioDocument::parse(doc.toJson());
        QVERIFY(again);
        QCOMPARE(QJsonDocument::fromJson(again.value().toJson()), QJsonDocument::fromJson(doc.toJson()));
        QCOMPARE(QJsonDocument::fromJson(doc.toJson()), QJsonDocument::fromJson(kTyphoon));
    }

    void showsWhatItCanOfANewerDocument()
    {
        QJsonObject o = QJsonDocument::fromJson(kTyphoon).object();
        o["schemaVersion"] = 3;
        o["animations"] = QJsonArray{QJsonObject{{"widget", "open"}, {"kind", "pulse"}}};
        QJsonArray widgets = o["widgets"].toArray();
        widgets.append(QJsonObject{{"id", "radar"}, {"type", "radar3d"}, {"x", 960}, {"y", 0}, {"width", 960},
                                   {"height", 540}, {"tilt", 30}});
        QJsonObject open = widgets[0].toObject();
        open["glow"] = true; // a widget's part this version does not know
        widgets[0] = open;
        o["widgets"] = widgets;
        auto d = ScenarioDocument::parse(QJsonDocument(o).toJson());
        QVERIFY2(d, qPrintable(d.error().message));
        const QStringList notices = d.value().notices();
        QCOMPARE(notices.size(), 3);
        QVERIFY(notices.filter("newer Yiwang").size() == 1);
        QVERIFY(notices.filter("radar3d").size() == 1);
        QVERIFY(notices.filter("animations").size() == 1);
        // The rest shows: the known widgets are there, the unknown one as a placeholder.
        QCOMPARE(d.value().widgets().size(), 3);
        QCOMPARE(d.value().widget("radar")->type, WidgetType::Unknown);
        QCOMPARE(d.value().widget("open")->type, WidgetType::Kpi);
        // Moving a widget and saving loses nothing it did not understand.
        ScenarioDocument doc = d.value();
        ScenarioWidget moved = *doc.widget("open");
        moved.geometry.moveTo(40, 20);
        doc.putWidget(moved);
        const QJsonObject saved = QJsonDocument::fromJson(doc.toJson()).object();
        QCOMPARE(saved["schemaVersion"].toInt(), 3);
        QCOMPARE(saved["animations"].toArray().size(), 1);
        const QJsonArray savedWidgets = saved["widgets"].toArray();
        QCOMPARE(savedWidgets[0].toObject()["x"].toDouble(), 40.0);
        QCOMPARE(savedWidgets[0].toObject()["glow"].toBool(), true);
        QCOMPARE(savedWidgets[2].toObject()["type"].toString(), QStringLiteral("radar3d"));
        QCOMPARE(savedWidgets[2].toObject()["tilt"].toInt(), 30);
    }

    void notesWhatCannotBeShown()
    {
        QJsonObject o = QJsonDocument::fromJson(kTyphoon).object();
        QJsonObject canvas = o["canvas"].toObject();
        canvas["theme"] = "neon";
        o["canvas"] = canvas;
        QJsonArray widgets = o["widgets"].toArray();
        widgets.append(QJsonObject{{"id", "lost"}, {"type", "table"}, {"x", 9000}, {"y", 0}, {"width", 100},
                                   {"height", 100}, {"source", "nowhere"}});
        o["widgets"] = widgets;
        auto d = ScenarioDocument::parse(QJsonDocument(o).toJson());
        QVERIFY(d);
        const QString all = d.value().notices().join('\n');
        QVERIFY2(all.contains("neon") && all.contains("outside the canvas") && all.contains("nowhere"),
                 qPrintable(all));
        QCOMPARE(d.value().theme(), ScenarioDocument::Theme::WallDark);
    }

    void refusesWhatWouldMakeTheScreenWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"schemaVersion\": 1,") << "not JSON";
        QTest::newRow("array") << QByteArray("[]") << "JSON object";
        QTest::newRow("no version") << QByteArray(R"({"canvas": {"width": 1920, "height": 1080}})") << "schemaVersion";
        QTest::newRow("no canvas") << QByteArray(R"({"schemaVersion": 1})") << "canvas";
        QTest::newRow("tiny canvas") << QByteArray(R"({"schemaVersion": 1, "canvas": {"width": 10, "height": 1080}})")
                                     << "canvas";
        QTest::newRow("twice") << QByteArray(R"({"schemaVersion": 1, "canvas": {"width": 1920, "height": 1080},
            "widgets": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 10, "height": 10},
                        {"id": "a", "type": "clock", "x": 0, "y": 0, "width": 10, "height": 10}]})")
                               << "'a' is used twice";
        QTest::newRow("no place") << QByteArray(R"({"schemaVersion": 1, "canvas": {"width": 1920, "height": 1080},
            "widgets": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 0, "height": 10}]})")
                                  << "widget 'a'";
        QTest::newRow("source without dataset") << QByteArray(R"({"schemaVersion": 1,
            "canvas": {"width": 1920, "height": 1080}, "sources": [{"id": "s"}]})")
                                                << "sources[0]";
        QTest::newRow("control kind") << QByteArray(R"({"schemaVersion": 1, "canvas": {"width": 1920, "height": 1080},
            "controls": [{"name": "d", "kind": "planet"}]})") << "controls[0].kind";
        QTest::newRow("control twice") << QByteArray(R"({"schemaVersion": 1, "canvas": {"width": 1920, "height": 1080},
            "controls": [{"name": "d", "kind": "district"}, {"name": "d", "kind": "class"}]})") << "controls[1]";
        QTest::newRow("refresh") << QByteArray(R"({"schemaVersion": 1, "canvas": {"width": 1920, "height": 1080},
            "refreshSeconds": -5})") << "refreshSeconds";
    }

    // The pickers above the widgets and the refresh interval survive a round trip.
    void controlsAndRefresh()
    {
        auto d = ScenarioDocument::parse(R"({"schemaVersion": 1, "canvas": {"width": 1920, "height": 1080},
            "refreshSeconds": 30,
            "controls": [{"name": "district", "kind": "district", "title": "区", "value": "430102"},
                         {"name": "period", "kind": "period"}]})");
        QVERIFY2(d, qPrintable(d.error().message));
        QCOMPARE(d.value().refreshSeconds(), 30);
        QCOMPARE(d.value().controls().size(), 2);
        QCOMPARE(d.value().controls()[0].kind, ScenarioControl::Kind::District);
        QCOMPARE(d.value().controls()[0].value, QStringLiteral("430102"));
        QCOMPARE(d.value().controls()[1].kind, ScenarioControl::Kind::Period);
        QVERIFY(d.value().notices().isEmpty());
        auto again = ScenarioDocument::parse(d.value().toJson());
        QVERIFY(again);
        QCOMPARE(again.value().controls()[0].title, QStringLiteral("区"));
        QCOMPARE(again.value().refreshSeconds(), 30);
        QCOMPARE(ScenarioDocument::parse(R"({"schemaVersion": 1, "canvas": {"width": 1920, "height": 1080}})")
                     .value().refreshSeconds(), 60);
    }

    void refusesWhatWouldMakeTheScreenWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        auto d = ScenarioDocument::parse(json);
        QVERIFY(!d);
        QCOMPARE(d.error().code, yw::core::Error::Code::InvalidInput);
        QVERIFY2(d.error().message.contains(reason), qPrintable(d.error().message));
    }

    void thePublishedSchemaSaysWhatThisVersionReads()
    {
        // The schema shipped (resources/scenario/scenario.schema.json) and the reader agree on
        // the parts, the widget types and the version.
        QFile file(QStringLiteral(YW_RESOURCES_DIR "/scenario/scenario.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!schema.isEmpty());
        QVERIFY(schema["title"].toString().contains(QStringLiteral("schema version %1").arg(ScenarioDocument::kSchemaVersion)));
        QStringList parts = schema["properties"].toObject().keys();
        parts.sort();
        QCOMPARE(parts, QStringList({"canvas", "controls", "refreshSeconds", "schemaVersion", "sources", "title", "widgets"}));
        const QJsonArray kinds = schema["properties"]["controls"]["items"]["properties"]["kind"]["enum"].toArray();
        for (const QJsonValue &k : kinds) {
            ScenarioControl::Kind kind;
            QVERIFY2(ScenarioControl::kindFromName(k.toString(), &kind), qPrintable(k.toString()));
        }
        QCOMPARE(kinds.size(), 4);
        const QJsonArray types = schema["properties"]["widgets"]["items"]["properties"]["type"]["enum"].toArray();
        QCOMPARE(types.size(), int(WidgetType::Unknown));
        for (const QJsonValue &t : types)
            QVERIFY2(ScenarioWidget::typeFromName(t.toString()) != WidgetType::Unknown, qPrintable(t.toString()));
    }

    void aBlankScenarioIsADocument()
    {
        ScenarioDocument blank = ScenarioDocument::blank(QStringLiteral("值班"), QSize(1920, 1080),
                                                         ScenarioDocument::Theme::DeskLight);
        blank.putWidget({QStringLiteral("t"), WidgetType::Text, QStringLiteral("text"), QRectF(10, 10, 300, 80), {},
                         QJsonObject{{"text", "今日值班"}}, {}});
        auto read = ScenarioDocument::parse(blank.toJson());
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value().theme(), ScenarioDocument::Theme::DeskLight);
        QCOMPARE(read.value().widget("t")->options.value("text").toString(), QStringLiteral("今日值班"));
        QVERIFY(read.value().notices().isEmpty());
        QVERIFY(blank.removeWidget("t"));
        QVERIFY(!blank.removeWidget("t"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
