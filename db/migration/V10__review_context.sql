-- Review with context (issue 10): a report knows the department it was filed for, and a
-- pending report closed by the approval of a newer one of the same indicator is SUPERSEDED,
-- with the report that replaced it. superseded_by has no foreign key on purpose: both rows
-- are the same table and are removed together.
ALTER TABLE progress_report DROP CONSTRAINT report_review_state_known;
ALTER TABLE progress_report ADD CONSTRAINT report_review_state_known
    CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'SUPERSEDED'));
ALTER TABLE progress_report ADD COLUMN filing_department_id BIGINT REFERENCES department (id);
ALTER TABLE progress_report ADD COLUMN superseded_by BIGINT;
ALTER TABLE progress_report ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE progress_report ADD CONSTRAINT report_superseded_has_successor
    CHECK (review_state <> 'SUPERSEDED' OR (superseded_by IS NOT NULL AND superseded_at IS NOT NULL));
UPDATE progress_report SET filing_department_id = (
    SELECT c.lead_department_id FROM indicator i JOIN commitment c ON c.id = i.commitment_id
    WHERE i.id = progress_report.indicator_id)
WHERE filed_by IS NOT NULL;
