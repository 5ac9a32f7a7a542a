// ScenarioEditor: every change undoable and redoable, arrow-key nudges of one selection one step,
// copy and paste with new ids beside the originals, removing and undoing keeps the drawing order,
// options set and cleared, the modified flag against the last save.
#include "scenarioeditor.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace yw::scenario;

namespace {
QStringList ids(const ScenarioDocument &d)
{
    QStringList out;
    for (const ScenarioWidget &w : d.widgets())
        out << w.id;
    return out;
}
} // namespace

class TestScenarioEditor : public QObject
{
    Q_OBJECT
private slots:
    void addMoveUndoRedo()
    {
        ScenarioEditor e(ScenarioDocument::blank(QStringLiteral("值班"), QSize(1920, 1080), ScenarioDocument::Theme::WallDark));
        QSignalSpy changed(&e, &ScenarioEditor::documentChanged);
        QVERIFY(!e.isModified());
        const QString kpi = e.addWidget(WidgetType::Kpi, QRectF(0, 0, 300, 150));
        const QString clock = e.addWidget(WidgetType::Clock, QRectF(1600, 0, 300, 100));
        QCOMPARE(kpi, QStringLiteral("kpi-1"));
        QCOMPARE(ids(e.document()), QStringList({"kpi-1", "clock-1"}));
        QCOMPARE(e.selection(), QStringList({"clock-1"}));
        QVERIFY(e.isModified());
        e.select({kpi});
        for (int i = 0; i < 10; ++i)
            e.moveSelected(1, 0); // ten arrow-key nudges
        QCOMPARE(e.document().widget(kpi)->geometry.x(), 10.0);
        QCOMPARE(e.undoStack().count(), 3); // add, add, one move
        e.undoStack().undo();
        QCOMPARE(e.document().widget(kpi)->geometry.x(), 0.0);
        e.undoStack().redo();
        QCOMPARE(e.document().widget(kpi)->geometry.x(), 10.0);
        e.setGeometry(clock, QRectF(1500, 0, 400, 120));
        QCOMPARE(e.document().widget(clock)->geometry, QRectF(1500, 0, 400, 120));
        e.markSaved();
        QVERIFY(!e.isModified());
        e.undoStack().undo();
        QVERIFY(e.isModified());
        QCOMPARE(e.document().widget(clock)->geometry, QRectF(1600, 0, 300, 100));
        QVERIFY(changed.count() >= 6);
    }

    void removeAndUndoKeepTheOrder()
    {
        ScenarioEditor e(ScenarioDocument::blank(QStringLiteral("x"), QSize(1920, 1080), ScenarioDocument::Theme::WallDark));
        for (WidgetType t : {WidgetType::Text, WidgetType::Bar, WidgetType::Table})
            e.addWidget(t, QRectF(0, 0, 100, 100));
        e.select({QStringLiteral("bar-1")});
        e.removeSelected();
        QCOMPARE(ids(e.document()), QStringList({"text-1", "table-1"}));
        QVERIFY(e.selection().isEmpty());
        e.undoStack().undo();
        QCOMPARE(ids(e.document()), QStringList({"text-1", "bar-1", "table-1"}));
    }

    void copyPasteGivesNewIdsBeside()
    {
        ScenarioEditor e(ScenarioDocument::blank(QStringLiteral("x"), QSize(1920, 1080), ScenarioDocument::Theme::WallDark));
        const QString bar = e.addWidget(WidgetType::Bar, QRectF(40, 40, 400, 300));
        e.setOption(bar, QStringLiteral("title"), QStringLiteral("各区在办"));
        const QString text = e.addWidget(WidgetType::Text, QRectF(500, 40, 200, 50));
        e.select({bar, text});
        const QByteArray clip = e.copySelected();
        const QStringList pasted = e.paste(clip);
        QCOMPARE(pasted, QStringList({"bar-2", "text-2"}));
        QCOMPARE(e.selection(), pasted);
        QCOMPARE(e.document().widget("bar-2")->geometry, QRectF(60, 60, 400, 300));
        QCOMPARE(e.document().widget("bar-2")->options.value("title").toString(), QStringLiteral("各区在办"));
        // Pasted again: new ids again, and one undo removes the whole paste.
        QCOMPARE(e.paste(clip), QStringList({"bar-3", "text-3"}));
        e.undoStack().undo();
        QCOMPARE(ids(e.document()), QStringList({"bar-1", "text-1", "bar-2", "text-2"}));
        QVERIFY(e.paste(QByteArray("not ours")).isEmpty());
        // An option cleared is gone, and back with undo.
        e.setOption(bar, QStringLiteral("title"), QJsonValue());
        QVERIFY(!e.document().widget(bar)->options.contains("title"));
        e.undoStack().undo();
        QVERIFY(e.document().widget(bar)->options.contains("title"));
        // The document as saved reads back.
        QVERIFY(ScenarioDocument::parse(e.document().toJson()));
    }

    // Sources and the title change in undoable steps too; widgets stay as they were.
    void sourcesAndTitleUndo()
    {
        ScenarioEditor e(ScenarioDocument::blank(QStringLiteral("x"), QSize(1920, 1080), ScenarioDocument::Theme::WallDark));
        const QString bar = e.addWidget(WidgetType::Bar, QRectF(40, 40, 400, 300));
        e.putSource({QStringLiteral("today"), QStringLiteral("cases"),
                     QJsonObject{{"groupBy", QJsonArray{"district"}}, {"aggregates", QJsonArray{QJsonObject{{"fn", "count"}, {"as", "n"}}}}}});
        QCOMPARE(e.document().sources().size(), 1);
        QCOMPARE(e.document().source("today")->raw.value("id").toString(), QStringLiteral("today"));
        e.setOption(bar, QStringLiteral("title"), QStringLiteral("各区"));
        e.setTitle(QStringLiteral("值班"));
        QCOMPARE(e.document().title(), QStringLiteral("值班"));
        e.undoStack().undo();
        QCOMPARE(e.document().title(), QStringLiteral("x"));
        QCOMPARE(e.document().widget(bar)->options.value("title").toString(), QStringLiteral("各区"));
        e.removeSource(QStringLiteral("today"));
        QVERIFY(!e.document().source("today"));
        e.undoStack().undo();
        QVERIFY(e.document().source("today"));
        auto read = ScenarioDocument::parse(e.document().toJson());
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value().source("today")->dataset, QStringLiteral("cases"));
    }
};

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenarioeditor.moc"
