#!/usr/bin/env bash
# Start-up time to the first answer, on this machine's loopback only. Each start is repeated
# START_ROUNDS times; the report gives the median wall-clock seconds from launch to the first 200
# of the dashboard (/plans/2025) and the CPU seconds the server used by then (the machine may be
# shared: compare rows measured in the same run, and CPU seconds). The rows are measured in turn
# within each round (round 1 of every row, then round 2...), so that a change in the machine's load
# falls on every row alike.
#
# Rows, for the JDK in JAVA_HOME (or the java on the PATH):
#   - `java -jar` on the packaged jar;
#   - Java 25 or later: the Dockerfile's production start, the jar extracted by Spring Boot's jar
#     tools with the JVM's ahead-of-time cache from src/main/docker/aot-training.sh, with the
#     production start's JVM options (src/main/docker/jvm.options: Spring AOT's generated bean
#     definitions, native reflection accessors), as the Dockerfile's runtime stage does it; and the
#     same without those options (its own cache), the start before Spring AOT. An
#     older JDK cannot make that cache: the row says so, and the earlier start (extracted jar +
#     class-data-sharing archive) is measured instead;
#   - with START_BASELINE_JAVA_HOME (e.g. the build's JDK 17): `java -jar` and the class-data-sharing
#     start on that JDK (the Dockerfile's start before the ahead-of-time cache), and then `java -jar`
#     only there;
#   - with BENCH_PETCLINIC_JAR: Spring PetClinic (built from its public source outside this
#     repository, its own embedded H2) on the first JDK measured, to its first 200 of /vets.html.
#
#   bench/startup.sh                    # embedded database (each start runs the migrations)
#   JAVA_HOME=/path/to/jdk-25 START_BASELINE_JAVA_HOME=/path/to/jdk-17 \
#     BENCH_PETCLINIC_JAR=/path/to/spring-petclinic.jar bench/startup.sh
#   SPRING_DATASOURCE_URL=... SPRING_DATASOURCE_USERNAME=... SPRING_DATASOURCE_PASSWORD=... \
#     [SPRING_FLYWAY_USER=... SPRING_FLYWAY_PASSWORD=...] bench/startup.sh
#
# On PostgreSQL (SPRING_DATASOURCE_* set) one untimed start first migrates the schema, so the timed
# starts find it migrated, as production does (docker-compose.yml's migrate service), and the
# Dockerfile's start only checks the schema's version (PORTAL_MIGRATIONS_ON_START=false), as the
# instances there; the training runs use the embedded database, as the Dockerfile's build does. Every server listens on 127.0.0.1 and is stopped after its first answer.
#
# Optional environment: START_ROUNDS (3), START_PORT (18380), START_BASELINE_JAVA_HOME,
# BENCH_PETCLINIC_JAR, BENCH_JAVA_OPTS (extra JVM options for every start of the portal).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

ROUNDS="${START_ROUNDS:-3}"
FIRST_PORT="${START_PORT:-18380}"
JAR="target/minsheng-tracker-0.1.0-SNAPSHOT.jar"
JAR_NAME=$(basename "$JAR")
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BASELINE_JAVA="${START_BASELINE_JAVA_HOME:+$START_BASELINE_JAVA_HOME/bin/java}"
PETCLINIC_JAR="${BENCH_PETCLINIC_JAR:-}"
TRAINING="src/main/docker/aot-training.sh"
LIMIT=240

log() { printf '[startup] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
# shellcheck source=bench/lib.sh
. bench/lib.sh

for tool in curl awk sort getconf "$JAVA" ${BASELINE_JAVA:+"$BASELINE_JAVA"}; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "START_ROUNDS must be a positive whole number"
[ -z "$PETCLINIC_JAR" ] || [ -f "$PETCLINIC_JAR" ] || die "BENCH_PETCLINIC_JAR names no file"
CLK_TCK=$(getconf CLK_TCK)
WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/minsheng-startup.XXXXXX")
SERVER=""
# The servers are started inside command substitutions: each writes its pid to server.pid, so an
# interrupted run still stops the one it left.
cleanup() {
  local rc=$?
  stop_pid "$SERVER"
  [ ! -f "$WORK_DIR/server.pid" ] || stop_pid "$(cat "$WORK_DIR/server.pid")"
  rm -rf "$WORK_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# feature JAVA: the JDK's feature version (17, 25, ...)
feature() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }'
}
# The training runs and PetClinic run without the PostgreSQL settings (their embedded database).
EMBEDDED=(env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD
  -u SPRING_FLYWAY_USER -u SPRING_FLYWAY_PASSWORD)

