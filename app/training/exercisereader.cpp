#include "exercisereader.h"

#include "jsonlinemap.h"

#include "attachmentstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace yw::training {

using namespace yw::core;
using Kind = ExerciseItem::Kind;

namespace {

const QList<QPair<QString, Kind>> &kinds()
{
    static const QList<QPair<QString, Kind>> k = {
        {QStringLiteral("case"), Kind::Case},
        {QStringLiteral("call"), Kind::Call},
        {QStringLiteral("callback"), Kind::Callback},
        {QStringLiteral("sensorAlarm"), Kind::SensorAlarm},
        {QStringLiteral("typhoonWarning"), Kind::TyphoonWarning},
        {QStringLiteral("departmentOffDuty"), Kind::DepartmentOffDuty},
        {QStringLiteral("extensionRequest"), Kind::ExtensionRequest},
    };
    return k;
}

} // namespace


void ExerciseReader::problem(int line, const QString &text) const
{
    m_problems << (line > 0 ? tr("line %1: %2").arg(line).arg(text) : text);
}

Result<Exercise> ExerciseReader::readFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound, tr("%1 cannot be read: %2").arg(path, f.errorString()));
    auto e = read(f.readAll(), QFileInfo(path).absolutePath());
    if (!e)
        return Error::make(e.error().code, path + QStringLiteral(": ") + e.error().message);
    return e;
}

Result<Exercise> ExerciseReader::read(const QByteArray &json, const QString &photoFolder) const
{
    m_problems.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problem(JsonLineMap::lineOf(json, parseError.offset), parseError.errorString());
        return Error::make(Error::Code::InvalidInput, m_problems.join(u'\n'));
    }
    if (!doc.isObject()) {
        problem(1, tr("an exercise is a JSON object"));
        return Error::make(Error::Code::InvalidInput, m_problems.join(u'\n'));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String("yiwang-exercise"))
        problem(1, tr("not an exercise file (\"schema\": \"yiwang-exercise\" is missing)"));
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version > Exercise::kSchemaVersion) {
        problem(1, tr("written for a newer Yiwang (exercise version %1; this one reads up to %2): "
                      "update Yiwang")
                       .arg(version)
                       .arg(Exercise::kSchemaVersion));
        return Error::make(Error::Code::InvalidInput, m_problems.join(u'\n'));
    }
    if (version < 1)
        problem(1, tr("\"version\" is missing"));

    Exercise e;
    e.source = json;
    e.id = root.value(QStringLiteral("id")).toString();
    e.title = root.value(QStringLiteral("title")).toString();
    e.titleEn = root.value(QStringLiteral("titleEn")).toString(e.title);
    e.description = root.value(QStringLiteral("description")).toString();
    e.start = QTime::fromString(root.value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm"));
    e.durationMinutes = root.value(QStringLiteral("durationMinutes")).toInt(0);
    e.speed = root.value(QStringLiteral("speed")).toDouble(1);
    if (e.id.isEmpty() || e.title.isEmpty())
        problem(1, tr("an exercise needs an \"id\" and a \"title\""));
    if (!e.start.isValid())
        problem(1, tr("\"start\" is the time of day the exercise starts, as HH:MM"));
    if (e.durationMinutes <= 0)
        problem(1, tr("\"durationMinutes\" is a positive number of minutes"));
    if (e.speed < 1 || e.speed > 60)
        problem(1, tr("\"speed\" is between 1 and 60"));

    const QJsonArray timeline = root.value(QStringLiteral("timeline")).toArray();
    const QList<int> lines = JsonLineMap::arrayElementLines(json, "timeline");
    if (timeline.isEmpty())
        problem(1, tr("the \"timeline\" is empty"));
    QSet<QString> ids;
    int lastAt = 0;
    for (int i = 0; i < timeline.size(); ++i) {
        ExerciseItem item;
        item.line = lines.value(i, 0);
        if (!timeline.at(i).isObject()) {
            problem(item.line, tr("a timeline entry is an object"));
            continue;
        }
        readItem(timeline.at(i).toObject(), item, e, photoFolder);
        if (item.id.isEmpty())
            problem(item.line, tr("the entry has no \"id\""));
        else if (ids.contains(item.id))
            problem(item.line, tr("\"%1\" is used twice").arg(item.id));
        ids.insert(item.id);
        if (item.atMinutes < lastAt)
            problem(item.line, tr("\"%1\" at minute %2 comes after minute %3: the timeline is in "
                                  "time order")
                                   .arg(item.id)
                                   .arg(item.atMinutes)
                                   .arg(lastAt));
        if (e.durationMinutes > 0 && item.atMinutes > e.durationMinutes)
            problem(item.line, tr("\"%1\" at minute %2 is after the exercise ends (minute %3)")
                                   .arg(item.id)
                                   .arg(item.atMinutes)
                                   .arg(e.durationMinutes));
        lastAt = std::max(lastAt, item.atMinutes);
        e.items.append(item);
    }
    if (!m_problems.isEmpty())
        return Error::make(Error::Code::InvalidInput, m_problems.join(u'\n'));
    // Photos read from files go inside the source: a seat keeps the exercise whole.
    bool embedded = false;
    QJsonArray items = timeline;
    for (int i = 0; i < e.items.size(); ++i) {
        const ExerciseItem &item = e.items[i];
        if (item.photoData.isEmpty() || item.photos.isEmpty()
            || item.photos.first().startsWith(QLatin1String("data:")))
            continue;
        QJsonArray uris;
        for (const auto &[name, bytes] : item.photoData)
            uris.append(QStringLiteral("data:%1;name=%2;base64,%3")
                            .arg(yw::store::AttachmentStore::sniffMimeType(bytes), name,
                                 QString::fromLatin1(bytes.toBase64())));
        QJsonObject o = items.at(i).toObject();
        o.insert(QStringLiteral("photos"), uris);
        items.replace(i, o);
        embedded = true;
    }
    if (embedded) {
        QJsonObject root2 = root;
        root2.insert(QStringLiteral("timeline"), items);
        e.source = QJsonDocument(root2).toJson(QJsonDocument::Indented);
    }
    return e;
}

