// The wall's three control transports on loopback, as a room controller, a web page and a script
// would use them: tokens and roles, pushed events, and hostile clients (no token, wrong tokens,
// garbage, oversized lines and messages, binary frames, floods, unfinished lines) answered with
// an error or dropped while the wall keeps serving the next client.
#include "../store/storefixture.h"
#include "auditlog.h"
#include "httpcontrolserver.h"
#include "linecontrolserver.h"
#include "testscenehost.h"
#include "wallclient.h"
#include "wallcontroller.h"
#include "websocketcontrolserver.h"

#include <QDeadlineTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QWebSocket>

using namespace yw::wall;

namespace {
const QString kControl = QStringLiteral("demo-control-token");
const QString kOperate = QStringLiteral("demo-operate-token");

// A line client: sends lines, collects the lines it is sent.
struct LineClient
{
    QTcpSocket socket;
    QStringList received;
    explicit LineClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] {
            while (socket.canReadLine())
                received << QString::fromUtf8(socket.readLine()).trimmed();
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.waitForConnected(5000);
    }
    // Sends one line and waits for the next reply line (an EVENT line is not one).
    QString ask(const QString &line)
    {
        const int before = replies();
        socket.write(line.toUtf8() + "\r\n");
        QDeadlineTimer deadline(5000);
        while (replies() == before && socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
            QTest::qWait(10);
        return lastReply();
    }
    int replies() const
    {
        int n = 0;
        for (const QString &l : received)
            n += l.startsWith(QLatin1String("EVENT")) ? 0 : 1;
        return n;
    }
    QString lastReply() const
    {
        for (auto it = received.crbegin(); it != received.crend(); ++it)
            if (!it->startsWith(QLatin1String("EVENT")))
                return *it;
        return {};
    }
};
} // namespace

