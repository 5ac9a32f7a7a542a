#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// An action of the flow the signed-in user may take now, with what its form needs.
class ActionChoice
{
    Q_GADGET
    QML_VALUE_TYPE(actionChoice)
    Q_PROPERTY(QString key MEMBER key)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(bool needsNote MEMBER needsNote)
    Q_PROPERTY(bool needsDepartment MEMBER needsDepartment)
    Q_PROPERTY(bool needsExtension MEMBER needsExtension)
public:
    QString key;  // a CaseAction key
    QString name; // translated
    bool needsNote = false;
    bool needsDepartment = false;
    bool needsExtension = false;
};

} // namespace yw::dispatch
