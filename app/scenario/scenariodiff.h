#pragma once

#include "scenariodocument.h"

namespace yw::scenario {

// What changed between two versions of a scenario, part by part, for the history's compare view:
// the title, the canvas and theme, each widget (added, removed, moved, resized, its type, source
// or options) and each source, by id.
struct ScenarioChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString part; // "title", "canvas", "widget", "source"
    QString id;   // the widget's or source's id
    QString what; // in words: "moved from (0, 0) to (40, 0)"

    bool operator==(const ScenarioChange &o) const
    {
        return kind == o.kind && part == o.part && id == o.id && what == o.what;
    }
};

class ScenarioDiff
{
public:
    static QList<ScenarioChange> between(const ScenarioDocument &before, const ScenarioDocument &after);
};

} // namespace yw::scenario
