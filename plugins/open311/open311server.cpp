#include "open311server.h"

#include "open311documents.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QUrlQuery>

namespace yw::plugins {

using yw::intake::IntakeReply;
using Format = Open311Documents::Format;

namespace {
// Form bodies encode spaces as '+', which QUrlQuery leaves alone.
QUrlQuery formQuery(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

QString param(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded).trimmed();
}

QDateTime parseTime(const QString &s, bool *ok)
{
    const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    *ok = t.isValid();
    return t;
}
} // namespace

Open311Server::Open311Server() = default;
Open311Server::~Open311Server() = default;

QVariantMap Open311Server::settingsHelp() const
{
    return {
        {QStringLiteral("address"), QStringLiteral("address to listen on (127.0.0.1)")},
        {QStringLiteral("port"), QStringLiteral("TCP port (8311; 0 takes a free one)")},
        {QStringLiteral("api_keys"), QStringLiteral("keys that may post, ';'-separated")},
        {QStringLiteral("api_keys_file"), QStringLiteral("a file of keys, one a line, '#' comments")},
        {QStringLiteral("jurisdiction_id"), QStringLiteral("when set, requests naming another are refused")},
        {QStringLiteral("service_notice"), QStringLiteral("the notice returned with every request")},
    };
}

QString Open311Server::start(yw::intake::IntakeHost &host, const QVariantMap &settings)
{
    stop();
    m_host = &host;
    m_keys = settings.value(QStringLiteral("api_keys")).toString().split(u';', Qt::SkipEmptyParts);
    const QString keysFile = settings.value(QStringLiteral("api_keys_file")).toString();
    if (!keysFile.isEmpty()) {
        QFile f(keysFile);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read api_keys_file %1: %2").arg(keysFile, f.errorString());
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QString k = QString::fromUtf8(line).trimmed();
            if (!k.isEmpty() && !k.startsWith(u'#'))
                m_keys << k;
        }
    }
    for (QString &k : m_keys)
        k = k.trimmed();
    m_keys.removeAll(QString());
    if (m_keys.isEmpty())
        return QStringLiteral("no API keys: set api_keys or api_keys_file (nobody could post)");
    m_serviceNotice = settings.value(QStringLiteral("service_notice")).toString();
    m_jurisdiction = settings.value(QStringLiteral("jurisdiction_id")).toString();
    m_address = settings.value(QStringLiteral("address"), QStringLiteral("127.0.0.1")).toString();
    QHostAddress address;
    if (!address.setAddress(m_address))
        return QStringLiteral("\"%1\" is not an IP address").arg(m_address);
    bool ok = true;
    const int port = settings.value(QStringLiteral("port"), 8311).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return QStringLiteral("port must be 0 to 65535");

    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const Reply r = route(request);
            responder.write(r.body, r.mimeType, QHttpServerResponder::StatusCode(r.status));
        });
    m_port = m_server->listen(address, quint16(port));
    if (m_port == 0) {
        m_server.reset();
        return QStringLiteral("cannot listen on %1:%2").arg(m_address).arg(port);
    }
    return {};
}

void Open311Server::stop()
{
    m_server.reset();
    m_port = 0;
}

QString Open311Server::status() const
{
    return m_server ? QStringLiteral("listening on %1:%2").arg(m_address).arg(m_port)
                    : QStringLiteral("stopped");
}

bool Open311Server::validKey(const QString &key) const
{
    // Compare digests in full, so that the time taken says nothing about a near miss.
    const QByteArray given = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    bool found = false;
    for (const QString &k : m_keys) {
        const QByteArray stored = QCryptographicHash::hash(k.toUtf8(), QCryptographicHash::Sha256);
        unsigned char diff = 0;
        for (int i = 0; i < stored.size(); ++i)
            diff |= uchar(stored.at(i) ^ given.at(i));
        found |= diff == 0;
    }
    return found;
}

