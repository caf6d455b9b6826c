#!/usr/bin/env bash
# HTTP throughput benchmark of the portal with wrk, on this machine's loopback only.
#
#   bench/run.sh                                   # H2 (default profile), 20 s per URL, 64 connections
#   BENCH_DURATION=5s bench/run.sh                 # quick check
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/DB \
#   SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres bench/run.sh
#
# Builds the jar if it is missing, starts it on 127.0.0.1, warms up and measures three URLs
# (dashboard, a commitment page, a static file) and writes docs/performance.md. Everything below
# the line "<!-- history -->" in that file is kept; each run adds its results on top of it.
#
# Optional environment: BENCH_DURATION (20s), BENCH_CONNECTIONS (64), BENCH_THREADS (2),
# BENCH_WARMUP (10s), BENCH_PORT (first port tried, 18080), BENCH_JAVA_OPTS (extra JVM options),
# BENCH_OUTPUT (docs/performance.md), SPRING_DATASOURCE_URL/USERNAME/PASSWORD (passed through).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

DURATION="${BENCH_DURATION:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
WARMUP="${BENCH_WARMUP:-10s}"
FIRST_PORT="${BENCH_PORT:-18080}"
OUTPUT="${BENCH_OUTPUT:-docs/performance.md}"
JAR="target/minsheng-tracker-0.1.0-SNAPSHOT.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
HISTORY_MARKER='<!-- history -->'
TARGET_RATIO_TEXT="1/3"

PATHS=(/plans/2025 /plans/2025/commitments/3 /css/portal.css "/plans/2025?uncached=N")
LABELS=("dashboard" "commitment page" "static file" "dashboard, every request a page-cache miss")

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in wrk curl awk "$JAVA"; do
  command -v "$tool" >/dev/null || die "$tool not found (Debian: apt-get install -y wrk curl)"
done

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/minsheng-bench.XXXXXX")
APP_PID=""
cleanup() {
  local rc=$?
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- build --------------------------------------------------------------------------------
if [ ! -f "$JAR" ]; then
  log "building $JAR"
  timeout 1200 ./mvnw -B -q -DskipTests package
fi
[ -f "$JAR" ] || die "$JAR was not built"

# ---- pick a free port on 127.0.0.1 ---------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=""
for candidate in $(seq "$FIRST_PORT" $((FIRST_PORT + 20))); do
  if ! port_in_use "$candidate"; then PORT=$candidate; break; fi
done
[ -n "$PORT" ] || die "no free port in $FIRST_PORT..$((FIRST_PORT + 20))"
BASE="http://127.0.0.1:$PORT"

# ---- database used ---------------------------------------------------------------------------
DB_URL="${SPRING_DATASOURCE_URL:-}"
if [ -z "$DB_URL" ]; then
  DATABASE="H2 (embedded, default profile, seeded data)"
else
  case "$DB_URL" in
    jdbc:postgresql:*) db_kind="PostgreSQL" ;;
    jdbc:h2:*)         db_kind="H2" ;;
    *)                 db_kind=$(printf '%s' "$DB_URL" | cut -d: -f2) ;;
  esac
  db_name="${DB_URL##*/}"; db_name="${db_name%%\?*}"
  DATABASE="$db_kind (via SPRING_DATASOURCE_URL, database \`$db_name\`)"
fi

# ---- start the app -----------------------------------------------------------------------------
APP_LOG="$WORK_DIR/app.log"
log "starting $JAR on $BASE ($DATABASE)"
# shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
"$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  >"$APP_LOG" 2>&1 &
APP_PID=$!

deadline=$(( $(date +%s) + 90 ))
last_status=none
while :; do
  last_status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE${PATHS[0]}" 2>/dev/null || true)
  [ "$last_status" = "200" ] && break
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    tail -n 40 "$APP_LOG" >&2 || true
    die "the app exited before it was ready"
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    tail -n 40 "$APP_LOG" >&2 || true
    die "GET ${PATHS[0]} did not answer 200 within 90 s (last status: ${last_status:-none})"
  fi
  sleep 1
done
log "ready after $(( $(date +%s) - deadline + 90 )) s"

for path in "${PATHS[@]:0:3}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE$path")
  [ "$status" = "200" ] || die "GET $path answered $status, expected 200"
done

# ---- warm up and measure -------------------------------------------------------------------------
WRK_OPTS=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
WRK_CMD="wrk ${WRK_OPTS[*]} <url>"

# Every request of the last URL carries a new query string, so the page cache never hits and each
# one renders the dashboard from the database: the cost of a page just after an approval.
MISS_SCRIPT="$WORK_DIR/miss.lua"
cat >"$MISS_SCRIPT" <<'LUA'
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/plans/2025?uncached=" .. counter)
end
LUA
wrk_for() {
  if [ "$1" = "${PATHS[3]}" ]; then echo "-s $MISS_SCRIPT $BASE/plans/2025"; else echo "$BASE$1"; fi
}

for path in "${PATHS[@]}"; do
  log "warm-up $WARMUP: $path"
  # shellcheck disable=SC2046  # wrk_for prints options and a URL
  timeout 600 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" $(wrk_for "$path") >/dev/null
done

