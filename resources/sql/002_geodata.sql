-- Yiwang schema, version 2: geodata and the organisation's rules. Same conventions as 001.
-- Shapes are WKT in EPSG:4490 (CGCS2000) longitude/latitude; bounding boxes are kept beside
-- them so that a view can fetch what it shows without parsing every shape.
CREATE TABLE area_shapes (
    code TEXT PRIMARY KEY REFERENCES areas (code),
    min_lon {{REAL}} NOT NULL,
    min_lat {{REAL}} NOT NULL,
    max_lon {{REAL}} NOT NULL,
    max_lat {{REAL}} NOT NULL,
    area_m2 {{REAL}} NOT NULL,
    wkt TEXT NOT NULL
)
-- go
ALTER TABLE responsibility_grids ADD COLUMN wkt TEXT NOT NULL DEFAULT ''
-- go
-- 管理部件 (GB/T 47678.5-2026 Table 2; 2013-era 16-digit ids are accepted too).
CREATE TABLE components (
    id TEXT PRIMARY KEY,
    class_code TEXT NOT NULL,
    name TEXT NOT NULL,
    lon {{REAL}} NOT NULL,
    lat {{REAL}} NOT NULL,
    grid_code TEXT NOT NULL,
    authority_department_id BIGINT REFERENCES departments (id),
    owner_name TEXT NOT NULL DEFAULT '',
    maintainer_department_id BIGINT REFERENCES departments (id),
    state TEXT NOT NULL,
    initial_date TEXT NOT NULL,
    change_date TEXT NOT NULL DEFAULT '',
    data_source TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
)
-- go
CREATE INDEX components_grid ON components (grid_code)
-- go
CREATE INDEX components_class ON components (class_code)
-- go
-- Who handles what: the most specific rule wins (longest area prefix, then longest class
-- prefix). by_component_owner: a component case goes to the component's maintainer.
CREATE TABLE routing_rules (
    id {{PK}},
    class_prefix TEXT NOT NULL,
    area_prefix TEXT NOT NULL,
    department_id BIGINT NOT NULL REFERENCES departments (id),
    by_component_owner INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
)
-- go
CREATE TABLE patrol_areas (
    user_id BIGINT NOT NULL REFERENCES users (id),
    resp_code TEXT NOT NULL REFERENCES responsibility_grids (code),
    PRIMARY KEY (user_id, resp_code)
)
-- go
-- Sensors, cameras and vehicles. kind: manhole_sensor, bridge_sensor, gas_sensor,
-- water_level_sensor, camera, vehicle. properties: JSON (thresholds, stream address, plate...).
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    lon {{REAL}} NOT NULL,
    lat {{REAL}} NOT NULL,
    grid_code TEXT NOT NULL DEFAULT '',
    component_id TEXT NOT NULL DEFAULT '',
    department_id BIGINT REFERENCES departments (id),
    properties TEXT NOT NULL DEFAULT '{}'
)
-- go
CREATE INDEX devices_kind ON devices (kind)
-- go
CREATE TABLE sensor_readings (
    device_id TEXT NOT NULL REFERENCES devices (id),
    at BIGINT NOT NULL,
    value {{REAL}} NOT NULL,
    alarm INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (device_id, at)
)
-- go
CREATE TABLE vehicle_positions (
    device_id TEXT NOT NULL REFERENCES devices (id),
    at BIGINT NOT NULL,
    lon {{REAL}} NOT NULL,
    lat {{REAL}} NOT NULL,
    speed_kmh {{REAL}} NOT NULL,
    PRIMARY KEY (device_id, at)
)
