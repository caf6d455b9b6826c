#!/usr/bin/env bash
# Start-up time to the first answer, on this machine's loopback only: the packaged jar as it is,
# then the production start of the Dockerfile (the jar extracted by Spring Boot's jar tools, with a
# class-data-sharing archive recorded by a training run). Each is started START_ROUNDS times; the
# report gives the median wall-clock seconds to the first 200 of the dashboard and the CPU seconds
# used by then.
#
#   bench/startup.sh                   # embedded database, 3 rounds
#   SPRING_DATASOURCE_URL=... SPRING_DATASOURCE_USERNAME=... SPRING_DATASOURCE_PASSWORD=... bench/startup.sh
#
# Optional environment: START_ROUNDS (3), START_PORT (18380), BENCH_JAVA_OPTS.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

ROUNDS="${START_ROUNDS:-3}"
FIRST_PORT="${START_PORT:-18380}"
JAR="target/minsheng-tracker-0.1.0-SNAPSHOT.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LIMIT=180

log() { printf '[startup] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
# shellcheck source=bench/lib.sh
. bench/lib.sh

for tool in curl awk sort getconf "$JAVA"; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "START_ROUNDS must be a positive whole number"
CLK_TCK=$(getconf CLK_TCK)
WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/minsheng-startup.XXXXXX")
SERVER=""
cleanup() { local rc=$?; stop_pid "$SERVER"; rm -rf "$WORK_DIR"; exit "$rc"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

build_jar

# The Dockerfile's production start, built the same way here.
log "extracting the jar and recording the class-data-sharing archive (training run)"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK_DIR/app" >/dev/null
(cd "$WORK_DIR/app" && "$JAVA" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
  -jar minsheng-tracker-0.1.0-SNAPSHOT.jar --server.port=0 >"$WORK_DIR/training.log" 2>&1) \
  || { tail -n 30 "$WORK_DIR/training.log" >&2; die "training run failed"; }

# once LABEL COMMAND...: one start, prints "seconds cpu-seconds"
once() {
  local port started i s ticks
  port=$(free_port)
  started=$(now_ns)
  "$@" --server.address=127.0.0.1 --server.port="$port" >"$WORK_DIR/run.log" 2>&1 &
  SERVER=$!
  for i in $(seq 1 $((LIMIT * 20))); do
    s=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/plans/2025" 2>/dev/null || true)
    if [ "$s" = "200" ]; then
      ticks=$(cpu_ticks "$SERVER")
      awk -v a="$started" -v b="$(now_ns)" -v t="$ticks" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f %.2f\n", (b - a) / 1e9, t / hz }'
      stop_pid "$SERVER"; SERVER=""
      return 0
    fi
    kill -0 "$SERVER" 2>/dev/null || { tail -n 30 "$WORK_DIR/run.log" >&2; die "the server exited"; }
    sleep 0.05
  done
  die "no answer within $LIMIT s"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() {
  local label=$1 r line
  shift
  : >"$WORK_DIR/times"
  for r in $(seq 1 "$ROUNDS"); do
    line=$(once "$@")
    log "$label, round $r: $line (s, CPU-s)"
    echo "$line" >>"$WORK_DIR/times"
  done
  printf '| %s | %s | %s |\n' "$label" "$(cut -d' ' -f1 "$WORK_DIR/times" | median)" \
    "$(cut -d' ' -f2 "$WORK_DIR/times" | median)"
}

# shellcheck disable=SC2206  # BENCH_JAVA_OPTS is a list of options
OPTS=(${BENCH_JAVA_OPTS:-})
echo "| start (median of $ROUNDS) | seconds to the first 200 | CPU seconds by then |"
echo "|---|---|---|"
measure "\`java -jar\` (packaged jar)" "$JAVA" "${OPTS[@]}" -jar "$JAR"
measure "extracted jar + CDS archive (Dockerfile)" "$JAVA" "${OPTS[@]}" -XX:SharedArchiveFile="$WORK_DIR/app/app.jsa" \
  -Xshare:auto -jar "$WORK_DIR/app/minsheng-tracker-0.1.0-SNAPSHOT.jar"
