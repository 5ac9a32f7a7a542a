-- Yiwang schema, version 7: scenarios (场景), the scenario builder's documents, with their history.
--
-- A scenario has one draft, edited in place under a version number: a save from a copy that
-- someone else changed since it was opened is refused (two workstations editing the same
-- screen). Publishing copies the draft into scenario_revisions, kept for ever: who published
-- which document when and why, to compare two revisions and to restore an old one as the draft.
-- The documents are JSON (docs/DATA_FORMATS.md, resources/scenario/scenario.schema.json).
CREATE TABLE scenarios (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    draft TEXT NOT NULL,
    draft_version INTEGER NOT NULL,
    draft_by TEXT NOT NULL,
    draft_at BIGINT NOT NULL,
    published_revision INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
)
-- go
CREATE TABLE scenario_revisions (
    scenario_id BIGINT NOT NULL REFERENCES scenarios (id),
    revision INTEGER NOT NULL,
    document TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (scenario_id, revision)
)
