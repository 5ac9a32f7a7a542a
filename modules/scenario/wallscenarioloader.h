#pragma once

#include "error.h"
#include "scenariodocument.h"

#include <memory>

namespace yw::shell {
class ModuleContext;
}

namespace yw::scenario {

class ScenarioRun;

// The scenario a wall window names, running: a template ("template:2-typhoon-emergency"), or a
// stored scenario by "stored:<id>" or by its name, whose *published* revision is shown (a draft
// being edited never reaches the wall).
class WallScenarioLoader
{
public:
    explicit WallScenarioLoader(yw::shell::ModuleContext &context)
        : m_context(context)
    {}

    // The document a wall argument names; NotFound for none, InvalidInput for one never published.
    yw::core::Result<ScenarioDocument> document(const QString &argument) const;
    // That document running on the wall.
    yw::core::Result<std::shared_ptr<ScenarioRun>> run(const QString &argument) const;

private:
    yw::shell::ModuleContext &m_context;
};

} // namespace yw::scenario
