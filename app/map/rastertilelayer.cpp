#include "rastertilelayer.h"

#include "webmercator.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QTimer>
#include <QUrlQuery>

namespace yw::map {

RasterTileLayer::RasterTileLayer(QString id, QString title, Source source)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_source(std::move(source))
{}

QUrl RasterTileLayer::tileUrl(const TileKey &key) const
{
    if (m_source.kind == Kind::Xyz) {
        QString u = m_source.url;
        u.replace(QLatin1String("{z}"), QString::number(key.z));
        u.replace(QLatin1String("{x}"), QString::number(key.x));
        u.replace(QLatin1String("{y}"), QString::number(key.y));
        return QUrl(u);
    }
    QUrl url(m_source.url);
    QUrlQuery q(url);
    if (m_source.kind == Kind::Wmts) {
        q.addQueryItem(QStringLiteral("SERVICE"), QStringLiteral("WMTS"));
        q.addQueryItem(QStringLiteral("REQUEST"), QStringLiteral("GetTile"));
        q.addQueryItem(QStringLiteral("VERSION"), QStringLiteral("1.0.0"));
        q.addQueryItem(QStringLiteral("LAYER"), m_source.layers);
        q.addQueryItem(QStringLiteral("STYLE"), m_source.style.isEmpty() ? QStringLiteral("default") : m_source.style);
        q.addQueryItem(QStringLiteral("FORMAT"), m_source.format);
        q.addQueryItem(QStringLiteral("TILEMATRIXSET"), QStringLiteral("GoogleMapsCompatible"));
        q.addQueryItem(QStringLiteral("TILEMATRIX"), QString::number(key.z));
        q.addQueryItem(QStringLiteral("TILEROW"), QString::number(key.y));
        q.addQueryItem(QStringLiteral("TILECOL"), QString::number(key.x));
    } else {
        const QRectF b = WebMercator::tileBounds(key.z, key.x, key.y);
        q.addQueryItem(QStringLiteral("SERVICE"), QStringLiteral("WMS"));
        q.addQueryItem(QStringLiteral("REQUEST"), QStringLiteral("GetMap"));
        q.addQueryItem(QStringLiteral("VERSION"), QStringLiteral("1.3.0"));
        q.addQueryItem(QStringLiteral("LAYERS"), m_source.layers);
        q.addQueryItem(QStringLiteral("STYLES"), m_source.style);
        q.addQueryItem(QStringLiteral("CRS"), QStringLiteral("EPSG:3857"));
        q.addQueryItem(QStringLiteral("BBOX"), QStringLiteral("%1,%2,%3,%4")
                                                   .arg(b.left(), 0, 'f', 3)
                                                   .arg(b.top(), 0, 'f', 3)
                                                   .arg(b.right(), 0, 'f', 3)
                                                   .arg(b.bottom(), 0, 'f', 3));
        q.addQueryItem(QStringLiteral("WIDTH"), QString::number(WebMercator::kTileSize));
        q.addQueryItem(QStringLiteral("HEIGHT"), QString::number(WebMercator::kTileSize));
        q.addQueryItem(QStringLiteral("FORMAT"), m_source.format);
        q.addQueryItem(QStringLiteral("TRANSPARENT"), QStringLiteral("TRUE"));
    }
    url.setQuery(q);
    return url;
}

TileResult RasterTileLayer::renderTile(QImage &image, const TileKey &key) const
{
    // A network access manager of this worker thread, with its own event loop for the wait.
    QNetworkAccessManager net;
    QNetworkRequest request(tileUrl(key));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Yiwang"));
    request.setTransferTimeout(m_source.timeoutMs);
    QNetworkReply *reply = net.get(request);
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    guard.start(m_source.timeoutMs);
    loop.exec();
    const bool timedOut = !guard.isActive() || reply->error() == QNetworkReply::OperationCanceledError
                          || reply->error() == QNetworkReply::TimeoutError;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString error = reply->errorString();
    reply->deleteLater();
    ++m_fetched;
    auto fail = [&](QAtomicInt &counter, const QString &why) {
        ++counter;
        QMutexLocker lock(&m_mutex);
        m_lastError = why;
        return TileResult::Failed;
    };
    if (timedOut)
        return fail(m_timedOut, QStringLiteral("timed out after %1 s").arg(m_source.timeoutMs / 1000.0));
    if (status == 404 || status == 204)
        return TileResult::Empty; // no tile there: the server says so
    if (status != 200)
        return fail(m_failed, status > 0 ? QStringLiteral("HTTP %1").arg(status) : error);
    QImage tile;
    if (!tile.loadFromData(body))
        return fail(m_failed, QStringLiteral("not an image (%1 bytes)").arg(body.size()));
    QPainter p(&image);
    p.drawImage(QRect(0, 0, WebMercator::kTileSize, WebMercator::kTileSize), tile);
    return TileResult::Drawn;
}

QString RasterTileLayer::status() const
{
    const int n = m_fetched.loadRelaxed();
    if (n == 0)
        return {};
    QString s = QStringLiteral("%1 tiles").arg(n);
    if (m_timedOut.loadRelaxed() > 0)
        s += QStringLiteral(", %1 timed out").arg(m_timedOut.loadRelaxed());
    if (m_failed.loadRelaxed() > 0)
        s += QStringLiteral(", %1 failed").arg(m_failed.loadRelaxed());
    QMutexLocker lock(&m_mutex);
    if (!m_lastError.isEmpty() && (m_timedOut.loadRelaxed() > 0 || m_failed.loadRelaxed() > 0))
        s += QStringLiteral(": ") + m_lastError;
    return s;
}

} // namespace yw::map
