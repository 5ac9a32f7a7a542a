-- Yiwang schema, version 6: when the check of a handling's result failed (返工).
--
-- A handling rejected by its check earns no on-time credit (按期处置) in the periods that end
-- after the rejection (docs/USER_GUIDE.md, 综合评价). The facts are rebuilt under rules
-- version 2, which fills it.
ALTER TABLE kpi_tasks ADD COLUMN rejected_at BIGINT NOT NULL DEFAULT 0
