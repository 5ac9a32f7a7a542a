#include "intakedesk.h"

#include "attachmentstore.h"
#include "placefinder.h"

#include <QFile>
#include <QUrl>

#include "locatorloader.h"
#include "session.h"

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
    , m_source(enumKey(SourceChannel::Hotline12345)) // the most common channel at a desk
{
    auto locator = yw::intake::loadLocator(*context.database);
    m_locator = std::make_unique<yw::gis::Locator>(locator ? std::move(locator).value()
                                                           : yw::gis::Locator());
    if (auto d = DuplicateRules::builtIn())
        m_duplicateRules = d.value();
    m_service = std::make_unique<yw::intake::IntakeService>(
        *context.cases, yw::intake::IntakeService::Rules{*m_locator, m_routing, m_duplicateRules});
    QList<yw::shell::ChoiceListModel::Choice> sources;
    for (SourceChannel s : enumValues<SourceChannel>())
        sources << yw::shell::ChoiceListModel::Choice{enumKey(s), displayName(s), 0};
    m_sources.setChoices(sources);
}

IntakeDesk::~IntakeDesk() = default;

void IntakeDesk::setSource(const QString &key)
{
    bool ok = false;
    enumFromKey<SourceChannel>(key, &ok);
    if (!ok || key == m_source)
        return;
    m_source = key;
    emit formChanged();
}

#define YW_FORM_SETTER(Setter, Type, member)                                                       \
    void IntakeDesk::Setter(Type value)                                                            \
    {                                                                                              \
        if (value == member)                                                                       \
            return;                                                                                \
        member = value;                                                                            \
        emit formChanged();                                                                        \
    }
YW_FORM_SETTER(setClassCode, const QString &, m_classCode)
YW_FORM_SETTER(setPlace, const QString &, m_place)
YW_FORM_SETTER(setDescription, const QString &, m_description)
YW_FORM_SETTER(setReporter, const QString &, m_reporter)
YW_FORM_SETTER(setUrgent, bool, m_urgent)
YW_FORM_SETTER(setPhotos, const QStringList &, m_photos)
#undef YW_FORM_SETTER

void IntakeDesk::addPhotos(const QList<QUrl> &files)
{
    QStringList all = m_photos;
    for (const QUrl &f : files)
        all << f.toString();
    setPhotos(all);
}

Result<CaseRecord> IntakeDesk::draft() const
{
    CaseRecord d;
    bool ok = false;
    d.source = enumFromKey<SourceChannel>(m_source, &ok);
    if (!ok)
        d.source = SourceChannel::Hotline12345;
    d.urgency = m_urgent ? Urgency::Urgent : Urgency::Normal;
    d.classCode = m_classCode.trimmed();
    d.kind = m_context.taxonomy->find(TaxonomyKind::Component, d.classCode)
                 ? TaxonomyKind::Component
                 : TaxonomyKind::Matter;
    d.description = m_description.trimmed();
    d.reporterName = m_reporter.trimmed();
    const QString place = m_place.trimmed();
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

void IntakeDesk::show(const yw::intake::IntakeOutcome &o, const QString &mergedInto)
{
    QList<DuplicateCandidate> dups;
    for (int i = 0; i < o.duplicates.size(); ++i)
        dups << DuplicateCandidate{o.duplicates[i].id, o.duplicates[i].caseNumber,
                                   displayName(o.duplicates[i].state),
                                   int(qRound(o.duplicateDistancesM[i]))};
    const Area *community = m_context.areas->find(o.record.communityCode);
    const Area *street = m_context.areas->find(o.record.streetCode);
    const TaxonomyClass *cls = m_context.taxonomy->find(o.record.kind, o.record.classCode);
    IntakeResult r;
    r.valid = true;
    r.place = QStringLiteral("%1 %2 · %3")
                  .arg(street ? street->name : QString(), community ? community->name : QString(),
                       o.record.gridCode);
    r.className = cls ? cls->nameZh : o.record.classCode;
    r.owner = m_departments.value(o.routing.departmentId);
    r.caseId = o.record.id;
    r.caseNumber = o.record.caseNumber;
    r.mergedInto = mergedInto;
    r.duplicateCount = int(dups.size());
    // Once filed, the candidates are no longer a question.
    m_duplicates.setRows(r.filed() ? QList<DuplicateCandidate>() : dups);
    m_result = r;
    emit resultChanged();
}

bool IntakeDesk::fail(const QString &why)
{
    m_result = IntakeResult();
    m_result.valid = true;
    m_result.error = why;
    m_duplicates.setRows({});
    emit resultChanged();
    return false;
}

bool IntakeDesk::preview()
{
    auto d = draft();
    if (!d)
        return fail(d.error().message);
    auto o = m_service->preview(m_context.session->user(), d.value());
    if (!o)
        return fail(m_context.describe(o.error()));
    show(o.value());
    return true;
}

Result<QList<std::pair<QString, QByteArray>>> IntakeDesk::readPhotos() const
{
    QList<std::pair<QString, QByteArray>> out;
    for (const QString &v : m_photos) {
        const QUrl url(v);
        const QString path = url.isLocalFile() ? url.toLocalFile() : v;
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

bool IntakeDesk::submit()
{
    auto d = draft();
    if (!d)
        return fail(d.error().message);
    // Photos are checked before anything is filed: a bad one stops the report, not half of it.
    auto photos = readPhotos();
    if (!photos)
        return fail(photos.error().message);
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
        return fail(m_context.describe(s.error()));
    clearForm();
    show(outcome);
    emit reported(outcome.record.id);
    return true;
}

bool IntakeDesk::submitAsDuplicate(qint64 intoCaseId)
{
    auto d = draft();
    if (!d)
        return fail(d.error().message);
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
        return fail(m_context.describe(s.error()));
    clearForm();
    show(outcome, target.caseNumber);
    emit reported(outcome.record.id);
    return true;
}

void IntakeDesk::startAt(const QString &place)
{
    clear();
    setPlace(place);
}

void IntakeDesk::clearForm()
{
    m_classCode.clear();
    m_place.clear();
    m_description.clear();
    m_reporter.clear();
    m_urgent = false;
    m_photos.clear();
    emit formChanged();
}

void IntakeDesk::clear()
{
    clearForm();
    m_result = IntakeResult();
    m_duplicates.setRows({});
    emit resultChanged();
}

} // namespace yw::dispatch
