#!/usr/bin/env bash
# Two portal instances on ONE PostgreSQL database behind nginx (src/main/nginx/portal.conf), all on
# 127.0.0.1, checked over HTTP. Prints PASS/FAIL per check; exits non-zero when any check fails.
#
#   bench/two-instances.sh
#
# Needs: a PostgreSQL server on 127.0.0.1:5432 where user postgres may create databases (password
# from PGPASSWORD, "postgres" if unset), Debian's nginx (/usr/sbin/nginx, run here as a private
# instance, never the system service), curl, psql and Java. Builds the jar if it is missing.
#
# What it does: creates a fresh database, runs the migrations once as docker-compose.yml's migrate
# service does (a start that exits once its context is refreshed), starts instances A and B at
# once as its app instances do (PORTAL_MIGRATIONS_ON_START=false: each only checks the schema's
# version; on the empty database one creates the first administrator and the other goes on),
# writes an nginx configuration in a temporary folder that defines
# "upstream portal" with both ports and includes a copy of portal.conf whose cache path points into
# that folder and which listens on 127.0.0.1, then checks:
#   1. readiness (/actuator/health/readiness) of each instance, directly, and that of the two
#      instances started at once on the empty database exactly one created the first administrator;
#   2. both instances answer pages through nginx (nginx's access log names the upstream of each);
#   3. the actuator is not reachable through nginx;
#   4. a public page fetched twice through nginx is a cache MISS, then a HIT (X-Cache-Status);
#   5. with instance A stopped, pages still answer 200 through nginx (served by B).
# Every wait is bounded; everything it started (apps, nginx, the database) is removed on exit.
#
# Optional environment: TWO_PORT (first port tried, 18180), TWO_DB (database name,
# minsheng_two_<pid>), BENCH_JAVA_OPTS (extra JVM options), NGINX (/usr/sbin/nginx).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAR="target/minsheng-tracker-0.1.0-SNAPSHOT.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
NGINX="${NGINX:-/usr/sbin/nginx}"
FIRST_PORT="${TWO_PORT:-18180}"
DB="${TWO_DB:-minsheng_two_$$}"
PG_PASSWORD="${PGPASSWORD:-postgres}"
READY_LIMIT=180   # seconds an instance may take to become ready

