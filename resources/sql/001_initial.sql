-- Yiwang schema, version 1. One file for SQLite and PostgreSQL (see docs/ARCHITECTURE.md):
--   statements are separated by lines "-- go";
--   {{PK}} becomes the dialect's 64-bit auto-increment primary key, {{REAL}} its double,
--   {{BLOB}} its byte string (BLOB, BYTEA), {{WITHOUT_ROWID}} after a table's closing parenthesis
--   keeps it in its primary key's order on SQLite (nothing on PostgreSQL);
--   a statement containing a line "-- @sqlite" or "-- @postgresql" runs on that backend only.
-- Times are BIGINT milliseconds since the epoch, UTC, on both backends.
CREATE TABLE yw_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
-- go
CREATE TABLE areas (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    parent_code TEXT
)
-- go
CREATE INDEX areas_parent ON areas (parent_code)
-- go
CREATE TABLE responsibility_grids (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    district_code TEXT NOT NULL
)
-- go
CREATE TABLE responsibility_grid_cells (
    resp_code TEXT NOT NULL REFERENCES responsibility_grids (code),
    grid_code TEXT NOT NULL REFERENCES areas (code),
    PRIMARY KEY (resp_code, grid_code)
)
-- go
CREATE TABLE departments (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    district_code TEXT NOT NULL DEFAULT '',
    parent_id BIGINT REFERENCES departments (id),
    active INTEGER NOT NULL DEFAULT 1
)
-- go
CREATE TABLE users (
    id {{PK}},
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL,
    department_id BIGINT REFERENCES departments (id),
    scope TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
)
-- go
CREATE TABLE case_counters (
    day TEXT PRIMARY KEY,
    last_seq BIGINT NOT NULL
)
-- go
CREATE TABLE cases (
    id {{PK}},
    case_number TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    external_ref TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    standard TEXT NOT NULL,
    class_code TEXT NOT NULL,
    component_id TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    lon {{REAL}},
    lat {{REAL}},
    grid_code TEXT NOT NULL DEFAULT '',
    community_code TEXT NOT NULL DEFAULT '',
    street_code TEXT NOT NULL DEFAULT '',
    district_code TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '',
    urgency TEXT NOT NULL,
    reporter_name TEXT NOT NULL DEFAULT '',
    reporter_phone TEXT NOT NULL DEFAULT '',
    reporter_user_id BIGINT,
    state TEXT NOT NULL,
    resume_state TEXT NOT NULL,
    owner_department_id BIGINT REFERENCES departments (id),
    inspector_user_id BIGINT,
    verification TEXT NOT NULL,
    step TEXT NOT NULL,
    step_started_at BIGINT,
    step_consumed_s BIGINT NOT NULL DEFAULT 0,
    step_limit_s BIGINT NOT NULL DEFAULT 0,
    step_basis TEXT NOT NULL,
    step_deadline BIGINT,
    reported_at BIGINT NOT NULL,
    filed_at BIGINT,
    dispatched_at BIGINT,
    handled_at BIGINT,
    closed_at BIGINT,
    suspended_at BIGINT,
    suspended_s BIGINT NOT NULL DEFAULT 0,
    extension_s BIGINT NOT NULL DEFAULT 0,
    rework_count INTEGER NOT NULL DEFAULT 0,
    return_count INTEGER NOT NULL DEFAULT 0,
    supervision_level INTEGER NOT NULL DEFAULT 0,
    merged_into BIGINT,
    last_note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL,
    updated_at BIGINT NOT NULL
)
-- go
CREATE INDEX cases_state ON cases (state)
-- go
CREATE INDEX cases_district ON cases (district_code)
-- go
CREATE INDEX cases_owner ON cases (owner_department_id)
-- go
CREATE INDEX cases_deadline ON cases (step_deadline)
-- go
CREATE INDEX cases_reported ON cases (reported_at)
-- go
-- The append-only history of every case: who did what, when, from which workstation.
CREATE TABLE case_events (
    id {{PK}},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    case_version INTEGER NOT NULL,
    at BIGINT NOT NULL,
    actor_user_id BIGINT,
    actor_login TEXT NOT NULL,
    workstation TEXT NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}'
)
-- go
CREATE INDEX case_events_case ON case_events (case_id)
-- go
-- Everything else people do (sign-in, user administration, imports): also append-only.
CREATE TABLE audit_log (
    id {{PK}},
    at BIGINT NOT NULL,
    login TEXT NOT NULL,
    workstation TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
)
-- go
-- @sqlite
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END
-- go
-- @sqlite
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END
-- go
-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
-- go
-- @sqlite
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
-- go
-- @postgresql
CREATE FUNCTION yw_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$ LANGUAGE plpgsql
-- go
-- @postgresql
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
FOR EACH ROW EXECUTE FUNCTION yw_append_only()
-- go
-- @postgresql
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION yw_append_only()
-- go
-- @postgresql
-- One notification per transaction (identical payloads fold): listeners then read the log
-- after the last id they saw, so a bulk load does not flood them.
CREATE FUNCTION yw_notify_case_events() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('yw_case_events', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql
-- go
-- @postgresql
CREATE TRIGGER case_events_notify AFTER INSERT ON case_events
FOR EACH STATEMENT EXECUTE FUNCTION yw_notify_case_events()
-- go
-- @sqlite
-- Marks the file as Yiwang's for tools like file(1) and for our own foreign-file check.
PRAGMA application_id = 1498893895
