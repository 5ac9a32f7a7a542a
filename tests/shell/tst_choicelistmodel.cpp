// ChoiceListModel: choices by key with a count; a new count changes that row in place (the view
// buttons stay), other keys reset the list.
#include "choicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using yw::shell::ChoiceListModel;

class TestChoiceListModel : public QObject
{
    Q_OBJECT
private slots:
    void countsChangeInPlace()
    {
        ChoiceListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setChoices({{"All", "全部", 10}, {"Overdue", "超时", 2}});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.indexOf("Overdue"), 1);
        QCOMPARE(m.indexOf("Muted"), -1);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setChoices({{"All", "全部", 11}, {"Overdue", "超时", 2}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(m.index(0).data(ChoiceListModel::CountRole).toInt(), 11);
        // The same again: nothing to tell.
        m.setChoices({{"All", "全部", 11}, {"Overdue", "超时", 2}});
        QCOMPARE(changed.count(), 1);
    }

    void otherKeysResetTheList()
    {
        ChoiceListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setChoices({{"All", "全部", 10}});
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy count(&m, &ChoiceListModel::countChanged);
        m.setChoices({{"Patrol", "监督员上报", 0}, {"Hotline12345", "12345热线", 0}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(count.count(), 1);
        QCOMPARE(m.index(1).data(ChoiceListModel::KeyRole).toString(), QStringLiteral("Hotline12345"));
        QCOMPARE(m.index(1).data(ChoiceListModel::NameRole).toString(), QStringLiteral("12345热线"));
        QCOMPARE(m.roleNames().value(ChoiceListModel::KeyRole), QByteArray("key"));
    }
};

QTEST_GUILESS_MAIN(TestChoiceListModel)
#include "tst_choicelistmodel.moc"