Open311Server::Reply Open311Server::route(const QHttpServerRequest &request)
{
    static const QRegularExpression re(
        QStringLiteral("^/(services|requests)(?:/([^/]+?))?\\.(json|xml)$"));
    const QString path = request.url().path();
    const auto m = re.match(path);
    const Format format = m.hasMatch() && m.captured(3) == QLatin1String("xml") ? Format::Xml
                                                                                : Format::Json;
    const Open311Documents docs(format, m_host->cityTimeZone());
    auto fail = [&](int status, const QString &why) {
        return Reply{status, docs.error(status, why), docs.mimeType()};
    };
    if (!m.hasMatch())
        return fail(404, QStringLiteral("no such resource: %1 (try /services.json)").arg(path));
    if (request.body().size() > kMaxBodyBytes)
        return fail(413, QStringLiteral("the request body is larger than %1 bytes").arg(kMaxBodyBytes));
    const QString resource = m.captured(1);
    const QString id = m.captured(2);
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QUrlQuery query = request.query();
    if (!m_jurisdiction.isEmpty()) {
        const QString j = post ? param(formQuery(request.body()), QStringLiteral("jurisdiction_id"))
                               : param(query, QStringLiteral("jurisdiction_id"));
        if (!j.isEmpty() && j != m_jurisdiction)
            return fail(404, QStringLiteral("unknown jurisdiction_id %1").arg(j));
    }
    if (resource == QLatin1String("services")) {
        if (!get)
            return fail(405, QStringLiteral("services are read with GET"));
        const auto services = m_host->services();
        if (id.isEmpty())
            return Reply{200, docs.services(services), docs.mimeType()};
        for (const auto &s : services)
            if (s.code == id)
                return Reply{200, docs.serviceDefinition(id), docs.mimeType()};
        return fail(404, QStringLiteral("unknown service_code %1").arg(id));
    }
    if (post && id.isEmpty())
        return postRequest(request, int(format));
    if (!get)
        return fail(405, QStringLiteral("requests are posted to /requests.%1 and read with GET")
                             .arg(m.captured(3)));
    return getRequests(query, id, int(format));
}

Open311Server::Reply Open311Server::postRequest(const QHttpServerRequest &request, int f)
{
    const Open311Documents docs{Format(f), m_host->cityTimeZone()};
    auto fail = [&](int status, const QString &why) {
        return Reply{status, docs.error(status, why), docs.mimeType()};
    };
    const QUrlQuery form = formQuery(request.body());
    const QString key = param(form, QStringLiteral("api_key"));
    if (key.isEmpty() || !validKey(key)) {
        m_host->reject(id(), QStringLiteral("Open311"), {},
                       key.isEmpty() ? QStringLiteral("no api_key") : QStringLiteral("invalid api_key"),
                       {});
        return fail(403, key.isEmpty() ? QStringLiteral("api_key is required")
                                       : QStringLiteral("Invalid api_key"));
    }
    yw::intake::IntakeRequest r;
    r.channel = QStringLiteral("Open311");
    r.classCode = param(form, QStringLiteral("service_code"));
    r.description = param(form, QStringLiteral("description"));
    r.address = param(form, QStringLiteral("address_string"));
    r.reporterName = (param(form, QStringLiteral("first_name")) + u' '
                      + param(form, QStringLiteral("last_name")))
                         .trimmed();
    r.reporterPhone = param(form, QStringLiteral("phone"));
    r.occurredAt = m_host->now();
    // The form without the key: the log keeps what was asked, not the secret.
    QUrlQuery logged = form;
    logged.removeAllQueryItems(QStringLiteral("api_key"));
    r.payload = logged.toString(QUrl::FullyDecoded);
    const QString media = param(form, QStringLiteral("media_url"));
    if (!media.isEmpty()) {
        const QUrl url(media, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http")
                               && url.scheme() != QLatin1String("https")))
            return fail(400, QStringLiteral("media_url must be an http(s) URL"));
        r.attachments << media;
    }
    if (r.classCode.isEmpty()) {
        m_host->reject(id(), r.channel, {}, QStringLiteral("service_code is required"), r.payload);
        return fail(400, QStringLiteral("service_code is required"));
    }
    const QString lat = param(form, QStringLiteral("lat"));
    const QString lon = param(form, QStringLiteral("long"));
    if (!lat.isEmpty() || !lon.isEmpty()) {
        bool okLat = false, okLon = false;
        r.latitude = lat.toDouble(&okLat);
        r.longitude = lon.toDouble(&okLon);
        if (!okLat || !okLon) {
            m_host->reject(id(), r.channel, {}, QStringLiteral("lat/long are not numbers"), r.payload);
            return fail(400, QStringLiteral("lat and long must be decimal degrees (WGS84)"));
        }
        r.hasLocation = true;
    } else {
        const QString why = r.address.isEmpty() && param(form, QStringLiteral("address_id")).isEmpty()
                                ? QStringLiteral("a location is required: lat and long")
                                : QStringLiteral("addresses cannot be located here: send lat and long");
        m_host->reject(id(), r.channel, {}, why, r.payload);
        return fail(400, why);
    }
    if (r.description.isEmpty())
        r.description = QStringLiteral("(Open311)");
    bool knownService = false;
    for (const auto &s : m_host->services())
        knownService |= s.code == r.classCode;
    if (!knownService) {
        m_host->reject(id(), r.channel, {},
                       QStringLiteral("unknown service_code %1").arg(r.classCode), r.payload);
        return fail(404, QStringLiteral("unknown service_code %1").arg(r.classCode));
    }
    const IntakeReply reply = m_host->submit(id(), r);
    switch (reply.outcome) {
    case IntakeReply::Outcome::Reported:
    case IntakeReply::Outcome::Duplicate:
    case IntakeReply::Outcome::AlreadyReceived:
        return Reply{201, docs.created(reply.caseNumber, m_serviceNotice), docs.mimeType()};
    case IntakeReply::Outcome::Rejected:
        return fail(400, reply.reason);
    case IntakeReply::Outcome::Failed:
        break;
    }
    return fail(503, QStringLiteral("the case database is unavailable; try again later"));
}