build_jar
ROOT=$PWD

# extract DIR JAVA: the jar laid out by Spring Boot's jar tools in DIR, as the Dockerfile does
extract() {
  "$2" -Djarmode=tools -jar "$JAR" extract --destination "$1" >/dev/null
}
# train_cds DIR JAVA: the class-data-sharing archive DIR/app.jsa (the Dockerfile before Java 25).
# The training and the timed starts run in DIR with the same relative class path: an archive made
# for another class path is silently ignored.
train_cds() {
  log "recording the class-data-sharing archive with $2 (training run)"
  (cd "$1" && "${EMBEDDED[@]}" "$2" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
    -jar "$JAR_NAME" --server.port=0 >"$WORK_DIR/training.log" 2>&1) \
    || { tail -n 30 "$WORK_DIR/training.log" >&2; die "training run failed"; }
}
# train_aot DIR JAVA [JVM-OPTION...]: the ahead-of-time cache DIR/app.aot, by the Dockerfile's
# training script, with the options of the start it is for
train_aot() {
  log "recording the ahead-of-time cache with $2 ${*:3} ($TRAINING)"
  local port dir=$1
  shift
  port=$(free_port)
  (cd "$dir" && AOT_TRAINING_PORT="$port" AOT_TRAINING_TIMEOUT="$LIMIT" "${EMBEDDED[@]}" bash \
    "$ROOT/$TRAINING" app.aot "$JAR_NAME" "$@" 2>"$WORK_DIR/training.log") \
    || { tail -n 30 "$WORK_DIR/training.log" >&2; die "training run failed"; }
}

# once DIR URL COMMAND...: one start in DIR, prints "seconds cpu-seconds" at the first 200 of URL.
# One request at a time, each allowed a minute: a first render slower than the poll must not be
# asked for again and again (each would render it anew on a loaded machine).
once() {
  local dir=$1 url=$2 port started deadline s ticks
  shift 2
  port=$(free_port)
  started=$(now_ns)
  deadline=$((started + LIMIT * 1000000000))
  (cd "$dir" && exec "$@" --server.address=127.0.0.1 --server.port="$port") >"$WORK_DIR/run.log" 2>&1 &
  SERVER=$!
  echo "$SERVER" >"$WORK_DIR/server.pid"
  while [ "$(now_ns)" -lt "$deadline" ]; do
    s=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "http://127.0.0.1:$port$url" 2>/dev/null || true)
    if [ "$s" = "200" ]; then
      ticks=$(cpu_ticks "$SERVER")
      awk -v a="$started" -v b="$(now_ns)" -v t="$ticks" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f %.2f\n", (b - a) / 1e9, t / hz }'
      # A cache or archive the JVM cannot use is only a warning: show it.
      grep -E '\]\[(aot|cds)[^]]*\].*(Unable|rror|mismatch|disabled)' "$WORK_DIR/run.log" | head -n 3 >&2 || true
      stop_pid "$SERVER"; SERVER=""
      rm -f "$WORK_DIR/server.pid"
      return 0
    fi
    kill -0 "$SERVER" 2>/dev/null || { tail -n 30 "$WORK_DIR/run.log" >&2; die "the server exited"; }
    sleep 0.05
  done
  die "no answer within $LIMIT s"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# row LABEL DIR URL COMMAND...: adds a row to measure (each round starts every row once, in turn)
LABELS=()
COMMANDS=()
row() {
  LABELS+=("$1")
  shift
  COMMANDS+=("$(printf '%q ' "$@")")
}

# measure_rows: START_ROUNDS rounds over the rows, then one table line of medians per row
measure_rows() {
  local r i line
  for r in $(seq 1 "$ROUNDS"); do
    for i in "${!LABELS[@]}"; do
      line=$(eval "once ${COMMANDS[$i]}")
      log "${LABELS[$i]}, round $r: $line (s, CPU-s)"
      echo "$line" >>"$WORK_DIR/times-$i"
    done
  done
  for i in "${!LABELS[@]}"; do
    printf '| %s | %s | %s |\n' "${LABELS[$i]}" "$(cut -d' ' -f1 "$WORK_DIR/times-$i" | median)" \
      "$(cut -d' ' -f2 "$WORK_DIR/times-$i" | median)"
  done
}

