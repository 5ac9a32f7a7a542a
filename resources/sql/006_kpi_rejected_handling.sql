-- Yiwang schema, version 6: the evaluation's steps again, with when the check of a handling's
-- result failed (返工), and kept in case order.
--
-- A handling rejected by its check earns no on-time credit (按期处置) in the periods that end
-- after the rejection (docs/USER_GUIDE.md, 综合评价). The facts are derived (rules version 2
-- rebuilds them all), so the table is made anew rather than altered: on SQLite WITHOUT ROWID,
-- so that a case's steps lie together in the primary key's order and the evaluation reads a
-- period's steps by case without a second lookup for each.
DROP TABLE kpi_tasks
-- go
DELETE FROM kpi_case_facts
-- go
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
    rejected_at BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, seq)
){{WITHOUT_ROWID}}
-- go
CREATE INDEX kpi_tasks_finished ON kpi_tasks (finished_at)
