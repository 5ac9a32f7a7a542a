#pragma once

#include "wallconfig.h"

#include <QImage>

namespace yw::walldisplay {

// A picture of the whole wall as it hangs, for the screenshot command and the operators' panel:
// each monitor's output turned upright and put at its place, its frame drawn around it, the wall
// between; a monitor without a picture (lost) shows "no signal". `pixelsPerMm` sets the size.
class WallPictureComposer
{
public:
    // `outputs`: per monitor, the image its output shows (null for none).
    static QImage compose(const yw::wall::WallConfig &wall, const QList<QImage> &outputs, double pixelsPerMm);
};

} // namespace yw::walldisplay
