// The navigator: a request goes to the module that registered for it, whatever its id; with no
// such module, nothing is asked of the shell and the caller is told.
#include "navigator.h"

#include <QSignalSpy>
#include <QTest>

using yw::shell::Navigator;

class TestNavigator : public QObject
{
    Q_OBJECT
private slots:
    void nothingRegisteredRefusesAndOpensNothing()
    {
        Navigator n;
        QSignalSpy opened(&n, &Navigator::openRequested);
        QSignalSpy cases(&n, &Navigator::caseRequested);
        QVERIFY(!n.canShowCase());
        QVERIFY(!n.canReport());
        QVERIFY(!n.showCase(42));
        QVERIFY(!n.reportAt(112.98, 28.19));
        QVERIFY(!n.canShowOnMap());
        QVERIFY(!n.showOnMap(112.98, 28.19));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(cases.count(), 0);
    }

    void requestsGoToTheRegisteredModule()
    {
        Navigator n;
        QSignalSpy changed(&n, &Navigator::destinationsChanged);
        n.accept(Navigator::Destination::Case, QStringLiteral("casework"));
        n.accept(Navigator::Destination::ReportAt, QStringLiteral("desk"));
        QCOMPARE(changed.count(), 2);
        n.accept(Navigator::Destination::ReportAt, QStringLiteral("desk")); // no change
        QCOMPARE(changed.count(), 2);

        QSignalSpy opened(&n, &Navigator::openRequested);
        QSignalSpy cases(&n, &Navigator::caseRequested);
        QSignalSpy reports(&n, &Navigator::reportRequested);
        QVERIFY(n.showCase(42));
        QCOMPARE(cases.takeFirst().at(0).toLongLong(), 42);
        QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("casework"));
        QVERIFY(n.reportAt(112.98, 28.19));
        const QList<QVariant> r = reports.takeFirst();
        QCOMPARE(r.at(0).toDouble(), 112.98);
        QCOMPARE(r.at(1).toDouble(), 28.19);
        QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("desk"));
        n.accept(Navigator::Destination::MapAt, QStringLiteral("map"));
        QVERIFY(n.canShowOnMap());
        QSignalSpy places(&n, &Navigator::mapRequested);
        QVERIFY(n.showOnMap(113.01, 28.2));
        QCOMPARE(places.takeFirst().at(0).toDouble(), 113.01);
        QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("map"));
    }

    void theLastToRegisterWins()
    {
        Navigator n;
        n.accept(Navigator::Destination::Case, QStringLiteral("a"));
        n.accept(Navigator::Destination::Case, QStringLiteral("b"));
        QCOMPARE(n.handler(Navigator::Destination::Case), QStringLiteral("b"));
        QVERIFY(n.handler(Navigator::Destination::ReportAt).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNavigator)
#include "tst_navigator.moc"
