#!/usr/bin/env bash
# docker-compose.yml mounts this into the postgres image's /docker-entrypoint-initdb.d: on the first
# start of an empty volume it creates the portal's owner and application roles (roles.sql, mounted
# at /portal/roles.sql) and gives the owner the database.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v database="$POSTGRES_DB" \
  -v owner="$MINSHENG_OWNER" -v owner_password="$MINSHENG_OWNER_PASSWORD" \
  -v app="$MINSHENG_APP" -v app_password="$MINSHENG_APP_PASSWORD" \
  -f /portal/roles.sql
