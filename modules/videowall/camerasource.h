#pragma once

#include "error.h"

#include <QRectF>
#include <QUrl>

namespace yw::store {
class Database;
}

namespace yw::videowall {

// What a camera window shows: a camera of the case database (its device id; the stream address
// is its `stream` property) or a stream address itself (rtsp, rtsps, http, https, file), and
// optionally the part of the picture to show, "…@x,y,w,h" in fractions of the picture.
struct CameraSource
{
    QString id;   // the argument without the crop
    QString name; // for the wall: the camera's name, or the address without its password
    QUrl url;
    QRectF crop{0, 0, 1, 1};

    // NotFound for an unknown camera; InvalidInput for a camera without an address or a bad crop.
    static yw::core::Result<CameraSource> resolve(const QString &argument, yw::store::Database *db);
};

} // namespace yw::videowall
