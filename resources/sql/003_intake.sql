-- Yiwang schema, version 3: intake looks for duplicates by class, time and place.
CREATE INDEX cases_class_time ON cases (class_code, reported_at)
