// The intake source plugins, loaded from the build tree through QPluginLoader and run against
// the small demo city on both backends, with real files and real sockets: the 12345 hotline drop
// folder, the Open311 GeoReport v2 server (checked against the shapes of the specification's
// examples) and the IoT / video-AI JSON-lines stream. Bad records are rejected with a reason,
// logged with their raw text, and the rest of the batch goes on.
#include "intakefixture.h"

#include "caserepository.h"
#include "departmentrepository.h"
#include "intakegateway.h"
#include "intakelog.h"
#include "intakesourceloader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace yw::core;
using yw::intake::IntakeSource;
using yw::test::IntakeFixture;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
} // namespace

class TestIntakePlugins : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;
    std::unique_ptr<IntakeFixture> m_f = std::make_unique<IntakeFixture>();
    IntakeFixture &f = *m_f;
    std::unique_ptr<yw::intake::IntakeGateway> m_gateway;
    yw::intake::IntakeSourceLoader m_loader;
    QNetworkAccessManager m_net;

    int countLog(const QString &source, const QString &outcome)
    {
        auto q = f.db->exec("SELECT COUNT(*) FROM intake_log WHERE source = ? AND outcome = ?",
                            {source, outcome});
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    // A request to the Open311 server; returns the status and the body.
    std::pair<int, QByteArray> http(const QByteArray &verb, const QString &path,
                                    const QByteArray &form = {})
    {
        auto *source = m_loader.find("open311");
        const QString port = source->status().section(u':', -1);
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port, path)));
        QNetworkReply *reply = nullptr;
        if (verb == "POST") {
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
            reply = m_net.post(req, form);
        } else if (verb == "GET") {
            reply = m_net.get(req);
        } else {
            reply = m_net.sendCustomRequest(req, verb, form);
        }
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {0, {}};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "backend");
        const QString err = f.open(m_backend, "gateway");
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QHash<qint64, QString> names;
        for (const Department &d : yw::store::DepartmentRepository(*f.db).list().value())
            names.insert(d.id, d.name);
        const User gateway = f.user("gateway");
        QVERIFY(gateway.hasRole(Role::IntakeOperator));
        m_gateway = std::make_unique<yw::intake::IntakeGateway>(*f.intake, *f.cases, f.taxonomy,
                                                                gateway, names);
        m_loader.loadAll();
    }
    void cleanupTestCase()
    {
        for (auto &l : m_loader.sources())
            l.source->stop();
        m_gateway.reset();
        m_f.reset();
        m_backend.tearDown();
    }

    void loaderFindsTheThreeSourcesAndExplainsWhatItCannotLoad()
    {
        QStringList ids;
        for (const auto &l : m_loader.sources())
            ids << l.source->id();
        QCOMPARE(sorted(ids), QStringList({"hotline12345", "iot", "open311"}));

        QTemporaryDir dir;
        writeFile(dir.filePath("libnotaplugin.so"), "this is not a shared library");
        yw::intake::IntakeSourceLoader other;
        other.loadAll({dir.path()});
        QVERIFY(other.sources().empty());
        QCOMPARE(other.failures().size(), 1);
        QVERIFY(!other.failures().first().reason.isEmpty());
    }

    void hotlineFolderFilesTicketsAndSetsAsideWhatItCannot()
    {
        QTemporaryDir dir;
        IntakeSource *hotline = m_loader.find("hotline12345");
        QVERIFY(hotline);
        // Bad settings are refused with the reason.
        QVERIFY(hotline->start(*m_gateway, {{"folder", dir.filePath("missing")}}).contains("exist"));
        QVERIFY(hotline->start(*m_gateway, {{"folder", dir.path()}, {"channel", "Radio"}})
                    .contains("channel"));

        // JSON: two good tickets, one of an unknown class.
        writeFile(dir.filePath("batch1.json"), R"([
          {"ticket_no": "HL-1001", "class_code": "06010", "content": "小区门口垃圾堆放",
           "lon": 112.9823, "lat": 28.1963, "caller_name": "张先生", "caller_phone": "13800000000",
           "received_at": "2026-12-15T09:55:00+08:00"},
          {"ticket_no": "HL-1002", "class_code": "99999", "content": "未知类别", "lon": 112.98,
           "lat": 28.19},
          {"ticket_no": "HL-1003", "class_code": "09009", "content": "人行道乱停车",
           "lon": 112.9700, "lat": 28.2000, "urgency": "紧急"}
        ])");
        // CSV with the hotline platform's Chinese headers: one good row, a ragged row, and a
        // point outside the city.
        writeFile(dir.filePath("batch2.csv"),
                  QStringLiteral("工单编号,问题类别,诉求内容,经度,纬度,紧急程度\n"
                                 "HL-2001,06010,\"道路上有垃圾, 无人清理\",112.9600,28.1900,一般\n"
                                 "HL-2002,06010,少一列,112.96\n"
                                 "HL-2003,06010,城外,116.40,39.90,一般\n")
                      .toUtf8());
        writeFile(dir.filePath("garbage.json"), "{ not json");
        writeFile(dir.filePath("notes.txt"), "not a feed file");

        QVERIFY2(hotline->start(*m_gateway, {{"folder", dir.path()}, {"settle_ms", 0}, {"poll_ms", 100}})
                     .isEmpty(),
                 "start");
        QVERIFY(hotline->status().contains(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath("done/batch1.json"))
                                     && QFile::exists(dir.filePath("done/batch2.csv"))
                                     && QFile::exists(dir.filePath("failed/garbage.json"))
                                     && QFile::exists(dir.filePath("failed/notes.txt")),
                                 10000);
        QVERIFY(readText(dir.filePath("failed/garbage.json.reason.txt")).contains("not JSON"));

        yw::store::CaseRepository repo(*f.db);
        auto c1 = repo.findByExternalRef(SourceChannel::Hotline12345, "HL-1001");
        QVERIFY2(c1, "HL-1001 reported");
        QCOMPARE(c1->reporterName, QStringLiteral("张先生"));
        QCOMPARE(c1->gridCode.size(), 15);
        auto c3 = repo.findByExternalRef(SourceChannel::Hotline12345, "HL-1003");
        QVERIFY(c3);
        QCOMPARE(c3->urgency, Urgency::Urgent);
        auto c4 = repo.findByExternalRef(SourceChannel::Hotline12345, "HL-2001");
        QVERIFY(c4);
        QCOMPARE(c4->description, QStringLiteral("道路上有垃圾, 无人清理"));
        QVERIFY(!repo.findByExternalRef(SourceChannel::Hotline12345, "HL-1002"));
        QVERIFY(!repo.findByExternalRef(SourceChannel::Hotline12345, "HL-2003"));

        // The rejected records, in their own format, with their reasons, ready to mend and drop.
        const QString rejectedJson = readText(dir.filePath("failed/batch1.rejected.json"));
        QVERIFY(rejectedJson.contains("HL-1002"));
        QVERIFY(!rejectedJson.contains("HL-1001"));
        QVERIFY(readText(dir.filePath("failed/batch1.rejected.json.reason.txt"))
                    .contains("unknown class code \"99999\""));
        const QString rejectedCsv = readText(dir.filePath("failed/batch2.rejected.csv"));
        QVERIFY(rejectedCsv.startsWith(QStringLiteral("工单编号,问题类别")));
        QVERIFY(rejectedCsv.contains("HL-2002") && rejectedCsv.contains("HL-2003"));
        const QString csvReasons = readText(dir.filePath("failed/batch2.rejected.csv.reason.txt"));
        QVERIFY(csvReasons.contains("line 3:") && csvReasons.contains("fields"));
        QVERIFY(csvReasons.contains("line 4:") && csvReasons.contains("outside the city"));

        // The same file again (a feed that resends): nothing is filed twice.
        writeFile(dir.filePath("batch1-again.json"),
                  R"([{"ticket_no": "HL-1001", "class_code": "06010", "content": "重复推送",
                       "lon": 112.9823, "lat": 28.1963}])");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath("done/batch1-again.json")), 10000);
        QCOMPARE(countLog("hotline12345", "AlreadyReceived"), 1);
        QCOMPARE(countLog("hotline12345", "Reported"), 3);
        // Rejected: HL-1002, the ragged row, the point outside, the unreadable JSON file.
        QCOMPARE(countLog("hotline12345", "Rejected"), 4);
        auto log = yw::store::IntakeLog(*f.db).latest(20, "hotline12345");
        QVERIFY(log);
        bool rawKept = false;
        for (const auto &e : log.value())
            rawKept |= e.outcome == "Rejected" && e.payload.contains("HL-2002");
        QVERIFY2(rawKept, "the ragged row's text is in the log");
        hotline->stop();
    }

    void open311ServesTheGeoReportV2Documents()
    {
        IntakeSource *open311 = m_loader.find("open311");
        QVERIFY(open311);
        QVERIFY(open311->start(*m_gateway, {{"port", 0}}).contains("API keys"));
        QVERIFY2(open311->start(*m_gateway, {{"port", 0},
                                             {"api_keys", "key-one;key-two"},
                                             {"service_notice", "将在规定时限内处置"}})
                     .isEmpty(),
                 "start");
        QVERIFY(open311->status().startsWith("listening on 127.0.0.1:"));

        // GET services: the fields of the specification's example, in JSON and XML.
        auto [st, body] = http("GET", "/services.json");
        QCOMPARE(st, 200);
        const QJsonArray services = QJsonDocument::fromJson(body).array();
        QVERIFY(services.size() > 50);
        const QJsonObject s0 = services.first().toObject();
        QCOMPARE(keysOf(s0), sorted({"service_code", "service_name", "description", "metadata",
                                     "type", "keywords", "group"}));
        QCOMPARE(s0.value("metadata").toBool(true), false);
        QCOMPARE(s0.value("type").toString(), QStringLiteral("realtime"));
        auto [stx, xml] = http("GET", "/services.xml");
        QCOMPARE(stx, 200);
        QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QXmlStreamReader xr(xml);
        QStringList path;
        int xmlServices = 0;
        while (!xr.atEnd()) {
            xr.readNext();
            if (xr.isStartElement()) {
                path << xr.name().toString();
                if (path == QStringList({"services", "service"}))
                    ++xmlServices;
            } else if (xr.isEndElement()) {
                path.removeLast();
            }
        }
        QVERIFY(!xr.hasError());
        QCOMPARE(xmlServices, services.size());

        // A service definition; an unknown one is a 404 in the error document's shape.
        auto [sd, def] = http("GET", "/services/06010.json");
        QCOMPARE(sd, 200);
        QCOMPARE(QJsonDocument::fromJson(def).object().value("service_code").toString(),
                 QStringLiteral("06010"));
        QVERIFY(QJsonDocument::fromJson(def).object().value("attributes").isArray());
        auto [s404, e404] = http("GET", "/services/77777.json");
        QCOMPARE(s404, 404);
        const QJsonObject err = QJsonDocument::fromJson(e404).array().first().toObject();
        QCOMPARE(keysOf(err), sorted({"code", "description"}));
        QCOMPARE(err.value("code").toInt(), 404);

        // POST without a key, with a wrong key: 403, logged.
        const QByteArray form =
            "service_code=06010&lat=28.1963&long=112.9823&address_string=%E4%BA%94%E4%B8%80%E5%B9"
            "%BF%E5%9C%BA&description=Rubbish+by+the+fountain&first_name=Li&last_name=Lei"
            "&media_url=https%3A%2F%2Fexample.org%2Fp%2F1.jpg";
        QCOMPARE(http("POST", "/requests.json", form).first, 403);
        auto [s403, e403] = http("POST", "/requests.json", "api_key=wrong&" + form);
        QCOMPARE(s403, 403);
        QCOMPARE(QJsonDocument::fromJson(e403).array().first().toObject().value("code").toInt(), 403);
        // Bad requests: no location, an address alone, a point outside the city, unknown code.
        QCOMPARE(http("POST", "/requests.json", "api_key=key-one&service_code=06010&description=x")
                     .first,
                 400);
        QCOMPARE(http("POST", "/requests.json",
                      "api_key=key-one&service_code=06010&address_string=Main+St&description=x")
                     .first,
                 400);
        auto [sOut, eOut] = http("POST", "/requests.json",
                                 "api_key=key-one&service_code=06010&lat=39.9&long=116.4");
        QCOMPARE(sOut, 400);
        QVERIFY(QString::fromUtf8(eOut).contains("outside the city"));
        QCOMPARE(http("POST", "/requests.json",
                      "api_key=key-one&service_code=77777&lat=28.1963&long=112.9823")
                     .first,
                 404);

        // A good POST: the response has the example's fields.
        auto [sPost, created] = http("POST", "/requests.json", "api_key=key-two&" + form);
        QCOMPARE(sPost, 201);
        const QJsonObject c = QJsonDocument::fromJson(created).array().first().toObject();
        QCOMPARE(keysOf(c), sorted({"service_request_id", "service_notice", "account_id"}));
        QVERIFY(c.value("account_id").isNull());
        QCOMPARE(c.value("service_notice").toString(), QStringLiteral("将在规定时限内处置"));
        const QString id = c.value("service_request_id").toString();
        QVERIFY(!id.isEmpty());
        auto stored = yw::store::CaseRepository(*f.db).find([&] {
            yw::store::CaseQuery q;
            q.caseNumbers = {id};
            return q;
        }());
        QVERIFY(stored && stored->size() == 1);
        QCOMPARE(stored->first().source, SourceChannel::Open311);
        QCOMPARE(stored->first().description, QStringLiteral("Rubbish by the fountain"));
        QCOMPARE(stored->first().reporterName, QStringLiteral("Li Lei"));
        QCOMPARE(stored->first().attachments, QStringList({"https://example.org/p/1.jpg"}));
        auto secret = f.db->exec("SELECT COUNT(*) FROM intake_log WHERE payload LIKE ?",
                                 {QStringLiteral("%key-two%")});
        QVERIFY(secret && secret.value().next());
        QCOMPARE(secret.value().value(0).toInt(), 0); // the key is never logged

        // GET one request: every field of the example, open, times with the city's offset.
        auto [sOne, one] = http("GET", "/requests/" + id + ".json?extensions=true");
        QCOMPARE(sOne, 200);
        const QJsonObject r = QJsonDocument::fromJson(one).array().first().toObject();
        QStringList expected = {"service_request_id", "status", "status_notes", "service_name",
                                "service_code", "description", "agency_responsible",
                                "service_notice", "requested_datetime", "updated_datetime",
                                "expected_datetime", "address", "address_id", "zipcode", "lat",
                                "long", "media_url", "extended_attributes"};
        QCOMPARE(keysOf(r), sorted(expected));
        QCOMPARE(r.value("status").toString(), QStringLiteral("open"));
        QCOMPARE(r.value("service_code").toString(), QStringLiteral("06010"));
        QVERIFY(r.value("requested_datetime").toString().endsWith("+08:00"));
        QCOMPARE(r.value("lat").toDouble(), 28.1963);
        QCOMPARE(r.value("extended_attributes").toObject().value("detailed_status").toString(),
                 QStringLiteral("SUBMITTED"));
        QCOMPARE(http("GET", "/requests/20990101-99999.json").first, 404);

        // GET requests with filters; XML too.
        auto [sList, list] = http("GET", "/requests.json?service_code=06010&status=open");
        QCOMPARE(sList, 200);
        bool listed = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(list).array())
            listed |= v.toObject().value("service_request_id").toString() == id;
        QVERIFY(listed);
        auto [sClosed, closed] = http("GET", "/requests.json?service_request_id=" + id
                                                 + "&status=closed");
        QCOMPARE(sClosed, 200);
        QCOMPARE(QJsonDocument::fromJson(closed).array().size(), 1); // ids win over filters
        auto [sx, listXml] = http("GET", "/requests.xml?service_request_id=" + id);
        QCOMPARE(sx, 200);
        QVERIFY(listXml.contains("<service_requests><request><service_request_id>" + id.toUtf8()));
        QCOMPARE(http("GET", "/requests.json?start_date=yesterday").first, 400);
        QCOMPARE(http("GET", "/requests.json?status=pending").first, 400);

        // Our states map to Open311's two and to the detailed status.
        const User shift = f.user("shift1");
        auto target = yw::store::CaseRepository(*f.db).findByExternalRef(
            SourceChannel::Hotline12345, "HL-1001");
        QVERIFY(target);
        auto merged = f.cases->act(shift, stored->first().id, stored->first().version,
                                   CaseAction::Merge, [&] {
                                       ActionParams p;
                                       p.mergeIntoCaseId = target->id;
                                       return p;
                                   }());
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
        auto [sm, afterMerge] = http("GET", "/requests/" + id + ".json?extensions=true");
        QCOMPARE(sm, 200);
        const QJsonObject m = QJsonDocument::fromJson(afterMerge).array().first().toObject();
        QCOMPARE(m.value("status").toString(), QStringLiteral("closed"));
        QCOMPARE(m.value("extended_attributes").toObject().value("detailed_status").toString(),
                 QStringLiteral("DUPLICATE"));

        // Wrong verbs, unknown paths, oversized bodies.
        QCOMPARE(http("DELETE", "/requests.json").first, 405);
        QCOMPARE(http("POST", "/services.json", "x=1").first, 405);
        QCOMPARE(http("GET", "/admin").first, 404);
        QCOMPARE(http("POST", "/requests.json", QByteArray(1100 * 1024, 'a')).first, 413);
        QVERIFY(countLog("open311", "Rejected") >= 5);
        open311->stop();
    }

    void iotStreamReportsAlarmsOnceAndAnswersEveryLine()
    {
        IntakeSource *iot = m_loader.find("iot");
        QVERIFY(iot);
        QTemporaryDir dir;
        QVERIFY2(iot->start(*m_gateway, {{"port", 0}, {"folder", dir.path()}, {"settle_ms", 0}})
                     .isEmpty(),
                 "start");
        const quint16 port = iot->status().section(u':', 1).section(u',', 0, 0).toUShort();
        QVERIFY(port > 0);
        auto dev = f.db->exec("SELECT id FROM devices WHERE kind = 'manhole_sensor' LIMIT 1");
        QVERIFY(dev && dev.value().next());
        const QString device = dev.value().value(0).toString();

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        auto send = [&](const QByteArray &line) -> QJsonObject {
            socket.write(line + '\n');
            socket.flush();
            QElapsedTimer t;
            t.start();
            while (!socket.canReadLine() && t.elapsed() < 10000)
                QTest::qWait(10);
            return QJsonDocument::fromJson(socket.readLine()).object();
        };
        const QByteArray alarm = QStringLiteral(
            R"({"event_id":"WL-1","kind":"alarm","device_id":"%1","class_code":"01003","level":"urgent","at":"2026-12-15T09:59:00+08:00"})")
                                     .arg(device)
                                     .toUtf8();
        const QJsonObject first = send(alarm);
        QCOMPARE(first.value("outcome").toString(), QStringLiteral("Reported"));
        const QString caseNumber = first.value("case").toString();
        QVERIFY(!caseNumber.isEmpty());
        // The sensor repeats itself: the open case covers it.
        QByteArray again = alarm;
        again.replace("WL-1", "WL-2");
        const QJsonObject second = send(again);
        QCOMPARE(second.value("outcome").toString(), QStringLiteral("Duplicate"));
        QCOMPARE(second.value("case").toString(), caseNumber);
        QCOMPARE(send(alarm).value("outcome").toString(), QStringLiteral("AlreadyReceived"));
        // Garbage, a weak detection, an unknown device, a point outside the city: each refused
        // with its reason, and the connection goes on.
        const QJsonObject garbage = send("\x01\x02 not json");
        QCOMPARE(garbage.value("outcome").toString(), QStringLiteral("Rejected"));
        QVERIFY(garbage.value("reason").toString().contains("not JSON"));
        QVERIFY(send(R"({"event_id":"AI-1","kind":"detection","class_code":"06010","lon":112.98,"lat":28.19,"confidence":0.3})")
                    .value("reason")
                    .toString()
                    .contains("below the threshold"));
        QVERIFY(send(R"({"event_id":"WL-9","kind":"alarm","device_id":"NO-SUCH","class_code":"01003"})")
                    .value("reason")
                    .toString()
                    .contains("unknown device"));
        QVERIFY(send(R"({"event_id":"AI-2","kind":"detection","class_code":"06010","lon":116.4,"lat":39.9,"confidence":0.9})")
                    .value("reason")
                    .toString()
                    .contains("outside the city"));
        const QJsonObject detection = send(
            R"({"event_id":"AI-3","kind":"detection","class_code":"06010","lon":112.9650,"lat":28.1850,"confidence":0.92,"snapshot":"cam-17/0001.jpg"})");
        QCOMPARE(detection.value("outcome").toString(), QStringLiteral("Reported"));
        auto ai = yw::store::CaseRepository(*f.db).findByExternalRef(SourceChannel::VideoAi, "AI-3");
        QVERIFY(ai);
        QCOMPARE(ai->attachments, QStringList({"cam-17/0001.jpg"}));

        // A line without end: refused, and the sender is hung up on.
        socket.write(QByteArray(70 * 1024, 'x'));
        socket.flush();
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10000);

        // The same stream from a folder of .jsonl files.
        writeFile(dir.filePath("night.jsonl"),
                  R"({"event_id":"AI-10","kind":"detection","class_code":"06010","lon":112.9500,"lat":28.1800,"confidence":0.8})"
                  "\n{broken\n");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath("done/night.jsonl")), 10000);
        QVERIFY(yw::store::CaseRepository(*f.db).findByExternalRef(SourceChannel::VideoAi, "AI-10"));
        QVERIFY(readText(dir.filePath("failed/night.rejected.jsonl")).contains("{broken"));
        QVERIFY(readText(dir.filePath("failed/night.rejected.jsonl.reason.txt")).contains("line 2:"));
        QCOMPARE(countLog("iot", "Duplicate"), 1);
        QCOMPARE(countLog("iot", "AlreadyReceived"), 1);
        QVERIFY(countLog("iot", "Rejected") >= 6);
        iot->stop();
    }
};

QTEST_GUILESS_MAIN(TestIntakePlugins)
#include "tst_intakeplugins.moc"
