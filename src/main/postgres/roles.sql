-- The portal's two PostgreSQL roles (docs/database-roles.md), run by a superuser with psql:
--   psql -v ON_ERROR_STOP=1 -v owner=minsheng_owner -v owner_password=... \
--        -v app=minsheng_app -v app_password=... -v database=minsheng -f roles.sql
-- Idempotent: run it again on a server where the roles exist and it only resets their
-- attributes and passwords. Used by .ci/run and by docker-compose.yml (src/main/postgres/initdb.sh).
--   owner: owns the database, its schema and every table; runs the migrations (SPRING_FLYWAY_USER).
--   app:   the application (SPRING_DATASOURCE_USERNAME); owns nothing, is no superuser; after each
--          migration run db/vendor/postgresql/afterMigrate.sql grants it what it needs.

SELECT format('CREATE ROLE %I', :'owner')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I', :'app')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec

ALTER ROLE :"owner" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE :"app" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';

-- The application's role may not act as the owner through membership.
SELECT format('REVOKE %I FROM %I', :'owner', :'app')
WHERE pg_has_role(:'app', :'owner', 'MEMBER') \gexec

ALTER DATABASE :"database" OWNER TO :"owner";
\connect :"database"
ALTER SCHEMA public OWNER TO :"owner";
-- Nobody but the owner creates objects in the schema (PostgreSQL 15's default; older servers
-- granted CREATE to PUBLIC).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";
GRANT CONNECT ON DATABASE :"database" TO :"app";