class TestWallControl : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend{false};
    yw::test::StoreFixture m_f;
    WallConfig m_config;
    std::unique_ptr<yw::test::TestSceneHost> m_host;
    std::unique_ptr<WallController> m_controller;
    std::unique_ptr<LineControlServer> m_line;
    std::unique_ptr<WebSocketControlServer> m_ws;
    std::unique_ptr<HttpControlServer> m_http;
    quint16 m_linePort = 0, m_wsPort = 0, m_httpPort = 0;

    QList<QString> auditActions()
    {
        QStringList out;
        for (const auto &e : yw::store::AuditLog(*m_f.db).latest(500).value())
            out.prepend(e.action + " " + e.detail);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "backend");
        QVERIFY2(m_f.open(m_backend).isEmpty(), "fixture");
        m_config = WallConfig::load(QStringLiteral(YW_EXAMPLES_DIR "/wall-4x2.json")).value();
        m_host = std::make_unique<yw::test::TestSceneHost>(m_config);
        m_controller = std::make_unique<WallController>(m_config, *m_host, *m_f.db, m_f.clock);
        m_line = std::make_unique<LineControlServer>(*m_controller);
        m_line->setIdleLimitMs(1500);
        m_ws = std::make_unique<WebSocketControlServer>(*m_controller);
        m_ws->setAuthLimitMs(1500);
        m_http = std::make_unique<HttpControlServer>(*m_controller);
        // Port 0: any free port on loopback.
        m_linePort = m_line->listen(QHostAddress::LocalHost, 0).value();
        m_wsPort = m_ws->listen(QHostAddress::LocalHost, 0).value();
        m_httpPort = m_http->listen(QHostAddress::LocalHost, 0).value();
    }

    void lineProtocol()
    {
        LineClient panel(m_linePort);
        QVERIFY(panel.ask("status").startsWith(QLatin1String("ERR auth-required")));
        QVERIFY(panel.ask("auth not-the-token").startsWith(QLatin1String("ERR auth-failed")));
        QCOMPARE(panel.ask("auth " + kOperate), QStringLiteral("OK authenticated as room-panel"));
        QVERIFY(panel.ask("open a map on A1").startsWith(QLatin1String("ERR forbidden")));
        QCOMPARE(panel.ask("watch on"), QStringLiteral("OK watching"));

        LineClient control(m_linePort);
        QVERIFY(control.ask("auth " + kControl).startsWith(QLatin1String("OK")));
        QCOMPARE(control.ask("open m map on A1:B2"), QStringLiteral("OK opened m"));
        QCOMPARE(control.ask("save \"早班 布局\""), QStringLiteral("OK saved 早班 布局 (1 windows)"));
        QVERIFY(control.ask("bogus").startsWith(QLatin1String("ERR unknown-command")));
        QVERIFY(control.ask("open m").startsWith(QLatin1String("ERR syntax")));
        QCOMPARE(panel.ask("recall \"早班 布局\""), QStringLiteral("OK recalled 早班 布局"));
        // The watching panel heard of the control system's window and of its own recall.
        QTRY_VERIFY(panel.received.filter(QStringLiteral("EVENT preset-recalled")).size() == 1);
        QVERIFY(panel.received.filter(QStringLiteral("EVENT window-opened")).size() == 1);
        QVERIFY(control.received.filter(QStringLiteral("EVENT")).isEmpty()); // not watching

        // The admin tool's client (blocking, so on a thread of its own while this one serves).
        auto send = [this](const QString &token) {
            auto future = QtConcurrent::run([port = m_linePort, token] {
                return WallClient(QStringLiteral("127.0.0.1"), port, token).send(QStringLiteral("status"));
            });
            while (!future.isFinished())
                QTest::qWait(10);
            return future.result();
        };
        auto reply = send(kControl);
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().message));
        QVERIFY(reply.value().startsWith(QStringLiteral("OK preset=早班 布局 mode=day windows=1")));
        auto refused = send(QStringLiteral("wrong"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, yw::core::Error::Code::AuthFailed);
    }

    void hostileLineClients()
    {
        // Three wrong tokens: dropped.
        LineClient guesser(m_linePort);
        for (int i = 0; i < 3; ++i)
            guesser.ask(QStringLiteral("auth guess-%1").arg(i));
        QTRY_COMPARE(guesser.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(guesser.received.last().contains(QLatin1String("closed")));

        // A line longer than the wall file's limit: refused and dropped.
        LineClient big(m_linePort);
        QVERIFY(big.ask("auth " + kControl).startsWith(QLatin1String("OK")));
        big.socket.write(QByteArray(m_config.maxCommandBytes() + 10, 'x'));
        QTRY_COMPARE(big.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(big.received.last().startsWith(QLatin1String("ERR too-large")));

        // Random bytes: errors, then dropped (no token); nothing crashes.
        LineClient noise(m_linePort);
        QByteArray garbage(3000, '\0');
        auto *rng = QRandomGenerator::global();
        for (char &b : garbage)
            b = char(rng->bounded(256));
        garbage.replace('\n', '\r');
        noise.socket.write(garbage + "\n\x01\x02\n\xff\xfe\n");
        QTRY_COMPARE(noise.socket.state(), QAbstractSocket::UnconnectedState);

        // An unfinished line, or no token at all, for longer than the limit: dropped.
        LineClient slow(m_linePort);
        slow.socket.write("stat");
        QTRY_COMPARE_WITH_TIMEOUT(slow.socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(slow.received.last().startsWith(QLatin1String("ERR timeout")));

        // A flood: refused past the limit, then dropped.
        LineClient flood(m_linePort);
        QVERIFY(flood.ask("auth " + kControl).startsWith(QLatin1String("OK")));
        QByteArray many;
        for (int i = 0; i < 200; ++i)
            many += "status\n";
        flood.socket.write(many);
        QTRY_COMPARE(flood.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(flood.received.filter(QStringLiteral("ERR rate-limited")).size() >= 1);

        // The wall still serves the next client.
        LineClient after(m_linePort);
        QVERIFY(after.ask("auth " + kOperate).startsWith(QLatin1String("OK")));
        QVERIFY(after.ask("status").startsWith(QLatin1String("OK preset=")));
        const QStringList audit = auditActions();
        QVERIFY(audit.filter(QStringLiteral("wall.refused tcp")).filter(QStringLiteral("wrong token")).size() >= 3);
        QVERIFY(audit.filter(QStringLiteral("dropped: too-large")).size() == 1);
        QVERIFY(audit.filter(QStringLiteral("dropped: timeout")).size() >= 1);
        QVERIFY(audit.filter(QStringLiteral("dropped: rate-limited")).size() == 1);
    }

    void webSocket()
    {
        QWebSocket ws;
        QStringList messages;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages << m; });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_wsPort)));
        QTRY_COMPARE(ws.state(), QAbstractSocket::ConnectedState);
        auto ask = [&](const QJsonObject &o) {
            const int before = messages.size();
            ws.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson()));
            QDeadlineTimer deadline(5000);
            while (messages.size() == before && !deadline.hasExpired())
                QTest::qWait(10);
            return QJsonDocument::fromJson(messages.last().toUtf8()).object();
        };
        QCOMPARE(ask({{"id", 1}, {"command", "status"}}).value("error").toString(), QStringLiteral("auth-required"));
        const QJsonObject auth = ask({{"id", 2}, {"command", "auth"}, {"token", kControl}});
        QCOMPARE(auth.value("ok").toBool(), true);
        QCOMPARE(auth.value("id").toInt(), 2);
        QCOMPARE(ask({{"id", "x"}, {"command", "open"}, {"window", "w"}, {"scene", "nothing"}, {"monitors", QJsonArray{"A1"}}})
                     .value("error")
                     .toString(),
                 QStringLiteral("unknown-scene"));
        // A change made over TCP is pushed to the WebSocket client.
        LineClient control(m_linePort);
        QVERIFY(control.ask("auth " + kControl).startsWith(QLatin1String("OK")));
        QVERIFY(control.ask("mode night").startsWith(QLatin1String("OK")));
        QTRY_VERIFY(messages.filter(QStringLiteral("\"mode-changed\"")).size() == 1);
        QVERIFY(control.ask("mode day").startsWith(QLatin1String("OK")));
        const QJsonObject status = ask({{"id", 3}, {"command", "status"}});
        QCOMPARE(status.value("result").toObject().value("mode").toString(), QStringLiteral("day"));
        QCOMPARE(ask(QJsonObject{{"id", 4}, {"command", QJsonValue()}}).value("ok").toBool(), false);

        // Not JSON, then a binary frame: an error, then closed.
        QCOMPARE(ask(QJsonObject()).value("error").toString(), QStringLiteral("unknown-command"));
        ws.sendBinaryMessage(QByteArray("\x00\x01", 2));
        QTRY_COMPARE(ws.state(), QAbstractSocket::UnconnectedState);

        // A message larger than the limit closes the connection.
        QWebSocket big;
        big.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_wsPort)));
        QTRY_COMPARE(big.state(), QAbstractSocket::ConnectedState);
        big.sendTextMessage(QString(m_config.maxCommandBytes() * 2, QLatin1Char('x')));
        QTRY_COMPARE(big.state(), QAbstractSocket::UnconnectedState);

        // No token in time: dropped.
        QWebSocket idle;
        idle.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_wsPort)));
        QTRY_COMPARE(idle.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void http()
    {
        QNetworkAccessManager net;
        auto request = [&](const QByteArray &verb, const QString &path, const QByteArray &body, const QString &token) {
            QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path)));
            r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            if (!token.isEmpty())
                r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            QNetworkReply *reply = net.sendCustomRequest(r, verb, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return std::make_pair(status, o);
        };
        auto [okStatus, ok] = request("POST", "/api/v1/command", R"({"id": 9, "command": "presets"})", kOperate);
        QCOMPARE(okStatus, 200);
        QCOMPARE(ok.value("id").toInt(), 9);
        QCOMPARE(request("GET", "/api/v1/status", {}, kOperate).first, 200);
        QCOMPARE(request("GET", "/api/v1/status", {}, {}).first, 401);
        QCOMPARE(request("POST", "/api/v1/command", R"({"command": "status"})", "wrong").first, 401);
        QCOMPARE(request("POST", "/api/v1/command", R"({"command": "mode", "mode": "night"})", kOperate).first, 403);
        QCOMPARE(request("POST", "/api/v1/command", R"({"command": "recall", "preset": "nope"})", kOperate).first, 404);
        QCOMPARE(request("POST", "/api/v1/command", "{not json", kControl).first, 400);
        QCOMPARE(request("GET", "/api/v1/command", {}, kControl).first, 405);
        QCOMPARE(request("GET", "/etc/passwd", {}, kControl).first, 404);
        QCOMPARE(request("POST", "/api/v1/command", QByteArray(m_config.maxCommandBytes() + 1, ' '), kControl).first, 413);
        QCOMPARE(request("POST", "/api/v1/command", R"({"command": "close", "window": "m"})", kControl).first, 200);
    }
};

QTEST_GUILESS_MAIN(TestWallControl)
#include "tst_wallcontrol.moc"
