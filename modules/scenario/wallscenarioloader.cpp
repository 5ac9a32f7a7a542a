#include "wallscenarioloader.h"

#include "modulecontext.h"
#include "scenariocatalog.h"
#include "scenariorepository.h"
#include "scenariorun.h"

namespace yw::scenario {

using yw::core::Error;

yw::core::Result<ScenarioDocument> WallScenarioLoader::document(const QString &argument) const
{
    QByteArray json;
    if (argument.startsWith(QLatin1String("template:"))) {
        for (const auto &t : ScenarioCatalog::templates())
            if (t.key == argument)
                json = t.document;
        if (json.isEmpty())
            return Error::make(Error::Code::NotFound, QStringLiteral("there is no scenario template %1").arg(argument));
    } else {
        if (!m_context.database)
            return Error::make(Error::Code::DatabaseUnavailable, QStringLiteral("no case database"));
        yw::store::ScenarioRepository repo(*m_context.database, *m_context.clock);
        auto list = repo.list();
        if (!list)
            return list.error();
        const yw::store::ScenarioRepository::Summary *found = nullptr;
        for (const auto &s : list.value())
            if (s.name == argument || QStringLiteral("stored:%1").arg(s.id) == argument)
                found = &s;
        if (!found)
            return Error::make(Error::Code::NotFound, QStringLiteral("there is no scenario %1").arg(argument));
        if (found->publishedRevision == 0)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("the scenario %1 has not been published; the wall shows published "
                                              "scenarios only")
                                   .arg(found->name));
        auto revision = repo.revision(found->id, found->publishedRevision);
        if (!revision)
            return revision.error();
        json = revision.value().document;
    }
    auto doc = ScenarioDocument::parse(json);
    if (!doc)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the scenario %1 cannot be shown: %2").arg(argument, doc.error().message));
    return doc;
}

yw::core::Result<std::shared_ptr<ScenarioRun>> WallScenarioLoader::run(const QString &argument) const
{
    auto doc = document(argument);
    if (!doc)
        return doc.error();
    auto run = std::make_shared<ScenarioRun>(m_context);
    run->load(doc.value());
    return run;
}

} // namespace yw::scenario
