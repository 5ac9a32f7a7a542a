#include "datasetcatalog.h"

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
             {"id", "c.id", T::Integer, "Case id"},
             {"case_number", "c.case_number", T::Text, "Case number"},
             {"source", "c.source", T::Text, "Channel"},
             {"kind", "c.kind", T::Text, "Component or matter"},
             {"class_code", "c.class_code", T::Text, "Class"},
             {"description", "c.description", T::Text, "Description"},
             {"address", "c.address", T::Text, "Address"},
             {"lon", "c.lon", T::Real, "Longitude"},
             {"lat", "c.lat", T::Real, "Latitude"},
             {"grid", "c.grid_code", T::Text, "Unit grid"},
             {"community", "c.community_code", T::Text, "Community"},
             {"street", "c.street_code", T::Text, "Street"},
             {"district", "c.district_code", T::Text, "District"},
             {"urgency", "c.urgency", T::Text, "Urgency"},
             {"state", "c.state", T::Text, "State"},
             {"step", "c.step", T::Text, "Step"},
             {"department", "c.owner_department_id", T::Integer, "Department"},
             {"reported_at", "c.reported_at", T::Time, "Reported"},
             {"filed_at", "c.filed_at", T::Time, "Filed"},
             {"dispatched_at", "c.dispatched_at", T::Time, "Dispatched"},
             {"handled_at", "c.handled_at", T::Time, "Handled"},
             {"closed_at", "c.closed_at", T::Time, "Closed"},
             {"deadline", "c.step_deadline", T::Time, "Deadline of the step"},
             {"supervision_level", "c.supervision_level", T::Integer, "Supervision level"},
             {"rework_count", "c.rework_count", T::Integer, "Reworks"},
         }},
        {QStringLiteral("case_events"), QStringLiteral("case_events e JOIN cases c ON c.id = e.case_id"),
         QStringLiteral("c.community_code"), QStringLiteral("c.owner_department_id"), QStringLiteral("e.id DESC"),
         {
             {"case_id", "e.case_id", T::Integer, "Case id"},
             {"case_number", "c.case_number", T::Text, "Case number"},
             {"at", "e.at", T::Time, "Time"},
             {"actor", "e.actor_login", T::Text, "Who"},
             {"action", "e.action", T::Text, "Action"},
             {"from_state", "e.from_state", T::Text, "From"},
             {"to_state", "e.to_state", T::Text, "To"},
             {"class_code", "c.class_code", T::Text, "Class"},
             {"district", "c.district_code", T::Text, "District"},
         }},
        {QStringLiteral("departments"), QStringLiteral("departments d"), QString(), QStringLiteral("d.id"),
         QStringLiteral("d.code"),
         {
             {"id", "d.id", T::Integer, "Id"},
             {"code", "d.code", T::Text, "Code"},
             {"name", "d.name", T::Text, "Name"},
             {"level", "d.level", T::Text, "Level"},
             {"district", "d.district_code", T::Text, "District"},
         }},
        {QStringLiteral("components"), QStringLiteral("components k"), QStringLiteral("k.grid_code"),
         QStringLiteral("k.maintainer_department_id"), QStringLiteral("k.id"),
         {
             {"id", "k.id", T::Text, "Component id"},
             {"class_code", "k.class_code", T::Text, "Class"},
             {"name", "k.name", T::Text, "Name"},
             {"lon", "k.lon", T::Real, "Longitude"},
             {"lat", "k.lat", T::Real, "Latitude"},
             {"grid", "k.grid_code", T::Text, "Unit grid"},
             {"state", "k.state", T::Text, "State"},
             {"department", "k.maintainer_department_id", T::Integer, "Maintained by"},
         }},
        {QStringLiteral("devices"), QStringLiteral("devices v"), QStringLiteral("v.grid_code"),
         QStringLiteral("v.department_id"), QStringLiteral("v.id"),
         {
             {"id", "v.id", T::Text, "Device"},
             {"kind", "v.kind", T::Text, "Kind"},
             {"name", "v.name", T::Text, "Name"},
             {"lon", "v.lon", T::Real, "Longitude"},
             {"lat", "v.lat", T::Real, "Latitude"},
             {"grid", "v.grid_code", T::Text, "Unit grid"},
             {"department", "v.department_id", T::Integer, "Department"},
         }},
        {QStringLiteral("readings"), QStringLiteral("sensor_readings r JOIN devices v ON v.id = r.device_id"),
         QStringLiteral("v.grid_code"), QStringLiteral("v.department_id"), QStringLiteral("r.at DESC"),
         {
             {"device", "r.device_id", T::Text, "Device"},
             {"kind", "v.kind", T::Text, "Kind"},
             {"at", "r.at", T::Time, "Time"},
             {"value", "r.value", T::Real, "Value"},
             {"alarm", "r.alarm", T::Integer, "Alarm"},
         }},
        {QStringLiteral("areas"), QStringLiteral("areas a"), QStringLiteral("a.code"), QString(), QStringLiteral("a.code"),
         {
             {"code", "a.code", T::Text, "Code"},
             {"name", "a.name", T::Text, "Name"},
             {"level", "a.level", T::Text, "Level (district, street, community, unit grid)"},
             {"parent", "a.parent_code", T::Text, "Within"},
         }},
        {QStringLiteral("responsibility_grids"), QStringLiteral("responsibility_grids g"),
         QStringLiteral("g.district_code"), QString(), QStringLiteral("g.code"),
         {
             {"code", "g.code", T::Text, "Code"},
             {"name", "g.name", T::Text, "Name"},
             {"district", "g.district_code", T::Text, "District"},
         }},
        {QStringLiteral("vehicles"), QStringLiteral("vehicle_positions p JOIN devices v ON v.id = p.device_id"),
         QStringLiteral("v.grid_code"), QStringLiteral("v.department_id"), QStringLiteral("p.at DESC"),
         {
             {"vehicle", "p.device_id", T::Text, "Vehicle"},
             {"name", "v.name", T::Text, "Name"},
             {"at", "p.at", T::Time, "Time"},
             {"lon", "p.lon", T::Real, "Longitude"},
             {"lat", "p.lat", T::Real, "Latitude"},
             {"speed_kmh", "p.speed_kmh", T::Real, "Speed (km/h)"},
             {"department", "v.department_id", T::Integer, "Department"},
         }},
        // The evaluation's facts of each case (综合评价): what the KPIs are counted from.
        {QStringLiteral("kpi_facts"), QStringLiteral("kpi_case_facts f"), QStringLiteral("f.community_code"),
         QStringLiteral("f.department_id"), QStringLiteral("f.reported_at DESC"),
         {
             {"case_id", "f.case_id", T::Integer, "Case id"},
             {"reported_at", "f.reported_at", T::Time, "Reported"},
             {"source", "f.source", T::Text, "Channel"},
             {"kind", "f.kind", T::Text, "Component or matter"},
             {"class_code", "f.class_code", T::Text, "Class"},
             {"grid", "f.grid_code", T::Text, "Unit grid"},
             {"community", "f.community_code", T::Text, "Community"},
             {"street", "f.street_code", T::Text, "Street"},
             {"district", "f.district_code", T::Text, "District"},
             {"department", "f.department_id", T::Integer, "Department"},
             {"filed_at", "f.filed_at", T::Time, "Filed (0: not)"},
             {"closed_at", "f.closed_at", T::Time, "Closed (0: not)"},
             {"closed_on_time", "f.closed_on_time", T::Integer, "Closed on time"},
             {"rework_count", "f.rework_count", T::Integer, "Reworks"},
             {"public_verified", "f.public_verified", T::Integer, "Public report confirmed"},
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
