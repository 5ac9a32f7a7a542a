-- Yiwang schema, version 5: the evaluation's facts (综合评价).
--
-- Derived from case_events by replaying each case's history through the workflow
-- (yw::core::KpiFactsBuilder) and rebuilt for a case whenever its version moves or the
-- derivation's rules_version changes: never edited by hand, safe to empty (they are rebuilt).
-- Times are UTC milliseconds; 0 means "not (yet)".
CREATE TABLE kpi_case_facts (
    case_id BIGINT PRIMARY KEY REFERENCES cases (id),
    case_version INTEGER NOT NULL,
    rules_version INTEGER NOT NULL,
    reported_at BIGINT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    class_code TEXT NOT NULL,
    grid_code TEXT NOT NULL,
    community_code TEXT NOT NULL,
    street_code TEXT NOT NULL,
    district_code TEXT NOT NULL,
    reporter_user_id BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    filed_at BIGINT NOT NULL,
    voided_at BIGINT NOT NULL,
    not_filed_at BIGINT NOT NULL,
    merged_at BIGINT NOT NULL,
    closed_at BIGINT NOT NULL,
    closed_on_time INTEGER NOT NULL,
    rework_count INTEGER NOT NULL,
    public_verified INTEGER NOT NULL,
    -- the end of the case's life (closed, voided, not filed, merged), or 0: reading a period
    -- skips cases that ended before it
    ended_at BIGINT NOT NULL
)
-- go
CREATE INDEX kpi_case_facts_reported ON kpi_case_facts (reported_at)
-- go
CREATE INDEX kpi_case_facts_ended ON kpi_case_facts (ended_at)
-- go
-- One step of a case's flow: verify, file, dispatch, handle, check, close (and accept, send
-- for check), with its deadline, its end and who did it.
CREATE TABLE kpi_tasks (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    seq INTEGER NOT NULL,
    step TEXT NOT NULL,
    department_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    deadline BIGINT NOT NULL,
    finished_at BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    on_time INTEGER NOT NULL,
    extension_s BIGINT NOT NULL,
    suspended_from BIGINT NOT NULL,
    suspended_to BIGINT NOT NULL,
    accurate INTEGER NOT NULL,
    PRIMARY KEY (case_id, seq)
)
-- go
CREATE INDEX kpi_tasks_finished ON kpi_tasks (finished_at)
