-- Reporting calendar (issue 12): how often a plan's lead departments report and by when.
-- A plan without a row reports monthly, by the 5th for the month before, from its January
-- (reporting/ReportingCycle). Quarterly: months_per_period = 3.
CREATE TABLE reporting_cycle (
    plan_id             BIGINT NOT NULL PRIMARY KEY REFERENCES plan (id),
    months_per_period   INT    NOT NULL DEFAULT 1,
    due_day             INT    NOT NULL DEFAULT 5,
    first_period_start  DATE   NOT NULL,
    CONSTRAINT reporting_cycle_months CHECK (months_per_period IN (1, 3)),
    CONSTRAINT reporting_cycle_due_day CHECK (due_day BETWEEN 1 AND 28),
    CONSTRAINT reporting_cycle_first_day CHECK (EXTRACT(DAY FROM first_period_start) = 1)
);

-- The 2025 plan's figures were reported once, at the year's end (晋中日报's year-end review of
-- 29 December 2025, seeded in V2): the calendar asks its departments for reports from
-- December 2025 on, not for the months before the portal existed.
INSERT INTO reporting_cycle (plan_id, months_per_period, due_day, first_period_start)
SELECT id, 1, 5, DATE '2025-12-01' FROM plan WHERE plan_year = 2025;
