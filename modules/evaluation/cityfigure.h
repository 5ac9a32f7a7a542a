#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::evaluation {

// A figure of the city for the period, against the period before (the tiles over the ranking).
class CityFigure
{
    Q_GADGET
    QML_VALUE_TYPE(cityFigure)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString value MEMBER value)
    Q_PROPERTY(QString change MEMBER change)
    Q_PROPERTY(bool better MEMBER better)
    Q_PROPERTY(QString columnId MEMBER columnId)
public:
    QString label;
    QString value;
    QString change;
    bool better = true;
    QString columnId;
};

} // namespace yw::evaluation
