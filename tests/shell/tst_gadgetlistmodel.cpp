// GadgetListModel: a gadget's properties are the roles, by name, in declaration order; rows are
// the values given; the model passes Qt's own model checks.
#include "gadgetlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
class Row
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int count MEMBER count)
    Q_PROPERTY(bool flag MEMBER flag)
public:
    QString name;
    int count = 0;
    bool flag = false;
};
} // namespace

class TestGadgetListModel : public QObject
{
    Q_OBJECT
private slots:
    void rolesAreTheGadgetsProperties()
    {
        yw::shell::GadgetListModel<Row> m;
        const QHash<int, QByteArray> roles = m.roleNames();
        QCOMPARE(roles.size(), 3);
        QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("name"));
        QCOMPARE(roles.value(Qt::UserRole + 2), QByteArray("count"));
        QCOMPARE(roles.value(Qt::UserRole + 3), QByteArray("flag"));
    }

    void rowsReadBackThroughTheirRoles()
    {
        yw::shell::GadgetListModel<Row> m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.setRows({Row{QStringLiteral("甲"), 3, true}, Row{QStringLiteral("乙"), 5, false}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0).data(Qt::UserRole + 1).toString(), QStringLiteral("甲"));
        QCOMPARE(m.index(1).data(Qt::UserRole + 2).toInt(), 5);
        QCOMPARE(m.index(0).data(Qt::UserRole + 3).toBool(), true);
        // Unknown roles and rows give nothing.
        QVERIFY(!m.index(0).data(Qt::UserRole + 4).isValid());
        QVERIFY(!m.index(0).data(Qt::DisplayRole).isValid());
        QVERIFY(!m.index(2).isValid());
        QCOMPARE(m.row(1).name, QStringLiteral("乙"));
        // One row as its typed value, for QML code that reads rows one by one.
        QCOMPARE(m.at(1).value<Row>().count, 5);
        QVERIFY(!m.at(2).isValid());
        QCOMPARE(m.count(), 2);
        QSignalSpy count(&m, &yw::shell::RowListModel::countChanged);
        m.setRows({Row{QStringLiteral("丙"), 1, false}, Row{QStringLiteral("丁"), 2, false}});
        QCOMPARE(count.count(), 0); // as many rows as before
        m.setRows({});
        QCOMPARE(count.count(), 1);
        QVERIFY(m.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGadgetListModel)
#include "tst_gadgetlistmodel.moc"