# shellcheck disable=SC2206  # BENCH_JAVA_OPTS is a list of options
OPTS=(${BENCH_JAVA_OPTS:-})
JAVAS=()
[ -z "$BASELINE_JAVA" ] || JAVAS+=("$BASELINE_JAVA")
JAVAS+=("$JAVA")

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  log "migrating the schema on ${SPRING_DATASOURCE_URL%%\?*} (untimed start)"
  java_first=${JAVAS[0]}
  timeout "$LIMIT" "$java_first" -Dspring.context.exit=onRefresh -jar "$JAR" --server.port=0 \
    >"$WORK_DIR/migrate.log" 2>&1 || { tail -n 30 "$WORK_DIR/migrate.log" >&2; die "the migrating start failed"; }
  DATABASE="PostgreSQL (SPRING_DATASOURCE_URL), schema already migrated; the Dockerfile's start does not migrate (PORTAL_MIGRATIONS_ON_START=false), as docker-compose.yml's instances"
  # docker-compose.yml's instances: the migrate service ran the migrations, each only checks the version.
  INSTANCE=(env PORTAL_MIGRATIONS_ON_START=false)
else
  DATABASE="embedded H2 (each start runs the migrations and the seed)"
  INSTANCE=()
fi

# The Dockerfile's start: its JVM options, read by the java launcher from the same argument file.
PRODUCTION_OPTIONS="@$ROOT/src/main/docker/jvm.options"
NOTES=()
for java in "${JAVAS[@]}"; do
  v=$(feature "$java")
  [ -n "$v" ] || die "cannot tell the version of $java"
  dir="$WORK_DIR/app-$v"
  extract "$dir" "$java"
  if [ "${v%%.*}" -ge 25 ]; then
    train_aot "$dir" "$java" "$PRODUCTION_OPTIONS"
    extract "$dir-plain" "$java"
    train_aot "$dir-plain" "$java"
  else
    train_cds "$dir" "$java"
  fi
done

for java in "${JAVAS[@]}"; do
  v=$(feature "$java")
  dir="$WORK_DIR/app-$v"
  # `java -jar` on the baseline JDK only, when one is given (it is the start without any cache).
  if [ "$java" = "${JAVAS[0]}" ]; then
    row "\`java -jar\` (packaged jar), JDK $v" "$ROOT" /plans/2025 "$java" "${OPTS[@]}" -jar "$JAR"
  fi
  if [ "${v%%.*}" -ge 25 ]; then
    row "extracted jar + AOT cache, JDK $v (before Spring AOT)" "$dir-plain" /plans/2025 \
      "$java" "${OPTS[@]}" -XX:AOTCache=app.aot -jar "$JAR_NAME"
    row "extracted jar + AOT cache + jvm.options (Spring AOT, native reflection), JDK $v (the Dockerfile's start)" "$dir" /plans/2025 \
      ${INSTANCE[@]+"${INSTANCE[@]}"} \
      "$java" "${OPTS[@]}" -XX:AOTCache=app.aot "$PRODUCTION_OPTIONS" -jar "$JAR_NAME"
  else
    row "extracted jar + CDS archive, JDK $v (the Dockerfile's start before Java 25)" "$dir" /plans/2025 \
      "$java" "${OPTS[@]}" -XX:SharedArchiveFile=app.jsa -jar "$JAR_NAME"
    [ "$java" != "$JAVA" ] || NOTES+=("The Dockerfile's start (AOT cache) was not measured: it needs Java 25 or later, and $JAVA is Java $v. Set JAVA_HOME to a JDK 25.")
  fi
  if [ -n "$PETCLINIC_JAR" ] && [ "$java" = "${JAVAS[0]}" ]; then
    row "Spring PetClinic \`java -jar\`, JDK $v (/vets.html)" "$ROOT" /vets.html "${EMBEDDED[@]}" "$java" -jar "$PETCLINIC_JAR"
  fi
done

echo "Database: $DATABASE. $ROUNDS round(s), the rows in turn within each round; median; CPU seconds are the server's user + system time."
echo
echo "| start (median of $ROUNDS) | seconds to the first 200 | CPU seconds by then |"
echo "|---|---|---|"
measure_rows
for note in ${NOTES[@]+"${NOTES[@]}"}; do
  echo
  echo "$note"
  log "$note"
done
