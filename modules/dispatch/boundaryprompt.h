#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// The boundary prompt: another department owns the case's class in a unit grid this close to its
// point (valid is false when there is none).
class BoundaryPrompt
{
    Q_GADGET
    QML_VALUE_TYPE(boundaryPrompt)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(qint64 departmentId MEMBER departmentId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString gridCode MEMBER gridCode)
    Q_PROPERTY(int distance MEMBER distance)
public:
    bool valid = false;
    qint64 departmentId = 0;
    QString name;
    QString gridCode;
    int distance = 0; // metres

    bool operator==(const BoundaryPrompt &o) const
    {
        return valid == o.valid && departmentId == o.departmentId && name == o.name
               && gridCode == o.gridCode && distance == o.distance;
    }
    bool operator!=(const BoundaryPrompt &o) const { return !(*this == o); }
};

} // namespace yw::dispatch