void ExerciseReader::readItem(const QJsonObject &o, ExerciseItem &item, const Exercise &sofar,
                              const QString &photoFolder) const
{
    const int line = item.line;
    item.id = o.value(QStringLiteral("id")).toString();
    const QString kindName = o.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (const auto &[name, kind] : kinds())
        if (name == kindName)
            item.kind = kind, known = true;
    if (!known) {
        problem(line, tr("unknown kind \"%1\" (case, call, callback, sensorAlarm, typhoonWarning, "
                         "departmentOffDuty, extensionRequest)")
                          .arg(kindName));
        return;
    }
    const QJsonValue at = o.value(QStringLiteral("at"));
    if (!at.isDouble() || at.toDouble() < 0)
        problem(line, tr("\"at\" is the minute of the exercise the entry happens at"));
    item.atMinutes = at.toInt();
    item.text = o.value(QStringLiteral("text")).toString();
    item.title = o.value(QStringLiteral("title")).toString();
    item.detail = o.value(QStringLiteral("detail")).toString();

    auto earlierReport = [&](const QString &ref, const QString &field) {
        const ExerciseItem *earlier = sofar.item(ref);
        if (ref.isEmpty() || !earlier || !earlier->isReport())
            problem(line, tr("\"%1\" names \"%2\", which is no earlier report of this exercise")
                              .arg(field, ref));
    };
    auto department = [&](const QString &field) {
        const QString code = o.value(field).toString();
        if (code.isEmpty() || !m_city.hasDepartment(code))
            problem(line, tr("\"%1\": there is no department %2").arg(field, code));
        return code;
    };

    if (item.isReport()) {
        const QString channel = o.value(QStringLiteral("channel")).toString(
            item.isCall() ? QStringLiteral("Hotline12345")
            : item.kind == Kind::SensorAlarm ? QStringLiteral("Iot") : QStringLiteral("Patrol"));
        bool ok = false;
        item.channel = enumFromKey<SourceChannel>(channel, &ok);
        if (!ok)
            problem(line, tr("unknown channel \"%1\"").arg(channel));
        item.classCode = o.value(QStringLiteral("class")).toString();
        item.componentId = o.value(QStringLiteral("component")).toString();
        item.address = o.value(QStringLiteral("address")).toString();
        item.caller = o.value(QStringLiteral("caller")).toString();
        item.handlingMinutes = o.value(QStringLiteral("handlingMinutes")).toInt(60);
        if (item.kind == Kind::SensorAlarm) {
            // The device kind by the class when the file does not say (the demo city's kinds).
            const QString byClass = item.classCode == QLatin1String("01011")   ? QStringLiteral("gas_sensor")
                                    : item.classCode == QLatin1String("01067") ? QStringLiteral("water_level_sensor")
                                    : item.classCode.startsWith(QLatin1String("010"))
                                        ? QStringLiteral("manhole_sensor")
                                        : QStringLiteral("iot_sensor");
            item.sensorKind = o.value(QStringLiteral("sensor")).toString(byClass);
            item.sensorValue = o.value(QStringLiteral("value")).toDouble(1);
        }
        for (const QJsonValue &p : o.value(QStringLiteral("photos")).toArray()) {
            const QString photo = p.toString();
            item.photos << photo;
            if (photo.startsWith(QLatin1String("data:"))) {
                // data:<mime>;name=<name>;base64,<bytes>
                const qsizetype comma = photo.indexOf(u',');
                const QString head = photo.left(comma);
                QString name = QStringLiteral("photo%1").arg(item.photoData.size() + 1);
                for (const QString &part : head.split(u';'))
                    if (part.startsWith(QLatin1String("name=")))
                        name = part.mid(5);
                const QByteArray bytes = QByteArray::fromBase64(photo.mid(comma + 1).toLatin1());
                if (comma < 0 || bytes.isEmpty())
                    problem(line, tr("a photo given inside the file is not base64 data"));
                else
                    item.photoData.append({name, bytes});
                continue;
            }
            QFile f(photoFolder.isEmpty() ? photo : QDir(photoFolder).filePath(photo));
            if (photoFolder.isEmpty() || !f.open(QIODevice::ReadOnly))
                problem(line, tr("the photo %1 is not beside the exercise file").arg(photo));
            else
                item.photoData.append({QFileInfo(photo).fileName(), f.readAll()});
        }
        for (const auto &[name, bytes] : item.photoData)
            if (yw::store::AttachmentStore::sniffMimeType(bytes).isEmpty())
                problem(line, tr("%1 is not a JPEG or PNG photo").arg(name));
        const QString urgency = o.value(QStringLiteral("urgency")).toString(QStringLiteral("Normal"));
        item.urgency = enumFromKey<Urgency>(urgency, &ok);
        if (!ok)
            problem(line, tr("unknown urgency \"%1\"").arg(urgency));
        if (!item.classCode.isEmpty() && !m_city.knowsMatterClass(item.classCode))
            problem(line, tr("unknown class %1 (not in the city's taxonomy)").arg(item.classCode));
        if (!item.isCall() && item.classCode.isEmpty() && item.componentId.isEmpty())
            problem(line, tr("a report that arrives by itself needs its \"class\" or \"component\""));
        if (!item.componentId.isEmpty() && !m_city.hasComponent(item.componentId))
            problem(line, tr("there is no component %1 in the city").arg(item.componentId));
        const QJsonArray place = o.value(QStringLiteral("place")).toArray();
        if (place.size() == 2) {
            item.lon = place.at(0).toDouble();
            item.lat = place.at(1).toDouble();
            item.hasPlace = true;
            if (m_city.gridAt(item.lon, item.lat).isEmpty())
                problem(line, tr("the place %1, %2 is outside the city's unit grids")
                                  .arg(item.lon, 0, 'f', 6)
                                  .arg(item.lat, 0, 'f', 6));
        } else if (item.componentId.isEmpty()) {
            problem(line, tr("\"place\" is [longitude, latitude] (EPSG:4490)"));
        }
        if (item.text.isEmpty())
            problem(line, tr("a report needs its \"text\""));
        const QJsonObject expect = o.value(QStringLiteral("expect")).toObject();
        item.expect.classCode = expect.value(QStringLiteral("class")).toString(item.classCode);
        item.expect.owner = expect.value(QStringLiteral("owner")).toString();
        item.expect.duplicateOf = expect.value(QStringLiteral("duplicateOf")).toString();
        item.expect.file = expect.value(QStringLiteral("file")).toBool(true);
        if (item.kind == Kind::Callback) {
            item.about = o.value(QStringLiteral("about")).toString();
            earlierReport(item.about, QStringLiteral("about"));
            if (item.expect.duplicateOf.isEmpty())
                item.expect.duplicateOf = item.about;
        }
        if (item.isCall() && !item.expect.classCode.isEmpty()
            && !m_city.knowsMatterClass(item.expect.classCode))
            problem(line, tr("expected class %1 is not in the city's taxonomy").arg(item.expect.classCode));
        if (item.isCall() && item.expect.file && item.expect.classCode.isEmpty()
            && item.expect.duplicateOf.isEmpty())
            problem(line, tr("a call needs the class expected (\"expect\": {\"class\": …})"));
        if (!item.expect.owner.isEmpty() && !m_city.hasDepartment(item.expect.owner))
            problem(line, tr("expected owner %1 is not a department of the city").arg(item.expect.owner));
        if (item.expect.file && item.expect.duplicateOf.isEmpty() && item.expect.owner.isEmpty())
            problem(line, tr("a report to be filed needs its expected \"owner\""));
        if (!item.expect.duplicateOf.isEmpty() && item.kind != Kind::Callback)
            earlierReport(item.expect.duplicateOf, QStringLiteral("duplicateOf"));
        return;
    }
    switch (item.kind) {
    case Kind::TyphoonWarning:
        if (item.title.isEmpty())
            problem(line, tr("a warning needs its \"title\""));
        break;
    case Kind::DepartmentOffDuty:
        item.department = department(QStringLiteral("department"));
        item.instead = department(QStringLiteral("instead"));
        item.untilMinutes = o.value(QStringLiteral("until")).toInt(-1);
        if (item.untilMinutes <= item.atMinutes)
            problem(line, tr("\"until\" is the minute the department is back, after \"at\""));
        break;
    case Kind::ExtensionRequest:
        item.about = o.value(QStringLiteral("about")).toString();
        earlierReport(item.about, QStringLiteral("about"));
        item.hours = o.value(QStringLiteral("hours")).toInt(0);
        if (item.hours <= 0)
            problem(line, tr("\"hours\" is the extension asked for, in working hours"));
        if (item.text.isEmpty())
            problem(line, tr("a request needs the department's reason (\"text\")"));
        item.expect.grant = o.value(QStringLiteral("expect")).toObject().value(QStringLiteral("grant")).toBool();
        break;
    default:
        break;
    }
}

} // namespace yw::training