RPS=(); P50=(); P99=(); ERRS=()
for i in "${!PATHS[@]}"; do
  path=${PATHS[$i]}
  out="$WORK_DIR/wrk-$i.txt"
  log "measuring $DURATION: $path"
  # shellcheck disable=SC2046
  timeout 900 wrk "${WRK_OPTS[@]}" $(wrk_for "$path") >"$out"
  cat "$out" >&2
  RPS[i]=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  P50[i]=$(awk '$1 == "50%" {print $2}' "$out")
  P99[i]=$(awk '$1 == "99%" {print $2}' "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
  sock=$(sed -n 's/^ *Socket errors: *//p' "$out")
  errs=""
  [ -n "$non2xx" ] && errs="non-2xx/3xx: $non2xx"
  [ -n "$sock" ] && errs="${errs:+$errs; }socket errors: $sock"
  ERRS[i]="${errs:-none}"
  if [ -z "${RPS[i]}" ] || [ -z "${P50[i]}" ] || [ -z "${P99[i]}" ]; then
    die "could not parse wrk output for $path"
  fi
done

# ---- verdict -------------------------------------------------------------------------------------
RATIO=$(awk -v d="${RPS[0]}" -v s="${RPS[2]}" 'BEGIN { printf "%.3f", (s > 0 ? d / s : 0) }')
if awk -v d="${RPS[0]}" -v s="${RPS[2]}" 'BEGIN { exit !(s > 0 && 3 * d >= s) }'; then
  VERDICT="PASS"
else
  VERDICT="FAIL"
fi
VALIDITY=""
if [ "${ERRS[0]}" != "none" ] || [ "${ERRS[1]}" != "none" ] || [ "${ERRS[2]}" != "none" ] || [ "${ERRS[3]}" != "none" ]; then
  VALIDITY=" (errors were reported during the run; see the table — treat the numbers with care)"
fi
if [ "$CONNECTIONS" != "64" ]; then
  VALIDITY="$VALIDITY (the target is defined at c=64; this run used c=$CONNECTIONS)"
fi

# ---- machine facts (no host names) -------------------------------------------------------------
RUN_DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
CORES=$(nproc)
MEMORY=$(free -h | awk '/^Mem:/ {print $2}')
CPU_MODEL=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
OS_NAME=$(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release 2>/dev/null || true)
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -n 1 || true)
WRK_VERSION=$( (wrk -v 2>&1 || true) | head -n 1 | awk '{print $1, $2}')
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "none")
if [ "$COMMIT" != "none" ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  COMMIT="$COMMIT (with uncommitted changes)"
fi

results_table() {
  echo "| URL | Requests/s | p50 latency | p99 latency | Errors |"
  echo "| --- | ---: | ---: | ---: | --- |"
  local i
  for i in "${!PATHS[@]}"; do
    echo "| \`${PATHS[$i]}\` (${LABELS[$i]}) | ${RPS[$i]} | ${P50[$i]} | ${P99[$i]} | ${ERRS[$i]} |"
  done
  echo
  echo "Dashboard ÷ static throughput: **$RATIO** (target ≥ $TARGET_RATIO_TEXT ≈ 0.333) — **$VERDICT**$VALIDITY"
}

# ---- write the report ------------------------------------------------------------------------------
OLD_HISTORY=""
if [ -f "$OUTPUT" ] && grep -qxF "$HISTORY_MARKER" "$OUTPUT"; then
  OLD_HISTORY=$(awk -v m="$HISTORY_MARKER" 'found {print} $0 == m {found = 1}' "$OUTPUT")
fi

mkdir -p "$(dirname "$OUTPUT")"
NEW_FILE="$WORK_DIR/performance.md"
{
  echo "# Performance"
  echo
  echo "Written by \`bench/run.sh\`; re-run it to refresh this page. Load generator and app share the"
  echo "same machine, so absolute numbers are modest; the ratio between pages is what the target checks."
  echo
  echo "How to read them: public pages are served from a page cache keyed by the database's public"
  echo "revision (\`PublicPageCache\` in \`system/\`), so the first two rows are cache hits that still read the"
  echo "revision from the database on every request. The last row defeats the cache (a new query string"
  echo "per request) and shows what rendering the dashboard from the database costs. The static file is"
  echo "read by Spring's resource handler out of the packaged jar, whose entry lookup is synchronized,"
  echo "so it is a modest baseline that varies with what else the machine is doing."
  echo
  echo "## Latest run"
  echo
  echo "- Date: $RUN_DATE"
  echo "- Commit: $COMMIT"
  echo "- Machine: $CORES cores${CPU_MODEL:+ ($CPU_MODEL)}, $MEMORY memory${OS_NAME:+, $OS_NAME}"
  echo "- Java: $JAVA_VERSION"
  echo "- Database: $DATABASE"
  echo "- Load: \`$WRK_CMD\` per URL ($WRK_VERSION), after a $WARMUP warm-up per URL at the same concurrency; app on 127.0.0.1"
  echo
  results_table
  echo
  echo "Target (from the performance issue): at c=64 the dashboard reaches at least one third of the"
  echo "static file's throughput."
  echo
  echo "## History"
  echo
  echo "Newest first."
  echo
  echo "$HISTORY_MARKER"
  echo
  echo "### $RUN_DATE — $DATABASE, c=$CONNECTIONS, $DURATION, commit $COMMIT"
  echo
  results_table
  if [ -n "$OLD_HISTORY" ]; then
    echo
    printf '%s\n' "$OLD_HISTORY" | sed '/./,$!d'
  fi
} >"$NEW_FILE"
mv "$NEW_FILE" "$OUTPUT"

log "wrote $OUTPUT: dashboard/static = $RATIO -> $VERDICT"
