-- Yiwang schema, version 3: intake looks for duplicates by class, time and place. The index
-- carries the point, so that candidates outside the radius are dropped without reading the rows.
CREATE INDEX cases_class_time ON cases (class_code, reported_at, lon, lat)
