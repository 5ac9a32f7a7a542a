#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// A photo of the selected case: what it is, when and by whom it came, and a local copy to show.
class CasePhoto
{
    Q_GADGET
    QML_VALUE_TYPE(casePhoto)
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString size MEMBER size)
    Q_PROPERTY(QString stage MEMBER stage)
    Q_PROPERTY(QString by MEMBER by)
    Q_PROPERTY(QString time MEMBER time)
    Q_PROPERTY(QString url MEMBER url)
public:
    qint64 id = 0;
    QString name;
    QString size;  // "1.2 MB", in the interface language
    QString stage; // the case state it was added in
    QString by;
    QString time;  // "MM-dd HH:mm", city time
    QString url;   // a read-only copy in the cache (file URL), empty when it could not be read
};

} // namespace yw::dispatch
