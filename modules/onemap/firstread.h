#pragma once

namespace yw::onemap {

// Whether a layer loader's first read has ended (with data, or with an error the layer panel
// shows): the map is interactive once its outlines' and live cases' first reads ended.
struct FirstRead
{
    bool ended = false;
    // True the first time only: the loader tells of it once.
    bool end()
    {
        const bool first = !ended;
        ended = true;
        return first;
    }
};

} // namespace yw::onemap
