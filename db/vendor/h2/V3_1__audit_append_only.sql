-- H2 (the zero-setup embedded database) has no procedural triggers in SQL: there the audit trail
-- is append-only by the application alone (no code path updates or deletes audit_event).
-- PostgreSQL, the production database, enforces it in db/vendor/postgresql/.
COMMENT ON TABLE audit_event IS 'Append-only audit trail';
