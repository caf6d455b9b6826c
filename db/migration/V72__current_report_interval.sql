-- Issue 11 (growth): each approved report keeps the interval during which it was its indicator's
-- current report, so "the current report as of a cutoff" is an index look-up instead of a
-- correlated NOT EXISTS over every approved report of the indicator. The current report as of a
-- cutoff is the approved report, approved before the cutoff, with the greatest (as_of,
-- approved_at, id); it is that report exactly when current_from < cutoff AND current_until >=
-- cutoff. current_from is the report's approval if it was the greatest of the reports approved by
-- then; current_until is the first approval of a greater report, or 9999-12-31 00:00 UTC (later
-- than any cutoff, AsOf.NO_CUTOFF) while it is current. Both are NULL if the report never was
-- current (e.g. a late report with an older as-of date). Not NULL while current so that the
-- condition has no OR: (indicator_id, current_until, current_from) then finds the one report
-- without reading the indicator's others. Maintained by progress.CurrentReports (the same
-- statement as below) whenever approvals change.
ALTER TABLE progress_report ADD COLUMN current_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE progress_report ADD COLUMN current_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE progress_report ADD CONSTRAINT report_current_interval
    CHECK ((current_from IS NULL AND current_until IS NULL) OR current_from < current_until);

MERGE INTO progress_report t
USING (
    SELECT id,
        CASE WHEN k = MAX(k) OVER (PARTITION BY indicator_id ORDER BY approved_at) THEN approved_at END AS new_from,
        CASE WHEN k = MAX(k) OVER (PARTITION BY indicator_id ORDER BY approved_at)
            THEN COALESCE(MIN(approved_at) OVER (PARTITION BY indicator_id ORDER BY k
                ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING),
                TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00') END AS new_until
    FROM (
        SELECT id, indicator_id, approved_at,
            ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY as_of, approved_at, id) AS k
        FROM progress_report
        WHERE review_state = 'APPROVED'
    ) ranked
) s ON t.id = s.id
WHEN MATCHED THEN UPDATE SET current_from = s.new_from, current_until = s.new_until;

CREATE INDEX progress_report_current ON progress_report (indicator_id, current_until, current_from);

-- The newest approvals (the feeds, the API's recent reports) walk this index from the newest and
-- stop at their limit instead of sorting every approved report (approved_at is set exactly on
-- approved reports: report_approved_has_time).
CREATE INDEX progress_report_approved ON progress_report (approved_at, id);
