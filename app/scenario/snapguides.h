#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace yw::scenario {

// The editor's snapping while a widget is dragged or resized on the canvas, as in slide and
// dashboard editors: an edge or the centre of the moving widget within `threshold` canvas pixels
// of an edge or centre of another widget, or of the canvas's edges and middle, is pulled onto
// it, and the lines it aligned with are returned for the editor to draw. The nearest candidate
// wins on each axis separately; ties go to the earlier widget.
class SnapGuides
{
public:
    struct Result
    {
        QRectF rect;           // where the widget goes
        QList<double> xs;      // vertical guide lines (canvas x) it aligns with
        QList<double> ys;      // horizontal guide lines (canvas y)
    };
    enum class Mode {
        Move,     // every edge and the centre may snap; the size stays
        Resize    // only the right and bottom edges move (the drag handle's corner)
    };

    SnapGuides(QSizeF canvas, QList<QRectF> others, double threshold = 6);

    Result snap(const QRectF &moving, Mode mode = Mode::Move) const;

private:
    QList<double> m_xs, m_ys; // the lines one may snap to
    double m_threshold;
};

} // namespace yw::scenario
