#pragma once

#include <QMarginsF>
#include <QPoint>
#include <QRectF>
#include <QSize>
#include <QString>

namespace yw::wall {

// One display of the wall, as mounted: where its picture (the active area) sits on the wall in
// millimetres from the wall's top-left, the frame around it (bezels), its resolution as mounted
// and how it is turned. `output` names the screen (QScreen::name) in per-screen mode; `desktop` is
// where its pixels start on a wall processor's single desktop.
struct WallMonitor
{
    QString id;
    QString output;
    QRectF activeMm;
    QMarginsF bezelMm;
    QSize resolution; // as the viewer sees it (after rotation)
    int rotation = 0; // 0, 90, 180 or 270 degrees clockwise, as mounted
    QPoint desktop;

    // The monitor with its frame: what two neighbours may not share.
    QRectF outerMm() const { return activeMm.marginsAdded(bezelMm); }
    // Pixels per millimetre across and down.
    double pixelsPerMmX() const { return activeMm.width() > 0 ? resolution.width() / activeMm.width() : 0; }
    double pixelsPerMmY() const { return activeMm.height() > 0 ? resolution.height() / activeMm.height() : 0; }
    // The resolution of the output itself (before the picture is turned).
    QSize outputResolution() const
    {
        return rotation == 90 || rotation == 270 ? resolution.transposed() : resolution;
    }
};

} // namespace yw::wall