Open311Server::Reply Open311Server::getRequests(const QUrlQuery &query, const QString &oneId,
                                                int f)
{
    const Open311Documents docs{Format(f), m_host->cityTimeZone()};
    auto fail = [&](int status, const QString &why) {
        return Reply{status, docs.error(status, why), docs.mimeType()};
    };
    yw::intake::IntakeCaseQuery q;
    q.limit = kMaxRequests;
    const QString ids = oneId.isEmpty() ? param(query, QStringLiteral("service_request_id")) : oneId;
    QStringList statuses;
    if (!ids.isEmpty()) {
        // Ids given: the other filters do not apply (GeoReport v2).
        q.caseNumbers = ids.split(u',', Qt::SkipEmptyParts);
        for (QString &n : q.caseNumbers)
            n = n.trimmed();
    } else {
        const QString codes = param(query, QStringLiteral("service_code"));
        if (!codes.isEmpty())
            q.classCodes = codes.split(u',', Qt::SkipEmptyParts);
        bool ok = true;
        const QString start = param(query, QStringLiteral("start_date"));
        const QString end = param(query, QStringLiteral("end_date"));
        q.before = end.isEmpty() ? m_host->now().addSecs(1) : parseTime(end, &ok);
        if (!ok)
            return fail(400, QStringLiteral("end_date must be ISO 8601 with a time zone"));
        q.from = start.isEmpty() ? q.before.addDays(-kDefaultDays) : parseTime(start, &ok);
        if (!ok)
            return fail(400, QStringLiteral("start_date must be ISO 8601 with a time zone"));
        if (q.from >= q.before)
            return fail(400, QStringLiteral("start_date must be before end_date"));
        for (const QString &s :
             param(query, QStringLiteral("status")).split(u',', Qt::SkipEmptyParts)) {
            const QString st = s.trimmed().toLower();
            if (st != QLatin1String("open") && st != QLatin1String("closed"))
                return fail(400, QStringLiteral("status is open, closed or both"));
            statuses << st;
        }
    }
    QString error;
    QList<yw::intake::IntakeCaseStatus> cases = m_host->cases(q, &error);
    if (!error.isEmpty())
        return fail(503, QStringLiteral("the case database is unavailable; try again later"));
    if (!statuses.isEmpty())
        cases.erase(std::remove_if(cases.begin(), cases.end(),
                                   [&](const auto &c) {
                                       return !statuses.contains(Open311Documents::openOrClosed(c));
                                   }),
                    cases.end());
    if (!oneId.isEmpty() && cases.isEmpty())
        return fail(404, QStringLiteral("no service request %1").arg(oneId));
    const bool extensions = param(query, QStringLiteral("extensions")) == QLatin1String("true");
    return Reply{200, docs.requests(cases, extensions, m_serviceNotice), docs.mimeType()};
}

} // namespace yw::plugins
