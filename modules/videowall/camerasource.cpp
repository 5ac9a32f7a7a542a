#include "camerasource.h"

#include "geodatarepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yw::videowall {

using yw::core::Error;

yw::core::Result<CameraSource> CameraSource::resolve(const QString &argument, yw::store::Database *db)
{
    CameraSource s;
    QString source = argument.trimmed();
    const int at = source.lastIndexOf(QLatin1Char('@'));
    // An '@' followed by four numbers is a crop (a URL's user@host is not).
    if (at > 0) {
        const QStringList parts = source.mid(at + 1).split(QLatin1Char(','));
        bool all = parts.size() == 4;
        QList<double> v;
        for (const QString &p : parts) {
            bool ok = false;
            v << p.toDouble(&ok);
            all = all && ok;
        }
        if (all) {
            const QRectF crop(v[0], v[1], v[2], v[3]);
            if (crop.width() <= 0.01 || crop.height() <= 0.01 || crop.left() < 0 || crop.top() < 0 || crop.right() > 1.0001
                || crop.bottom() > 1.0001)
                return Error::make(Error::Code::InvalidInput,
                                   QStringLiteral("a crop is @x,y,w,h in fractions of the picture, inside 0..1"));
            s.crop = crop;
            source = source.left(at);
        }
    }
    if (source.isEmpty())
        return Error::make(Error::Code::NotFound, QStringLiteral("a camera window needs a camera or a stream address"));
    s.id = source;
    const QUrl url(source);
    static const QStringList schemes{QStringLiteral("rtsp"), QStringLiteral("rtsps"), QStringLiteral("http"),
                                     QStringLiteral("https"), QStringLiteral("file")};
    if (url.isValid() && schemes.contains(url.scheme())) {
        s.url = url;
        s.name = url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveUserInfo);
        return s;
    }
    if (!db)
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no camera %1").arg(source));
    auto device = yw::store::GeodataRepository(*db).device(source);
    if (!device || device.value().kind != QLatin1String("camera"))
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no camera %1").arg(source));
    s.name = device.value().name;
    const QString stream = QJsonDocument::fromJson(device.value().properties.toUtf8())
                               .object()
                               .value(QLatin1String("stream"))
                               .toString();
    if (stream.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("camera %1 (%2) has no stream address (its stream property)").arg(source, s.name));
    s.url = QUrl(stream);
    return s;
}

} // namespace yw::videowall
