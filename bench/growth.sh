#!/usr/bin/env bash
# Growth on PostgreSQL, on this machine's loopback only: the same pages rendered (page cache and the data and parts kept per revision off: every request reads and renders everything)
# from a database holding the 2025 seed alone and from one holding twenty synthetic years beside
# it (the `synthetic` profile), then, optionally, exports of a year of a million reports with the
# heap capped. Prints a Markdown report (docs/scaling.md quotes it).
#
#   bench/growth.sh                          # seed vs +20 years, 50 requests a page
#   GROWTH_MILLION=1 bench/growth.sh         # also: a synthetic year of 1,014,000 reports, exports
#                                            # streamed by an instance started with -Xmx256m
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres), psql and curl. Creates its databases and
# drops them at the end. Optional environment: GROWTH_REQUESTS (50), GROWTH_PORT (18280),
# GROWTH_OUTPUT (target/growth.md), PGPASSWORD (postgres), BENCH_JAVA_OPTS.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

REQUESTS="${GROWTH_REQUESTS:-50}"
FIRST_PORT="${GROWTH_PORT:-18280}"
OUTPUT="${GROWTH_OUTPUT:-target/growth.md}"
MILLION="${GROWTH_MILLION:-}"
PG_PASSWORD="${PGPASSWORD:-postgres}"
JAR="target/minsheng-tracker-0.1.0-SNAPSHOT.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
READY_LIMIT=900   # seconds: the synthetic instance generates its years before it answers
PAGES=(/plans/2025 /plans/2025/commitments/3 /counties/yuci /api/v1/plans/2025 /plans/2025/review
  /plans/2025/export.csv /plans/2025/export.xlsx)

