// yiwang-admin evaluate on the small demo city: a monthly report in each format. The PDF is
// rendered by pdftoppm, the XLSX read back by openpyxl (Debian's python3-openpyxl), the CSV's
// department figures checked against the SQL GROUP BY peer on the same database; bad periods,
// units, formats and files are refused with a reason.
#include "database.h"
#include "kpidefinitions.h"
#include "kpisqlaggregator.h"
#include "kpiperiod.h"

#include "programrun.h"
#include "workcalendar.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = yw::test::ProgramRun;
// The city's zone, from its work calendar (read when first asked: resources are registered by then).
QTimeZone cityZone()
{
    static const QTimeZone zone = yw::core::WorkCalendar::chinaMainland().timeZone();
    return zone;
}

Run run(const QString &program, const QStringList &args)
{
    return yw::test::runProgram(program, args);
}

Run admin(const QStringList &args)
{
    return run(QStringLiteral(YIWANG_ADMIN_BIN), args);
}

// Splits a CSV line without quoted commas (ours quotes only names that contain them).
QStringList cells(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (QChar ch : line) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (ch == QLatin1Char(',') && !quoted) {
            out << cur;
            cur.clear();
        } else
            cur += ch;
    }
    out << cur;
    return out;
}
} // namespace

class TestEvaluateCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path("demo.sqlite");
        const Run r = admin({"demo", "--out", m_db, "--scale", "small", "--seed", "5", "--end",
                             "2026-11-20"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void monthlyReportInEveryFormat()
    {
        {
            // The demo city comes with its facts; without them evaluate builds them first.
            auto db = yw::store::Database::open(yw::store::DatabaseLocation::sqliteFile(m_db),
                                                yw::store::Database::OpenMode::Existing);
            QVERIFY(db);
            QVERIFY(db.value()->exec("DELETE FROM kpi_tasks"));
            QVERIFY(db.value()->exec("DELETE FROM kpi_case_facts"));
        }
        Run r = admin({"evaluate", "--db", m_db, "--period", "2026-10", "--by", "department",
                       "--format", "csv", "--out", path("oct.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("2026-10-01 to 2026-10-31"));
        QVERIFY(r.err.contains("evaluation facts:")); // progress while the facts are built
        // The CSV's departments against the SQL peer.
        QFile csv(path("oct.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark spreadsheets need
        QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
        const QStringList header = cells(lines.takeFirst());
        auto db = yw::store::Database::open(yw::store::DatabaseLocation::sqliteFile(m_db),
                                            yw::store::Database::OpenMode::Existing);
        QVERIFY(db);
        const auto period = yw::evaluation::KpiPeriod::month(2026, 10);
        auto peer = yw::store::KpiSqlAggregator(*db.value()).byDepartment(period.fromMs(cityZone()), period.toMs(cityZone()));
        QVERIFY(peer);
        int departments = 0;
        qint64 handled = 0;
        for (const QString &line : lines) {
            const QStringList c = cells(line);
            QCOMPARE(c.size(), header.size());
            if (c[1] != QLatin1String("department"))
                continue;
            ++departments;
            const auto expected = peer->value(c[2].toLongLong());
            for (int i = 0; i < yw::evaluation::kCounterCount; ++i) {
                const QString id = QString::fromLatin1(yw::evaluation::definition(yw::evaluation::Counter(i)).id);
                if (id == QLatin1String("filed_in_area") || id == QLatin1String("missed"))
                    continue;
                QCOMPARE(c[header.indexOf(id)].toLongLong(), expected.value(id));
            }
            handled += c[header.indexOf("handled")].toLongLong();
        }
        QCOMPARE(departments, peer->size());
        QVERIFY(handled > 100);

        r = admin({"evaluate", "--db", m_db, "--period", "2026-10", "--by", "department", "--out",
                   path("oct.pdf")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(" 0 cases' facts rebuilt")); // up to date from the first run
        const QString pdftoppm = QStandardPaths::findExecutable("pdftoppm");
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm is missing: scripts/setup.sh installs poppler-utils");
        r = run(pdftoppm, {"-r", "40", "-png", path("oct.pdf"), path("page")});
        QCOMPARE(r.code, 0);
        const QStringList pages = QDir(m_dir.path()).entryList({"page*.png"});
        QVERIFY2(pages.size() >= 2, qPrintable(pages.join(',')));
        QImage first(path(pages.first()));
        QVERIFY(!first.isNull());
        // Something is drawn: the page is not blank.
        int inked = 0;
        for (int y = 0; y < first.height(); y += 4)
            for (int x = 0; x < first.width(); x += 4)
                inked += qGray(first.pixel(x, y)) < 200;
        QVERIFY(inked > 200);

        r = admin({"evaluate", "--db", m_db, "--period", "2026-W44", "--by", "district", "--out",
                   path("w44.xlsx"), "--lang", "en"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString python = QStandardPaths::findExecutable("python3", {"/usr/bin"});
        r = run(python, {"-c", "import openpyxl, sys\n"
                               "wb = openpyxl.load_workbook(sys.argv[1])\n"
                               "print('|'.join(wb.sheetnames))\n"
                               "ws = wb.worksheets[0]\n"
                               "print(ws.cell(4, 1).value, ws.max_row)\n"
                               "print(len(ws._charts))\n",
                         path("w44.xlsx")});
        QVERIFY2(r.code == 0, qPrintable(r.err + " (scripts/setup.sh installs python3-openpyxl)"));
        const QStringList said = r.out.split('\n');
        QCOMPARE(said.value(0), QStringLiteral("Ranking|All figures|Classes|Channels|Definitions"));
        QVERIFY2(said.value(1).startsWith("District "), qPrintable(said.value(1)));
        QVERIFY(said.value(1).section(' ', 1).toInt() >= 4 + 5); // header rows + districts
    }

    void badInputIsRefused()
    {
        QCOMPARE(admin({"evaluate", "--db", m_db, "--period", "2026-13", "--by", "department",
                        "--out", path("x.pdf")}).code, 2);
        QCOMPARE(admin({"evaluate", "--db", m_db, "--period", "2026-10", "--by", "planet",
                        "--out", path("x.pdf")}).code, 2);
        QCOMPARE(admin({"evaluate", "--db", m_db, "--period", "2026-10", "--by", "district",
                        "--out", path("x.docx")}).code, 2);
        QCOMPARE(admin({"evaluate", "--db", m_db, "--period", "2026-10", "--by", "district"}).code, 2);
        const Run r = admin({"evaluate", "--db", m_db, "--period", "2026-10", "--by", "district",
                             "--out", "/nonexistent/dir/x.xlsx"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("/nonexistent/dir/x.xlsx"));
        QCOMPARE(admin({"evaluate", "--db", path("missing.sqlite"), "--period", "2026-10", "--by",
                        "district", "--out", path("x.csv")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCommand)
#include "tst_evaluatecommand.moc"
