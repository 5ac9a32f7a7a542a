#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// A department a case can be given to.
class DepartmentChoice
{
    Q_GADGET
    QML_VALUE_TYPE(departmentChoice)
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
public:
    qint64 id = 0;
    QString name;
};

} // namespace yw::dispatch