log() { printf '[two-instances] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; echo "FAIL setup: $*"; exit 1; }

for tool in curl psql awk sed "$JAVA" "$NGINX"; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "TWO_DB must be a plain lower-case name"


WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/minsheng-two.XXXXXX")
chmod 755 "$WORK_DIR"
PID_A="" PID_B="" PID_NGINX="" DB_CREATED=""
# shellcheck source=bench/lib.sh
. bench/lib.sh
cleanup() {
  local rc=$?
  stop_pid "$PID_NGINX"
  stop_pid "$PID_A"
  stop_pid "$PID_B"
  if [ -n "$DB_CREATED" ]; then
    psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || log "could not drop database $DB"
  fi
  rm -rf "$WORK_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build_jar

PORT_A=$(free_port); take_port "$PORT_A"
PORT_B=$(free_port); take_port "$PORT_B"
PORT_LB=$(free_port)
LB="http://127.0.0.1:$PORT_LB"

# status URL [curl options...]: the HTTP status, "000" when nothing answered
status() { local url=$1; shift; curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@" "$url" 2>/dev/null || true; }

FAILURES=0
check() {  # check NAME CONDITION-RESULT(0/1) DETAIL
  if [ "$2" = 0 ]; then echo "PASS $1${3:+ ($3)}"; else echo "FAIL $1${3:+ ($3)}"; FAILURES=$((FAILURES + 1)); fi
}

# ---- database --------------------------------------------------------------------------------------
log "creating database $DB on 127.0.0.1:5432"
psql_admin -c "CREATE DATABASE $DB" >/dev/null || die "could not create database $DB"
DB_CREATED=yes

# ---- instances ---------------------------------------------------------------------------------------
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD"
start_instance() {  # start_instance NAME PORT: sets LAST_PID (the java process itself)
  # shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
  PORTAL_MIGRATIONS_ON_START=false "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 \
    --server.port="$2" >"$WORK_DIR/$1.log" 2>&1 &
  LAST_PID=$!
}
wait_ready() {  # wait_ready NAME PID PORT: polls readiness once a second, at most READY_LIMIT seconds
  local i s=""
  for i in $(seq 1 "$READY_LIMIT"); do
    s=$(status "http://127.0.0.1:$3/actuator/health/readiness")
    [ "$s" = "200" ] && { log "$1 ready after about $i s"; return 0; }
    if ! kill -0 "$2" 2>/dev/null; then tail -n 30 "$WORK_DIR/$1.log" >&2 || true; die "instance $1 exited"; fi
    sleep 1
  done
  tail -n 30 "$WORK_DIR/$1.log" >&2 || true
  die "instance $1 not ready within $READY_LIMIT s (last status $s)"
}
log "running the migrations (the migrate service's start: it exits once its context is refreshed)"
# shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
timeout "$READY_LIMIT" "$JAVA" ${BENCH_JAVA_OPTS:-} -Dspring.context.exit=onRefresh -jar "$JAR" \
  --server.port=0 >"$WORK_DIR/migrate.log" 2>&1 \
  || { tail -n 30 "$WORK_DIR/migrate.log" >&2; die "the migrations failed"; }
log "starting instances A on 127.0.0.1:$PORT_A and B on 127.0.0.1:$PORT_B at once (neither migrates)"
start_instance A "$PORT_A"; PID_A=$LAST_PID
start_instance B "$PORT_B"; PID_B=$LAST_PID
wait_ready A "$PID_A" "$PORT_A"
wait_ready B "$PID_B" "$PORT_B"
grep -q "This start does not migrate" "$WORK_DIR/A.log" || die "instance A did not check the schema's version"
admins=$(cat "$WORK_DIR/A.log" "$WORK_DIR/B.log" | grep -c "No staff account existed: created administrator" || true)
check "the instances started at once created one first administrator" "$([ "$admins" = 1 ]; echo $?)" \
  "$admins created; $(cat "$WORK_DIR/A.log" "$WORK_DIR/B.log" | grep -c "Another instance created the first staff account" || true) found it created by the other"

# ---- nginx -------------------------------------------------------------------------------------------
mkdir -p "$WORK_DIR/nginx/cache" "$WORK_DIR/nginx/logs" "$WORK_DIR/nginx/temp"
sed -e "s#/var/cache/nginx/portal#$WORK_DIR/nginx/cache#" \
    -e "s#^\([[:space:]]*\)listen 8080;#\1listen 127.0.0.1:$PORT_LB;#" \
    src/main/nginx/portal.conf >"$WORK_DIR/nginx/portal.conf"
grep -q "proxy_cache_path $WORK_DIR/nginx/cache " "$WORK_DIR/nginx/portal.conf" || die "portal.conf: cache path not found to rewrite"
grep -q "listen 127.0.0.1:$PORT_LB;" "$WORK_DIR/nginx/portal.conf" || die "portal.conf: 'listen 8080;' not found to rewrite"
NGINX_USER=""
[ "$(id -u)" = 0 ] && NGINX_USER="user $(id -un) $(id -gn);"
cat >"$WORK_DIR/nginx/nginx.conf" <<CONF
$NGINX_USER
worker_processes 1;
pid $WORK_DIR/nginx/nginx.pid;
error_log $WORK_DIR/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
    log_format upstreams '\$status|\$upstream_addr|\$upstream_cache_status|\$request_uri';
    access_log $WORK_DIR/nginx/logs/access.log upstreams;
    client_body_temp_path $WORK_DIR/nginx/temp/client;
    proxy_temp_path $WORK_DIR/nginx/temp/proxy;
    fastcgi_temp_path $WORK_DIR/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK_DIR/nginx/temp/uwsgi;
    scgi_temp_path $WORK_DIR/nginx/temp/scgi;
    upstream portal {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
        keepalive 8;
    }
    include $WORK_DIR/nginx/portal.conf;
}
CONF
timeout 30 "$NGINX" -e "$WORK_DIR/nginx/logs/error.log" -p "$WORK_DIR/nginx" -c "$WORK_DIR/nginx/nginx.conf" -t -q 2>"$WORK_DIR/nginx-t.txt" \
  || { cat "$WORK_DIR/nginx-t.txt" >&2; die "nginx rejected the generated configuration"; }
log "starting nginx on $LB"
"$NGINX" -e "$WORK_DIR/nginx/logs/error.log" -p "$WORK_DIR/nginx" -c "$WORK_DIR/nginx/nginx.conf" -g 'daemon off;' >"$WORK_DIR/nginx.out" 2>&1 &
PID_NGINX=$!
for i in $(seq 1 50); do
  [ "$(status "$LB/css/portal.css")" = "200" ] && break
  kill -0 "$PID_NGINX" 2>/dev/null || { cat "$WORK_DIR/nginx.out" "$WORK_DIR/nginx/logs/error.log" >&2 2>/dev/null || true; die "nginx exited"; }
  [ "$i" -lt 50 ] || die "nginx did not answer within 5 s"
  sleep 0.1
done

# ---- checks ------------------------------------------------------------------------------------------
s=$(status "http://127.0.0.1:$PORT_A/actuator/health/readiness")
check "instance A is ready (/actuator/health/readiness directly)" "$([ "$s" = 200 ]; echo $?)" "status $s"
s=$(status "http://127.0.0.1:$PORT_B/actuator/health/readiness")
check "instance B is ready (/actuator/health/readiness directly)" "$([ "$s" = 200 ]; echo $?)" "status $s"

# Distinct query strings are distinct cache keys, so each request goes to an upstream (round robin).
bad=0
for i in $(seq 1 8); do
  s=$(status "$LB/plans/2025?both=$i")
  [ "$s" = 200 ] || bad=$((bad + 1))
done
served_a=$(awk -F'|' -v u="127.0.0.1:$PORT_A" '$1 == 200 && $2 == u && $4 ~ /[?]both=/' "$WORK_DIR/nginx/logs/access.log" | wc -l)
served_b=$(awk -F'|' -v u="127.0.0.1:$PORT_B" '$1 == 200 && $2 == u && $4 ~ /[?]both=/' "$WORK_DIR/nginx/logs/access.log" | wc -l)
check "both instances answer through nginx" "$([ "$bad" = 0 ] && [ "$served_a" -gt 0 ] && [ "$served_b" -gt 0 ]; echo $?)" \
  "8 pages: $bad not 200; A served $served_a, B served $served_b"

s=$(status "$LB/actuator/health/readiness")
check "the actuator is not reachable through nginx" "$([ "$s" = 404 ]; echo $?)" "status $s"

cache_status() { curl -s -o /dev/null -D - --max-time 10 "$1" 2>/dev/null | tr -d '\r' | awk -F': *' 'tolower($1) == "x-cache-status" {print $2}'; }
first=$(cache_status "$LB/plans/2025/commitments/3")
second=$(cache_status "$LB/plans/2025/commitments/3")
check "a page fetched twice through nginx: MISS, then HIT" "$([ "$first" = MISS ] && [ "$second" = HIT ]; echo $?)" \
  "X-Cache-Status: ${first:-none}, then ${second:-none}"

log "stopping instance A"
stop_pid "$PID_A"; PID_A=""
bad=0
for i in $(seq 1 8); do
  s=$(status "$LB/plans/2025?without-a=$i")
  [ "$s" = 200 ] || bad=$((bad + 1))
done
s=$(status "$LB/plans/2025/commitments/3?without-a=1")
[ "$s" = 200 ] || bad=$((bad + 1))
served_b=$(awk -F'|' -v u="127.0.0.1:$PORT_B" '$1 == 200 && $2 ~ u"$" && $4 ~ /without-a=/' "$WORK_DIR/nginx/logs/access.log" | wc -l)
check "with instance A stopped, pages answer through nginx (B)" "$([ "$bad" = 0 ] && [ "$served_b" -ge 9 ]; echo $?)" \
  "9 pages: $bad not 200, $served_b answered by B"
s=$(status "http://127.0.0.1:$PORT_B/actuator/health/readiness")
check "instance B still ready after A stopped" "$([ "$s" = 200 ]; echo $?)" "status $s"

if [ "$FAILURES" -gt 0 ]; then
  echo "FAIL: $FAILURES check(s) failed"
  exit 1
fi
echo "PASS: all checks"
