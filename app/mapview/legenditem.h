#pragma once

#include <QColor>
#include <QObject>

namespace yw::mapview {

// One entry of a layer's legend in the panel: a colour and what it stands for.
class LegendItem
{
    Q_GADGET
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QColor colour MEMBER colour)
public:
    QString label;
    QColor colour;
};

} // namespace yw::mapview
