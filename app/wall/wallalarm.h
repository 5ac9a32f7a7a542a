#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace yw::wall {

// An alarm on the wall: raised by a rule, shown as a pop-up until acknowledged (ack) or, if the
// wall file says so, until it has been up for a while.
struct WallAlarm
{
    qint64 id = 0;
    QString rule;
    QString title;
    QString detail;
    QDateTime at;
    bool hasPlace = false;
    double lon = 0, lat = 0;

    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("id"), double(id)},
                      {QStringLiteral("rule"), rule},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("detail"), detail},
                      {QStringLiteral("at"), at.toString(Qt::ISODate)}};
        if (hasPlace) {
            o.insert(QStringLiteral("lon"), lon);
            o.insert(QStringLiteral("lat"), lat);
        }
        return o;
    }
};

} // namespace yw::wall
