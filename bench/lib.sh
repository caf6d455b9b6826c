# Helpers shared by the scripts in bench/ (sourced, not run). Every server they start listens on
# 127.0.0.1 only. The sourcing script defines log and die, and sets FIRST_PORT.

# build_jar: packages the portal's jar (JAR) from the sources as they are, every time: a jar left
# from an earlier build would be measured silently in place of the code under test
build_jar() {
  log "building $JAR"
  rm -f "$JAR"
  # Its output (Spring AOT starts the application while the jar is built) goes with the log, not the report.
  timeout 1200 ./mvnw -B -q -DskipTests package >&2 || die "the build failed"
  [ -f "$JAR" ] || die "$JAR was not built"
}

# psql_admin ARGS...: psql as the server's superuser on 127.0.0.1:5432 (PG_PASSWORD, if set)
psql_admin() { PGPASSWORD="${PG_PASSWORD:-postgres}" timeout 120 psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

# port_in_use PORT: whether something listens on 127.0.0.1:PORT
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port: the first free port from FIRST_PORT on that this script has not handed out yet
TAKEN_PORTS=" "
free_port() {
  local candidate
  for candidate in $(seq "$FIRST_PORT" $((FIRST_PORT + 40))); do
    case "$TAKEN_PORTS" in *" $candidate "*) continue ;; esac
    if ! port_in_use "$candidate"; then echo "$candidate"; return 0; fi
  done
  die "no free port in $FIRST_PORT..$((FIRST_PORT + 40))"
}
# take_port PORT: marks a port from free_port as handed out (free_port runs in a subshell)
take_port() { TAKEN_PORTS="$TAKEN_PORTS$1 "; }

# stop_pid PID: stops a process we started, politely for 20 s, then for good
stop_pid() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# cpu_ticks PID: CPU time (user + system) the process has used, in clock ticks. The command name in
# field 2 may hold spaces, so the fields are counted after its closing parenthesis (utime, stime).
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }

# rss_mb PID: resident memory of the process, in MB
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

now_ns() { date +%s%N; }
