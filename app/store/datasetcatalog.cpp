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
