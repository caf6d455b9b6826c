#!/usr/bin/env bash
# The training run of the JVM's ahead-of-time cache (Java 25 or later; JEP 483, 514 and 515), used
# by the Dockerfile's runtime stage and by bench/startup.sh:
#
#   aot-training.sh CACHE JAR [JAVA [JVM-OPTION...]]
#   e.g. aot-training.sh /app/app.aot /app/app.jar java -Dspring.aot.enabled=true
#
# It starts the extracted jar (Spring Boot's jar tools) on whatever database its environment names
# (the embedded one when none, as in the image's build), on 127.0.0.1 only, waits for the readiness
# probe, asks for the pages a first visitor and the load balancer ask for, then stops the server:
# the JVM writes into CACHE the classes it loaded, linked, and the profiles of the methods it ran.
# Training the request path as well as the context's refresh (Spring's spring.context.exit=onRefresh)
# saves the first answer's templates, expressions and queries their warm-up (docs/startup.md). Start
# the portal with `java -XX:AOTCache=CACHE [JVM-OPTION...] -jar JAR` and the same class path (the
# same JAR path): with -Dspring.aot.enabled=true, as the Dockerfile does, the training runs on the
# bean definitions Spring AOT generated into the jar, so the cache holds the classes that start uses.
#
# Optional environment: AOT_TRAINING_PORT (18079), AOT_TRAINING_TIMEOUT (seconds to readiness, 600).
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 CACHE JAR [JAVA [JVM-OPTION...]]" >&2; exit 2; }
cache=$1
jar=$2
java=${3:-java}
shift $(($# < 3 ? $# : 3))
options=("$@")
port=${AOT_TRAINING_PORT:-18079}
limit=${AOT_TRAINING_TIMEOUT:-600}
log=$(mktemp "${TMPDIR:-/tmp}/aot-training.XXXXXX")

# status PATH: the status code of a GET on the training server (plain bash, no curl needed)
status() {
  local line
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
  IFS= read -r -t 60 line <&3 || line=""
  exec 3<&- 3>&-
  line=${line%$'\r'}
  line=${line#HTTP/1.? }
  echo "${line%% *}"
}

rm -f "$cache"
"$java" -XX:AOTCacheOutput="$cache" "${options[@]}" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
  >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT

ready=""
for _ in $(seq 1 $((limit * 2))); do
  kill -0 "$server" 2>/dev/null || break
  if [ "$(status /actuator/health/readiness 2>/dev/null)" = "200" ]; then ready=yes; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  tail -n 40 "$log" >&2
  echo "aot-training: the server did not become ready within $limit s" >&2
  exit 1
fi

# The pages of a first visit, twice (the second from the page cache), and the probes.
for path in /plans/2025 /plans/2025/commitments/1 /plans/2025 /actuator/health/liveness \
  /actuator/health/readiness; do
  code=$(status "$path" || true)
  [ "$code" = "200" ] || { tail -n 40 "$log" >&2; echo "aot-training: $path answered '$code'" >&2; exit 1; }
done

# Stopped by SIGTERM, the JVM shuts Spring down gracefully and writes the cache as it exits.
kill -TERM "$server"
wait "$server" || true
trap - EXIT
grep -E '^AOTCache creation is complete' "$log" >&2 || true
if [ ! -s "$cache" ]; then
  tail -n 40 "$log" >&2
  echo "aot-training: no cache was written to $cache" >&2
  exit 1
fi
rm -f "$log"
