#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace yw::onemap {

// What a click (or a rectangle) found on the map: a case, a component, a device, an area, or
// the counts of a selection; with its details as "label  value" lines, in the interface
// language, read from the case database.
class IdentifiedFeature
{
    Q_GADGET
    QML_VALUE_TYPE(identifiedFeature)
    Q_PROPERTY(QString layer MEMBER layer)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QStringList details MEMBER details)
    Q_PROPERTY(qint64 caseId MEMBER caseId)
public:
    QString layer;
    QString kind;  // case, component, device, area, selection
    QString id;
    QString title;
    QStringList details;
    qint64 caseId = 0; // a case: it opens where cases are worked on
};

} // namespace yw::onemap
