-- Yiwang schema, version 8: case events by time.
--
-- A scenario's source of "today's case events" (or any window of them) read all three million
-- events of the full demo city without it: 545 ms on SQLite and 156 ms on PostgreSQL for every
-- refresh of a wall (tests/bench/run scenario).
CREATE INDEX case_events_at ON case_events (at)
