#!/usr/bin/env bash
# Screening over HTTP against a node holding many person alerts, on PostgreSQL:
#   bench/run-screening-http.sh [persons=1000000] [clients=2] [seconds=30]
# Builds the jar; starts a node on a fresh database liaison_screen (port 18391, or SCREENING_PORT) to migrate it and to set up
# two agencies, an agreement and an officer (the port must be free: other nodes on the machine are not
# touched); stops it; writes the person alerts of the scale benchmark
# straight into the alert table with COPY (bench/src/main/java/org/liaison/screening/BenchAlertLoader.java),
# with the same name queries as request bodies; starts the node again (it rebuilds its screening index
# from the database, and the log says how long that took); warms up 20 s; runs wrk with
# bench/load/screening.lua; stops the node.
set -euo pipefail
cd "$(dirname "$0")/.."
persons="${1:-1000000}"; clients="${2:-2}"; seconds="${3:-30}"
port="${SCREENING_PORT:-18391}"
base="http://127.0.0.1:$port"
password="bench-admin-password"
db="liaison_screen"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
jar="$(ls target/liaison-*.jar | grep -v plain | head -1)"
work="$(mktemp -d)"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export LIAISON_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LIAISON_DB_USER=postgres
node=""
start_node() {
  if curl -s -o /dev/null "$base/actuator/health"; then echo "port $port is taken by another process"; exit 1; fi
  LIAISON_DATA_DIR="$work" LIAISON_DEMO=false LIAISON_ADMIN_PASSWORD="$password" \
    java -Xmx${NODE_HEAP:-4g} ${NODE_JAVA_OPTS:-} -jar "$jar" --server.port=$port --spring.profiles.active=postgres \
    --logging.level.root=WARN --logging.level.org.liaison.screening=INFO > "$work/node-$1.log" 2>&1 &
  node=$!
  for _ in $(seq 1 900); do
    kill -0 "$node" 2>/dev/null || { echo "node exited"; cat "$work/node-$1.log"; exit 1; }
    curl -sf "$base/actuator/health" >/dev/null && return
    sleep 1
  done
  echo "node did not start"; cat "$work/node-$1.log"; exit 1
}
stop_node() { kill "$node"; wait "$node" 2>/dev/null || true; }
trap 'kill $node 2>/dev/null; rm -rf "$work"' EXIT

start_node setup
api() { curl -sf -u "admin:$password" -H 'Content-Type: application/json' "$@"; }
api -d '{"id":"TV.LOADA","name":"Load A","country":"TV","kind":"POLICE"}' "$base/api/v1/agencies" >/dev/null
api -d '{"id":"NR.LOADB","name":"Load B","country":"NR","kind":"POLICE"}' "$base/api/v1/agencies" >/dev/null
api -d '{"id":"LOAD-TV-NR","title":"Load agreement","kind":"BILATERAL","status":"IN_FORCE","validFrom":"2020-01-01",
  "parties":[{"party":"TV","boundFrom":"2020-01-01"},{"party":"NR","boundFrom":"2020-01-01"}],
  "categories":["PERSON"],"purposes":["TERRORISM"],"maxClassification":"CONFIDENTIAL","onwardTransfer":"FORBIDDEN",
  "retentionDays":365,"articles":[{"number":"5","text":"Exchange of information on persons."}]}' "$base/api/v1/agreements" >/dev/null
api -d '{"username":"load.officer","password":"load-password-123","roles":["OFFICER"]}' "$base/api/v1/agencies/TV.LOADA/users" >/dev/null
stop_node

java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.liaison.screening.BenchAlertLoader \
  "$LIAISON_DB_URL" "$persons" "$work/queries.ndjson" 18000 2000 "${LIAISON_SHARED_DATA:-../shared/data}"
psql -h 127.0.0.1 -U postgres -d "$db" -qc "VACUUM ANALYZE alert"

started=$(date +%s)
start_node bench
echo "node up after $(( $(date +%s) - started )) s; $(grep -h 'Screening index rebuilt' "$work"/node-bench.log)"
jcmd "$node" GC.run >/dev/null 2>&1 || true
echo "node heap after GC: $(jcmd "$node" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap' | sed 's/^ *//')"
export LIAISON_TOKEN="$(curl -sf -u load.officer:load-password-123 -H 'Content-Type: application/json' -d '{"name":"load"}' \
  "$base/api/v1/me/tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/')"
export LIAISON_QUERIES="$work/queries.ndjson"
echo "warm-up 20 s"
wrk -t"$clients" -c"$clients" -d20s -s bench/load/screening.lua "$base" >/dev/null
echo "load: $clients clients, ${seconds} s; $(uptime)"
wrk -t"$clients" -c"$clients" -d"${seconds}s" --latency -s bench/load/screening.lua "$base"
echo "$(uptime)"
stop_node
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db"
