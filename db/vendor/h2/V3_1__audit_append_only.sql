-- H2 (the zero-setup embedded database): the same refusal as PostgreSQL's trigger, through a Java
-- trigger class, so the audit trail is append-only on both databases.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    FOR EACH ROW CALL 'org.minsheng.tracker.audit.H2AppendOnlyTrigger';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    FOR EACH ROW CALL 'org.minsheng.tracker.audit.H2AppendOnlyTrigger';
