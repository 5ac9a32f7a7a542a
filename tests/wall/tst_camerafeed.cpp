// The wall's cameras: a clip played from a file (looping), an RTSP stream from a local server
// (GStreamer's RTSP server streaming a generated pattern), the stream stopping (stalled, then
// opened again and again, less and less often) and coming back (playing again), a dead address
// (an error, retried, nothing else disturbed); camera arguments with crops, and the picture drawn
// cropped on the offscreen platform.
#include "camerafeed.h"
#include "videoframeview.h"

#include <QGuiApplication>
#include <QProcess>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace yw::videowall;
using State = yw::shell::WallSourceState::State;

namespace {
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

CameraFeed::Timing fast()
{
    CameraFeed::Timing t;
    t.stallMs = 1000;
    t.reopenAfterStallMs = 2000;
    t.connectMs = 6000;
    t.firstRetryMs = 300;
    t.maxRetryMs = 1500;
    return t;
}

struct RtspServer
{
    QProcess process;
    bool start(quint16 port)
    {
        process.start(QStringLiteral(RTSP_TEST_SERVER), {QString::number(port)});
        return process.waitForReadyRead(10000) && process.readAll().contains("ready");
    }
    ~RtspServer()
    {
        process.kill();
        process.waitForFinished();
    }
};
} // namespace

class TestCameraFeed : public QObject
{
    Q_OBJECT
    yw::core::SystemClock m_clock;

private slots:
    void arguments()
    {
        auto url = CameraSource::resolve(QStringLiteral("rtsp://admin:secret@10.1.2.3:554/ch1"), nullptr);
        QVERIFY(url);
        QCOMPARE(url.value().url.password(), QStringLiteral("secret"));
        QVERIFY(!url.value().name.contains(QLatin1String("secret")));
        auto cropped = CameraSource::resolve(QStringLiteral("rtsp://10.1.2.3/ch1@0.5,0,0.5,0.5"), nullptr);
        QVERIFY(cropped);
        QCOMPARE(cropped.value().crop, QRectF(0.5, 0, 0.5, 0.5));
        QCOMPARE(cropped.value().url.toString(), QStringLiteral("rtsp://10.1.2.3/ch1"));
        QCOMPARE(CameraSource::resolve(QStringLiteral("rtsp://10.1.2.3/ch1@0.5,0,0.9,0.5"), nullptr).error().code,
                 yw::core::Error::Code::InvalidInput);
        QCOMPARE(CameraSource::resolve(QStringLiteral("CAM000001"), nullptr).error().code, yw::core::Error::Code::NotFound);
        QCOMPARE(CameraSource::resolve(QString(), nullptr).error().code, yw::core::Error::Code::NotFound);
        QCOMPARE(CameraSource::resolve(QStringLiteral("javascript:alert(1)"), nullptr).error().code,
                 yw::core::Error::Code::NotFound);
    }

    void fileLoopsAndIsDrawnCropped()
    {
        auto source = CameraSource::resolve(
            QUrl::fromLocalFile(QStringLiteral(YW_FIXTURES_DIR "/pattern.webm")).toString() + "@0,0,0.5,0.5", nullptr);
        QVERIFY(source);
        CameraFeed feed(source.value(), m_clock, QTimeZone(8 * 3600), fast());
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), State::Playing, 10000);
        QVERIFY(!feed.frame().isNull());
        QVERIFY(!feed.lastFrameText().isEmpty());
        // Two seconds of clip, played for longer: it loops, never stalls.
        QTest::qWait(3000);
        QCOMPARE(feed.state(), State::Playing);
        QVERIFY(feed.framesSeen() > 60);

        // The crop (the top-left quarter of SMPTE bars: white, yellow, cyan) fills a view of its
        // proportions; nothing of the bottom rows (blue, black) shows.
        QQuickWindow window;
        window.resize(320, 180);
        VideoFrameView view(window.contentItem());
        view.setSize(QSizeF(320, 180));
        view.setFeed(&feed);
        window.show();
        QImage shot;
        QTRY_VERIFY((shot = window.grabWindow()).pixelColor(20, 90).lightness() > 150);
        QVERIFY(shot.pixelColor(300, 170).lightness() > 100);
    }

    void rtspStreamStallsAndComesBack()
    {
        const quint16 port = freePort();
        auto server = std::make_unique<RtspServer>();
        QVERIFY2(server->start(port), "the RTSP test server did not start");
        auto source = CameraSource::resolve(QStringLiteral("rtsp://127.0.0.1:%1/test").arg(port), nullptr);
        CameraFeed feed(source.value(), m_clock, QTimeZone(8 * 3600), fast());
        QList<State> seen;
        connect(&feed, &CameraFeed::stateChanged, this, [&] { seen << feed.state(); });
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), State::Playing, 20000);
        const int before = feed.framesSeen();
        QTRY_VERIFY_WITH_TIMEOUT(feed.framesSeen() > before + 10, 5000);

        // The server goes away: no picture is noticed (stalled or an error), and the feed keeps
        // trying.
        server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(feed.state() == State::Stalled || feed.state() == State::Error, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(State::Reconnecting), 15000);
        QVERIFY(feed.state() != State::Playing);

        // It comes back: the feed plays again by itself.
        server = std::make_unique<RtspServer>();
        QVERIFY(server->start(port));
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), State::Playing, 30000);
    }

    void deadAddressIsAnErrorRetried()
    {
        auto source = CameraSource::resolve(QStringLiteral("rtsp://127.0.0.1:%1/none").arg(freePort()), nullptr);
        CameraFeed feed(source.value(), m_clock, QTimeZone(8 * 3600), fast());
        QList<State> seen;
        connect(&feed, &CameraFeed::stateChanged, this, [&] { seen << feed.state(); });
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(State::Error), 15000);
        QVERIFY(!feed.problem().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(seen.count(State::Reconnecting) >= 2, 20000);
        QCOMPARE(feed.framesSeen(), 0);
    }
};

QTEST_MAIN(TestCameraFeed)
#include "tst_camerafeed.moc"
