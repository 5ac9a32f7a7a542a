#include "datasetcatalog.h"

#include <QtGlobal>

namespace yw::store {

using T = DatasetField::Type;

const DatasetField *Dataset::field(const QString &n) const
{
    for (const DatasetField &f : fields)
        if (f.name == n)
            return &f;
    return nullptr;
}

const QList<Dataset> &DatasetCatalog::all()
{
    static const QList<Dataset> datasets = {
        {QStringLiteral("cases"), QStringLiteral("cases c"), QStringLiteral("c.community_code"),
         QStringLiteral("c.owner_department_id"), QStringLiteral("c.reported_at DESC"),
         {
             {"id", "c.id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Case id")},
             {"case_number", "c.case_number", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Case number")},
             {"source", "c.source", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Channel")},
             {"kind", "c.kind", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Component or matter")},
             {"class_code", "c.class_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Class")},
             {"description", "c.description", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Description")},
             {"address", "c.address", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Address")},
             {"lon", "c.lon", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Longitude")},
             {"lat", "c.lat", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Latitude")},
             {"grid", "c.grid_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Unit grid")},
             {"community", "c.community_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Community")},
             {"street", "c.street_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Street")},
             {"district", "c.district_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "District")},
             {"urgency", "c.urgency", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Urgency")},
             {"state", "c.state", T::Text, QT_TRANSLATE_NOOP("DatasetField", "State")},
             {"step", "c.step", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Step")},
             {"department", "c.owner_department_id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Department")},
             {"reported_at", "c.reported_at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Reported")},
             {"filed_at", "c.filed_at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Filed")},
             {"dispatched_at", "c.dispatched_at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Dispatched")},
             {"handled_at", "c.handled_at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Handled")},
             {"closed_at", "c.closed_at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Closed")},
             {"deadline", "c.step_deadline", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Deadline of the step")},
             {"supervision_level", "c.supervision_level", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Supervision level")},
             {"rework_count", "c.rework_count", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Reworks")},
         }},
        {QStringLiteral("case_events"), QStringLiteral("case_events e JOIN cases c ON c.id = e.case_id"),
         QStringLiteral("c.community_code"), QStringLiteral("c.owner_department_id"), QStringLiteral("e.id DESC"),
         {
             {"case_id", "e.case_id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Case id")},
             {"case_number", "c.case_number", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Case number")},
             {"at", "e.at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Time")},
             {"actor", "e.actor_login", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Who")},
             {"action", "e.action", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Action")},
             {"from_state", "e.from_state", T::Text, QT_TRANSLATE_NOOP("DatasetField", "From")},
             {"to_state", "e.to_state", T::Text, QT_TRANSLATE_NOOP("DatasetField", "To")},
             {"class_code", "c.class_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Class")},
             {"district", "c.district_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "District")},
         }},
        {QStringLiteral("departments"), QStringLiteral("departments d"), QString(), QStringLiteral("d.id"),
         QStringLiteral("d.code"),
         {
             {"id", "d.id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Id")},
             {"code", "d.code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Code")},
             {"name", "d.name", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Name")},
             {"level", "d.level", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Level")},
             {"district", "d.district_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "District")},
         }},
        {QStringLiteral("components"), QStringLiteral("components k"), QStringLiteral("k.grid_code"),
         QStringLiteral("k.maintainer_department_id"), QStringLiteral("k.id"),
         {
             {"id", "k.id", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Component id")},
             {"class_code", "k.class_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Class")},
             {"name", "k.name", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Name")},
             {"lon", "k.lon", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Longitude")},
             {"lat", "k.lat", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Latitude")},
             {"grid", "k.grid_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Unit grid")},
             {"state", "k.state", T::Text, QT_TRANSLATE_NOOP("DatasetField", "State")},
             {"department", "k.maintainer_department_id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Maintained by")},
         }},
        {QStringLiteral("devices"), QStringLiteral("devices v"), QStringLiteral("v.grid_code"),
         QStringLiteral("v.department_id"), QStringLiteral("v.id"),
         {
             {"id", "v.id", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Device")},
             {"kind", "v.kind", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Kind")},
             {"name", "v.name", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Name")},
             {"lon", "v.lon", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Longitude")},
             {"lat", "v.lat", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Latitude")},
             {"grid", "v.grid_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Unit grid")},
             {"department", "v.department_id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Department")},
         }},
        {QStringLiteral("readings"), QStringLiteral("sensor_readings r JOIN devices v ON v.id = r.device_id"),
         QStringLiteral("v.grid_code"), QStringLiteral("v.department_id"), QStringLiteral("r.at DESC"),
         {
             {"device", "r.device_id", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Device")},
             {"name", "v.name", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Name")},
             {"kind", "v.kind", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Kind")},
             {"at", "r.at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Time")},
             {"value", "r.value", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Value")},
             {"alarm", "r.alarm", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Alarm")},
         }},
        {QStringLiteral("areas"), QStringLiteral("areas a"), QStringLiteral("a.code"), QString(), QStringLiteral("a.code"),
         {
             {"code", "a.code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Code")},
             {"name", "a.name", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Name")},
             {"level", "a.level", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Level (district, street, community, unit grid)")},
             {"parent", "a.parent_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Within")},
         }},
        {QStringLiteral("responsibility_grids"), QStringLiteral("responsibility_grids g"),
         QStringLiteral("g.district_code"), QString(), QStringLiteral("g.code"),
         {
             {"code", "g.code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Code")},
             {"name", "g.name", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Name")},
             {"district", "g.district_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "District")},
         }},
        {QStringLiteral("vehicles"), QStringLiteral("vehicle_positions p JOIN devices v ON v.id = p.device_id"),
         QStringLiteral("v.grid_code"), QStringLiteral("v.department_id"), QStringLiteral("p.at DESC"),
         {
             {"vehicle", "p.device_id", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Vehicle")},
             {"name", "v.name", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Name")},
             {"at", "p.at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Time")},
             {"lon", "p.lon", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Longitude")},
             {"lat", "p.lat", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Latitude")},
             {"speed_kmh", "p.speed_kmh", T::Real, QT_TRANSLATE_NOOP("DatasetField", "Speed (km/h)")},
             {"department", "v.department_id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Department")},
         }},
        // The evaluation's facts of each case (综合评价): what the KPIs are counted from.
        {QStringLiteral("kpi_facts"), QStringLiteral("kpi_case_facts f"), QStringLiteral("f.community_code"),
         QStringLiteral("f.department_id"), QStringLiteral("f.reported_at DESC"),
         {
             {"case_id", "f.case_id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Case id")},
             {"reported_at", "f.reported_at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Reported")},
             {"source", "f.source", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Channel")},
             {"kind", "f.kind", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Component or matter")},
             {"class_code", "f.class_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Class")},
             {"grid", "f.grid_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Unit grid")},
             {"community", "f.community_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Community")},
             {"street", "f.street_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "Street")},
             {"district", "f.district_code", T::Text, QT_TRANSLATE_NOOP("DatasetField", "District")},
             {"department", "f.department_id", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Department")},
             {"filed_at", "f.filed_at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Filed (0: not)")},
             {"closed_at", "f.closed_at", T::Time, QT_TRANSLATE_NOOP("DatasetField", "Closed (0: not)")},
             {"closed_on_time", "f.closed_on_time", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Closed on time")},
             {"rework_count", "f.rework_count", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Reworks")},
             {"public_verified", "f.public_verified", T::Integer, QT_TRANSLATE_NOOP("DatasetField", "Public report confirmed")},
         }},
    };
    return datasets;
}

const Dataset *DatasetCatalog::find(const QString &name)
{
    for (const Dataset &d : all())
        if (d.name == name)
            return &d;
    return nullptr;
}

} // namespace yw::store
