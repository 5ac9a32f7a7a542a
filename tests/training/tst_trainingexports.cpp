// Exports of a training database carry the training mark: the evaluation report as CSV (a first
// line), XLSX (every sheet's header, the title) and PDF (the mark drawn on every page), and the
// one map's PNG/PDF (the mark over the map).
#include "kpicsvwriter.h"
#include "kpipdfwriter.h"
#include "kpireport.h"
#include "kpixlsxwriter.h"
#include "mapprinter.h"
#include "trainingwatermark.h"

#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QtGui/private/qzipreader_p.h>
#include <QtTest>

using namespace yw;

class TestTrainingExports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static evaluation::KpiReport report(bool training)
    {
        evaluation::KpiReport r;
        r.title = QStringLiteral("部门评价");
        r.generatedAt = QDateTime(QDate(2026, 6, 3), QTime(9, 0), Qt::UTC);
        r.training = training;
        return r;
    }

private slots:
    void markIsPainted()
    {
        QImage plain(800, 600, QImage::Format_ARGB32);
        plain.fill(Qt::white);
        QImage marked = plain;
        QPainter p(&marked);
        print::TrainingWatermark::paint(p, QRectF(0, 0, 800, 600));
        p.end();
        int differ = 0;
        for (int y = 0; y < 600; y += 2)
            for (int x = 0; x < 800; x += 2)
                differ += plain.pixel(x, y) != marked.pixel(x, y) ? 1 : 0;
        QVERIFY2(differ > 2000, qPrintable(QString::number(differ)));
    }

    void reportFilesSayTraining()
    {
        const QString csv = m_dir.filePath(QStringLiteral("r.csv"));
        QVERIFY(evaluation::KpiCsvWriter::write(report(true), csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString first = QString::fromUtf8(f.readLine());
        QVERIFY2(first.contains(QStringLiteral("实训数据 TRAINING")), qPrintable(first));
        const QString plainCsv = m_dir.filePath(QStringLiteral("p.csv"));
        QVERIFY(evaluation::KpiCsvWriter::write(report(false), plainCsv));
        QFile g(plainCsv);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(g.readAll()).contains(QStringLiteral("实训")));

        const QString xlsx = m_dir.filePath(QStringLiteral("r.xlsx"));
        QVERIFY(evaluation::KpiXlsxWriter::write(report(true), xlsx));
        QZipReader zip(xlsx);
        int headed = 0;
        for (const auto &entry : zip.fileInfoList())
            if (entry.filePath.startsWith(QLatin1String("xl/worksheets/sheet")))
                headed += QString::fromUtf8(zip.fileData(entry.filePath)).contains(QStringLiteral("实训数据 TRAINING")) ? 1 : 0;
        QCOMPARE(headed, 5);
        QVERIFY(QString::fromUtf8(zip.fileData(QStringLiteral("xl/sharedStrings.xml"))).contains(QStringLiteral("【实训 TRAINING】")));

        // The PDF: the mark is drawn on its pages (the same report without it is smaller).
        const QString pdf = m_dir.filePath(QStringLiteral("r.pdf")), plainPdf = m_dir.filePath(QStringLiteral("p.pdf"));
        QVERIFY(evaluation::KpiPdfWriter::write(report(true), pdf));
        QVERIFY(evaluation::KpiPdfWriter::write(report(false), plainPdf));
        QVERIFY(QFileInfo(pdf).size() > QFileInfo(plainPdf).size() + 500);
        // Rendered (poppler, as a reader sees it), the first page differs by the mark.
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm is missing: scripts/setup.sh installs poppler-utils");
        for (const QString &f : {pdf, plainPdf})
            QCOMPARE(QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                                  QStringLiteral("-singlefile"), f, f}), 0);
        const QImage marked(pdf + QStringLiteral(".png")), bare(plainPdf + QStringLiteral(".png"));
        QVERIFY(!marked.isNull() && marked.size() == bare.size());
        int differ = 0;
        for (int y = 0; y < marked.height(); ++y)
            for (int x = 0; x < marked.width(); ++x)
                differ += marked.pixel(x, y) != bare.pixel(x, y) ? 1 : 0;
        QVERIFY2(differ > marked.width() * marked.height() / 50, qPrintable(QString::number(differ)));
    }

    void mapExportsSayTraining()
    {
        map::MapPrinter::View view;
        view.size = QSize(800, 500);
        map::MapPrinter printer({}, view, QStringLiteral("一张图"));
        const QImage plain = printer.renderImage();
        printer.setTrainingMark(true);
        const QImage marked = printer.renderImage();
        int differ = 0;
        for (int y = 0; y < plain.height(); y += 2)
            for (int x = 0; x < plain.width(); x += 2)
                differ += plain.pixel(x, y) != marked.pixel(x, y) ? 1 : 0;
        QVERIFY2(differ > 1000, qPrintable(QString::number(differ)));
    }
};

QTEST_MAIN(TestTrainingExports)
#include "tst_trainingexports.moc"
