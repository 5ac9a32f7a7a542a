#include "intakedesk.h"

#include "attachmentstore.h"
#include "placefinder.h"

#include <QFile>
#include <QUrl>

#include "locatorloader.h"
#include "session.h"
#include "shellcontroller.h"

#include <QRegularExpression>

namespace yw::dispatch {

using namespace yw::core;

IntakeDesk::IntakeDesk(yw::shell::ModuleContext &context, const RoutingTable &routing,
                       const QHash<qint64, QString> &departments, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_classes(*context.taxonomy)
    , m_routing(routing)
    , m_departments(departments)
{
    auto locator = yw::intake::loadLocator(*context.database);
    m_locator = std::make_unique<yw::gis::Locator>(locator ? std::move(locator).value()
                                                           : yw::gis::Locator());
    if (auto d = DuplicateRules::builtIn())
        m_duplicates = d.value();
    m_service = std::make_unique<yw::intake::IntakeService>(
        *context.cases, yw::intake::IntakeService::Rules{*m_locator, m_routing, m_duplicates});
}

IntakeDesk::~IntakeDesk() = default;

QVariantList IntakeDesk::sources() const
{
    QVariantList out;
    for (SourceChannel s : enumValues<SourceChannel>())
        out << QVariantMap{{QStringLiteral("key"), enumKey(s)},
                           {QStringLiteral("name"), displayName(s)}};
    return out;
}

Result<CaseRecord> IntakeDesk::draftOf(const QVariantMap &form) const
{
    CaseRecord d;
    bool ok = false;
    d.source = enumFromKey<SourceChannel>(form.value(QStringLiteral("source")).toString(), &ok);
    if (!ok)
        d.source = SourceChannel::Hotline12345;
    d.urgency = enumFromKey<Urgency>(form.value(QStringLiteral("urgency")).toString(), &ok);
    if (!ok)
        d.urgency = Urgency::Normal;
    d.classCode = form.value(QStringLiteral("classCode")).toString().trimmed();
    d.kind = m_context.taxonomy->find(TaxonomyKind::Component, d.classCode)
                 ? TaxonomyKind::Component
                 : TaxonomyKind::Matter;
    d.description = form.value(QStringLiteral("description")).toString().trimmed();
    d.reporterName = form.value(QStringLiteral("reporter")).toString().trimmed();
    const QString place = form.value(QStringLiteral("place")).toString().trimmed();
    static const QRegularExpression lonLat(
        QStringLiteral("^(-?\\d+(?:\\.\\d+)?)\\s*[,，\\s]\\s*(-?\\d+(?:\\.\\d+)?)$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{16,17}$"));
    if (const auto m = lonLat.match(place); m.hasMatch()) {
        d.hasLocation = true;
        d.longitude = m.captured(1).toDouble();
        d.latitude = m.captured(2).toDouble();
    } else if (digits.match(place).hasMatch()) {
        d.componentId = place;
    } else if (!place.isEmpty()) {
        // A community, street or district by name (or pinyin initials): its central unit grid.
        const QList<yw::intake::PlaceFinder::Place> found =
            yw::intake::PlaceFinder(*m_context.areas, *m_locator).find(place);
        if (found.isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("No community, street or district is called \"%1\". Give the "
                                  "place as \"longitude, latitude\", a component code or a place name.")
                                   .arg(place));
        if (found.size() > 1) {
            QStringList names;
            for (const auto &p : found)
                names << p.label;
            return Error::make(Error::Code::InvalidInput,
                               tr("\"%1\" could be: %2. Type more of the name.")
                                   .arg(place, names.join(QStringLiteral("; "))));
        }
        d.hasLocation = true;
        d.longitude = found.first().longitude;
        d.latitude = found.first().latitude;
        d.address = found.first().label;
    } else {
        return Error::make(Error::Code::InvalidInput, tr("Where is it? Give the place."));
    }
    if (d.classCode.isEmpty() && d.componentId.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("Pick the class of the problem."));
    return d;
}

QVariantMap IntakeDesk::describe(const yw::intake::IntakeOutcome &o) const
{
    QVariantList dups;
    for (int i = 0; i < o.duplicates.size(); ++i)
        dups << QVariantMap{{QStringLiteral("caseNumber"), o.duplicates[i].caseNumber},
                            {QStringLiteral("caseId"), o.duplicates[i].id},
                            {QStringLiteral("state"), displayName(o.duplicates[i].state)},
                            {QStringLiteral("distance"), qRound(o.duplicateDistancesM[i])}};
    const Area *community = m_context.areas->find(o.record.communityCode);
    const Area *street = m_context.areas->find(o.record.streetCode);
    const TaxonomyClass *cls = m_context.taxonomy->find(o.record.kind, o.record.classCode);
    return {{QStringLiteral("place"),
             QStringLiteral("%1 %2 · %3")
                 .arg(street ? street->name : QString(), community ? community->name : QString(),
                      o.record.gridCode)},
            {QStringLiteral("className"), cls ? cls->nameZh : o.record.classCode},
            {QStringLiteral("owner"), m_departments.value(o.routing.departmentId)},
            {QStringLiteral("duplicates"), dups},
            {QStringLiteral("caseNumber"), o.record.caseNumber},
            {QStringLiteral("caseId"), o.record.id}};
}

QVariantMap IntakeDesk::preview(const QVariantMap &form)
{
    auto d = draftOf(form);
    if (!d)
        return {{QStringLiteral("error"), d.error().message}};
    auto o = m_service->preview(m_context.session->user(), d.value());
    if (!o)
        return {{QStringLiteral("error"), yw::shell::ShellController::describe(o.error())}};
    return describe(o.value());
}

Result<QList<std::pair<QString, QByteArray>>> IntakeDesk::photosOf(const QVariantMap &form) const
{
    QList<std::pair<QString, QByteArray>> out;
    for (const QVariant &v : form.value(QStringLiteral("photos")).toList()) {
        const QUrl url(v.toString());
        const QString path = url.isLocalFile() ? url.toLocalFile() : v.toString();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::InvalidInput,
                               tr("Cannot read %1: %2").arg(path, f.errorString()));
        if (f.size() > yw::store::AttachmentStore::kMaxBytes)
            return Error::make(Error::Code::InvalidInput, tr("%1 is larger than 10 MB.").arg(path));
        const QByteArray bytes = f.readAll();
        if (yw::store::AttachmentStore::sniffMimeType(bytes).isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("%1 is not a JPEG or PNG photo.").arg(path));
        out.append({path, bytes});
    }
    return out;
}

QVariantMap IntakeDesk::submit(const QVariantMap &form)
{
    auto d = draftOf(form);
    if (!d)
        return {{QStringLiteral("error"), d.error().message}};
    // Photos are checked before anything is filed: a bad one stops the report, not half of it.
    auto photos = photosOf(form);
    if (!photos)
        return {{QStringLiteral("error"), photos.error().message}};
    yw::intake::IntakeOutcome outcome;
    const User &user = m_context.session->user();
    const Status s = m_context.database->transaction([&]() -> Status {
        auto o = m_service->submit(user, d.value());
        if (!o)
            return o.error();
        outcome = o.value();
        yw::store::AttachmentStore store(*m_context.database, *m_context.clock);
        for (const auto &[name, bytes] : photos.value())
            if (auto a = store.add(user, outcome.record.id, name, bytes); !a)
                return a.error();
        return success();
    });
    if (!s)
        return {{QStringLiteral("error"), yw::shell::ShellController::describe(s.error())}};
    return describe(outcome);
}

QVariantMap IntakeDesk::submitAsDuplicate(const QVariantMap &form, qint64 intoCaseId)
{
    auto d = draftOf(form);
    if (!d)
        return {{QStringLiteral("error"), d.error().message}};
    const User &user = m_context.session->user();
    yw::intake::IntakeOutcome outcome;
    CaseRecord target;
    const Status s = m_context.database->transaction([&]() -> Status {
        auto into = m_context.cases->get(intoCaseId);
        if (!into)
            return into.error();
        target = into.value();
        auto o = m_service->submit(user, d.value());
        if (!o)
            return o.error();
        ActionParams p;
        p.mergeIntoCaseId = intoCaseId;
        p.note = tr("repeat of %1").arg(target.caseNumber);
        auto merged = m_context.cases->act(user, o->record.id, o->record.version,
                                           CaseAction::Merge, p);
        if (!merged)
            return merged.error();
        outcome = o.value();
        outcome.record = merged.value();
        return success();
    });
    if (!s)
        return {{QStringLiteral("error"), yw::shell::ShellController::describe(s.error())}};
    QVariantMap out = describe(outcome);
    out.insert(QStringLiteral("mergedInto"), target.caseNumber);
    return out;
}

} // namespace yw::dispatch
