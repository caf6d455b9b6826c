-- After every migration run (Flyway callback, PostgreSQL only; docs/database-roles.md): gives the
-- application's role (${app-role}, the datasource's user) what it needs and nothing more, on
-- every table, including those later migrations and libraries' schemas (Spring Session,
-- Spring Modulith's event_publication) add. The migrations run as the owner of every table; the
-- application's role owns nothing, so it can neither alter, disable triggers on, truncate nor
-- drop a table, may only read and append audit events, and may only read the schema history.
DO $grants$
DECLARE
    app       text := '${app-role}';
    history   text := '${flyway:table}';
    relation  record;
BEGIN
    IF app = '' OR app = current_user THEN
        RAISE WARNING 'The application connects as the migrations'' owner (%): it can rewrite the audit trail. '
            'Run it as its own role (docs/database-roles.md).', current_user;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE EXCEPTION 'The application''s role % does not exist: create it first (docs/database-roles.md)', app;
    END IF;

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %I', current_schema(), app);
    FOR relation IN
        SELECT c.relname, c.relkind FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
    LOOP
        EXECUTE format('REVOKE ALL ON %I FROM %I', relation.relname, app);
        IF relation.relname = history THEN
            -- Read only: an instance started without migrating checks the schema's version
            -- (system/MigrationsOnStart).
            EXECUTE format('GRANT SELECT ON %I TO %I', relation.relname, app);
        ELSIF relation.relname = 'audit_event' THEN
            EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', relation.relname, app);
        ELSIF relation.relname = 'audit_chain' THEN
            EXECUTE format('GRANT SELECT, UPDATE ON %I TO %I', relation.relname, app);
        ELSIF relation.relkind IN ('v', 'm') THEN
            EXECUTE format('GRANT SELECT ON %I TO %I', relation.relname, app);
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', relation.relname, app);
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);

    IF (SELECT rolsuper FROM pg_roles WHERE rolname = app) THEN
        RAISE WARNING 'The application''s role % is a superuser: it can rewrite the audit trail', app;
    END IF;
    IF has_schema_privilege(app, current_schema(), 'CREATE') THEN
        RAISE WARNING 'The application''s role % may create objects in schema % (granted to PUBLIC?): '
            'REVOKE CREATE ON SCHEMA % FROM PUBLIC', app, current_schema(), current_schema();
    END IF;
END
$grants$;
