-- Yiwang schema, version 4: intake channels, shared marks on the queue board, attachments.
--
-- A channel's own reference (hotline ticket, Open311 request, detection id) finds the case it
-- already reported, so a feed delivered twice files nothing twice.
CREATE INDEX cases_external_ref ON cases (source, external_ref)
-- go
-- What every intake channel received and what became of it (reported, duplicate of an open case,
-- already received, rejected with the reason); the raw record is kept so that nothing is lost.
CREATE TABLE intake_log (
    id {{PK}},
    received_at BIGINT NOT NULL,
    source TEXT NOT NULL,
    channel TEXT NOT NULL,
    external_ref TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    case_id BIGINT,
    payload TEXT NOT NULL DEFAULT ''
)
-- go
CREATE INDEX intake_log_received ON intake_log (received_at)
-- go
-- The queue board's marks on a case, the same on every workstation: acknowledged by whom,
-- muted until when, and the operators' working note. They change no case state; each change is
-- also a case event so that the change feed carries it and the history shows it.
CREATE TABLE case_marks (
    case_id BIGINT PRIMARY KEY REFERENCES cases (id),
    acknowledged_by TEXT NOT NULL DEFAULT '',
    acknowledged_at BIGINT,
    muted_until BIGINT,
    note TEXT NOT NULL DEFAULT '',
    note_by TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
)
-- go
-- Photos and files of a case. The bytes live beside a SQLite database (stored_path, relative to
-- the attachment folder) or in PostgreSQL (data), never both.
CREATE TABLE case_attachments (
    id {{PK}},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    stored_path TEXT NOT NULL DEFAULT '',
    data {{BLOB}},
    added_at BIGINT NOT NULL,
    added_by TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT 'Report'
)
-- go
CREATE INDEX case_attachments_case ON case_attachments (case_id)