log() { printf '[growth] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
# shellcheck source=bench/lib.sh
. bench/lib.sh

for tool in curl psql awk sort "$JAVA"; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
[[ "$REQUESTS" =~ ^[1-9][0-9]*$ ]] || die "GROWTH_REQUESTS must be a positive whole number"

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/minsheng-growth.XXXXXX")
declare -A PID=() PORT=() DBS=()
cleanup() {
  local rc=$? name
  for name in "${!PID[@]}"; do stop_pid "${PID[$name]}"; done
  for name in "${!DBS[@]}"; do
    psql_admin -c "DROP DATABASE IF EXISTS ${DBS[$name]} WITH (FORCE)" >/dev/null 2>&1 || log "could not drop ${DBS[$name]}"
  done
  rm -rf "$WORK_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build_jar

# start NAME [java options] -- [application arguments]: a fresh database and an instance on it, the
# page cache off; returns when it answers the dashboard
start() {
  local name=$1 i s="" started java_opts=() app_args=()
  shift
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do java_opts+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  app_args=("$@")
  DBS[$name]="minsheng_growth_${name}_$$"
  psql_admin -c "CREATE DATABASE ${DBS[$name]}" >/dev/null
  PORT[$name]=$(free_port); take_port "${PORT[$name]}"
  log "starting $name on 127.0.0.1:${PORT[$name]} (database ${DBS[$name]})"
  started=$(now_ns)
  # shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
  # reWriteBatchedInserts: the generator's batches go as multi-row INSERTs (several times faster)
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${DBS[$name]}?reWriteBatchedInserts=true" \
    SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD" \
    "$JAVA" ${BENCH_JAVA_OPTS:-} "${java_opts[@]}" -jar "$JAR" --server.address=127.0.0.1 \
    --server.port="${PORT[$name]}" --portal.page-cache.enabled=false --portal.page-cache.views=false "${app_args[@]}" >"$WORK_DIR/$name.log" 2>&1 &
  PID[$name]=$!
  for i in $(seq 1 "$READY_LIMIT"); do
    s=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:${PORT[$name]}/plans/2025" || true)
    # The synthetic profile generates after the server is up: wait for the generator's last line too.
    if [ "$s" = "200" ] && { [[ " ${app_args[*]} " != *" --spring.profiles.active=synthetic "* ]] ||
        grep -q 'Generated \|nothing generated' "$WORK_DIR/$name.log"; }; then
      log "$name answers after $(( ($(now_ns) - started) / 1000000000 )) s"
      return 0
    fi
    kill -0 "${PID[$name]}" 2>/dev/null || { tail -n 40 "$WORK_DIR/$name.log" >&2; die "$name exited"; }
    sleep 1
  done
  die "$name did not answer within $READY_LIMIT s"
}

# median_ms NAME PATH: median and 90th percentile of REQUESTS sequential requests, after 10 unmeasured,
# and the instance's CPU milliseconds a request over the measured ones (the JVM's own CPU time, not
# PostgreSQL's: on a shared machine it varies less than the wall-clock times)
median_ms() {
  local url="http://127.0.0.1:${PORT[$1]}$2" i before times
  for i in $(seq 1 10); do curl -s -o /dev/null --max-time 60 "$url"; done
  before=$(cpu_ticks "${PID[$1]}")
  times=$(for i in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null --max-time 60 -w '%{time_total}\n' "$url"
  done)
  printf '%s\n' "$times" | sort -n | awk -v ticks=$(( $(cpu_ticks "${PID[$1]}") - before )) -v hz="$(getconf CLK_TCK)" \
    '{ v[NR] = $1 * 1000 } END { printf "%.1f %.1f %.1f", v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.5)], ticks * 1000 / hz / NR }'
}

count() { PGPASSWORD="$PG_PASSWORD" psql -h 127.0.0.1 -U postgres -d "${DBS[$1]}" -qtAc "$2"; }

start seed
start years -- --spring.profiles.active=synthetic
GENERATED=$(grep -o 'Generated .* ms' "$WORK_DIR/years.log" | head -n 1 || true)
REPORTS=$(count years "SELECT COUNT(*) FROM progress_report")
FIGURES=$(count years "SELECT COUNT(*) FROM report_county_figure")
PLANS=$(count years "SELECT COUNT(*) FROM plan")

{
  echo "## Growth: the 2025 seed alone vs with twenty synthetic years ($(date -u +%Y-%m-%d))"
  echo
  echo "PostgreSQL on 127.0.0.1, page cache and views off (every request reads the database and renders every part), $REQUESTS sequential requests a page"
  echo "after 10 unmeasured ones. Synthetic database: $PLANS plans, $REPORTS reports, $FIGURES county figures."
  echo "${GENERATED:+Generation: $GENERATED.}"
  echo
  echo "| page | seed: median (p90) ms | +20 years: median (p90) ms | ratio of medians | seed: CPU ms a request | +20 years: CPU ms a request | CPU ratio |"
  echo "|---|---|---|---|---|---|---|"
  for path in "${PAGES[@]}"; do
    read -r seed_median seed_p90 seed_cpu <<<"$(median_ms seed "$path")"
    read -r years_median years_p90 years_cpu <<<"$(median_ms years "$path")"
    ratio=$(awk -v a="$years_median" -v b="$seed_median" 'BEGIN { printf "%.2f", a / b }')
    cpu_ratio=$(awk -v a="$years_cpu" -v b="$seed_cpu" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
    echo "| \`$path\` | $seed_median ($seed_p90) | $years_median ($years_p90) | $ratio | $seed_cpu | $years_cpu | $cpu_ratio |"
  done
  echo
  echo "Resident memory after the run: seed $(rss_mb "${PID[seed]}") MB, +20 years $(rss_mb "${PID[years]}") MB."
} | tee "$OUTPUT.part"

if [ -n "$MILLION" ]; then
  stop_pid "${PID[seed]}"; unset 'PID[seed]'
  stop_pid "${PID[years]}"; unset 'PID[years]'
  start million -Xmx256m -- --spring.profiles.active=synthetic --synthetic.last-year=2024 --synthetic.years=1 \
    --synthetic.commitments=6500 --synthetic.county-figures=false
  ROWS=$(count million "SELECT COUNT(*) FROM progress_report r JOIN indicator i ON i.id = r.indicator_id JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2024")
  base="http://127.0.0.1:${PORT[million]}/plans/2024"
  log "downloading reports.csv and export.xlsx of 2024 ($ROWS reports) at the same time, heap capped at 256 MB"
  started=$(now_ns)
  curl -s --max-time 1200 -o "$WORK_DIR/reports.csv" -w '%{http_code} %{time_total}\n' "$base/reports.csv" >"$WORK_DIR/csv.status" &
  csv_pid=$!
  curl -s --max-time 1200 -o "$WORK_DIR/export.xlsx" -w '%{http_code} %{time_total}\n' "$base/export.xlsx" >"$WORK_DIR/xlsx.status" &
  xlsx_pid=$!
  peak=0
  while kill -0 "$csv_pid" 2>/dev/null || kill -0 "$xlsx_pid" 2>/dev/null; do
    rss=$(rss_mb "${PID[million]}" 2>/dev/null || echo 0)
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 1
  done
  wait "$csv_pid" || true; wait "$xlsx_pid" || true
  both_s=$(( ($(now_ns) - started) / 1000000000 ))
  csv_lines=$(( $(wc -l <"$WORK_DIR/reports.csv") - 1 ))
  after=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:${PORT[million]}/plans/2025" || true)
  read -r m2025_median m2025_p90 m2025_cpu <<<"$(REQUESTS=10 median_ms million /plans/2025)"
  read -r m2024_median m2024_p90 m2024_cpu <<<"$(REQUESTS=10 median_ms million /plans/2024)"
  {
    echo
    echo "## A year of $ROWS reports, exported by an instance with -Xmx256m"
    echo
    echo "| export | HTTP status and seconds | size |"
    echo "|---|---|---|"
    echo "| \`/plans/2024/reports.csv\` | $(cat "$WORK_DIR/csv.status") | $(du -h "$WORK_DIR/reports.csv" | cut -f1), $csv_lines data lines |"
    echo "| \`/plans/2024/export.xlsx\` | $(cat "$WORK_DIR/xlsx.status") | $(du -h "$WORK_DIR/export.xlsx" | cut -f1) |"
    echo
    echo "Both at once, $both_s s in all; peak resident memory $peak MB;"
    echo "the dashboard answered $after afterwards; OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$WORK_DIR/million.log" || true)."
    echo "With that year published, median (p90) of 10 uncached requests: \`/plans/2025\` $m2025_median ($m2025_p90) ms,"
    echo "$m2025_cpu CPU ms a request; \`/plans/2024\` $m2024_median ($m2024_p90) ms, $m2024_cpu CPU ms a request."
  } | tee -a "$OUTPUT.part"
fi
mv "$OUTPUT.part" "$OUTPUT"
log "report written to $OUTPUT"
