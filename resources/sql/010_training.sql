-- Yiwang schema, version 10: training (实训).
--
-- A trainee's seat is a training database of its own (a copy of the training sandbox), so the
-- trainee's board, map and figures show only their own exercise. These tables are empty in
-- production.
--
-- The exercise the seat runs and the exercise clock. Exercise time is sim_anchor while paused and
-- sim_anchor + (now - real_anchor) × speed while running (UTC milliseconds): every workstation on
-- the seat follows this one row (sim_start is the exercise's minute 0), so the trainer's pause or speed reaches them all. `version`
-- guards the trainer's changes.
CREATE TABLE training_run (
    id INTEGER PRIMARY KEY,
    exercise_id TEXT NOT NULL,
    exercise TEXT NOT NULL,
    trainee TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    sim_start BIGINT NOT NULL,
    speed {{REAL}} NOT NULL DEFAULT 1,
    sim_anchor BIGINT NOT NULL,
    real_anchor BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)
-- go
-- What the exercise has put into the seat so far, by the item of the exercise file: a case it
-- reported, a notice it showed, a department's reply it simulated. A restarted runner goes on
-- from here, never twice.
CREATE TABLE training_injections (
    item_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    injected_at BIGINT NOT NULL,
    case_id BIGINT REFERENCES cases (id)
)
-- go
-- What the trainee is told (a typhoon warning, a department off duty, a caller on the line),
-- in exercise time.
CREATE TABLE training_notices (
    id {{PK}},
    at BIGINT NOT NULL,
    item_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
)
