-- Yiwang schema, version 9: the video wall's presets (预案/预置位) and its alarm look-up.
--
-- A preset is a named layout of a wall's windows (docs/CONTROL_PROTOCOL.md), shared by every
-- workstation and the room's controller, so it lives in the case database beside the scenarios.
-- `wall` is the wall file's id: one database can serve the hall's wall and a meeting room's.
-- `version` guards a save against another client's save in between.
CREATE TABLE wall_presets (
    wall TEXT NOT NULL,
    name TEXT NOT NULL,
    layout TEXT NOT NULL,
    version INTEGER NOT NULL,
    saved_by TEXT NOT NULL,
    saved_at BIGINT NOT NULL,
    PRIMARY KEY (wall, name)
)
-- go
-- The wall's alarm rules ask for the alarm readings after a moment, every few seconds.
CREATE INDEX sensor_readings_alarms ON sensor_readings (at) WHERE alarm = 1
