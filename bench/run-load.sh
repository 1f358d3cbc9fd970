#!/usr/bin/env bash
# Create-and-disclose over HTTP, with auditing, against a fresh node on H2 (default) or PostgreSQL:
#   bench/run-load.sh [h2|postgres] [clients=2] [seconds=30]
# Builds the jar, starts a node on port 18080 with a fresh database, sets up two agencies of unused
# countries, an agreement between them and an officer's token, warms up for 20 s, then runs wrk
# (Debian's package) with bench/load/create-and-disclose.lua, and stops the node.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"; clients="${2:-2}"; seconds="${3:-30}"
port=18080
base="http://127.0.0.1:$port"
password="bench-admin-password"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./mvnw -B -q -DskipTests package
jar="$(ls target/liaison-*.jar | grep -v plain | head -1)"
work="$(mktemp -d)"
args=(--server.port=$port --logging.level.root=WARN)
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc 'DROP DATABASE IF EXISTS liaison_bench' -c 'CREATE DATABASE liaison_bench'
  export LIAISON_DB_URL="jdbc:postgresql://127.0.0.1:5432/liaison_bench" LIAISON_DB_USER=postgres
  args+=(--spring.profiles.active=postgres)
fi
LIAISON_DATA_DIR="$work" LIAISON_DEMO=false LIAISON_ADMIN_PASSWORD="$password" \
  java -Xmx2g ${NODE_JAVA_OPTS:-} -jar "$jar" "${args[@]}" > "$work/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 90); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 1; done

api() { curl -sf -u "admin:$password" -H 'Content-Type: application/json' "$@"; }
api -d '{"id":"TV.LOADA","name":"Load A","country":"TV","kind":"POLICE"}' "$base/api/v1/agencies" >/dev/null
api -d '{"id":"NR.LOADB","name":"Load B","country":"NR","kind":"POLICE"}' "$base/api/v1/agencies" >/dev/null
api -d '{"id":"LOAD-TV-NR","title":"Load agreement","kind":"BILATERAL","status":"IN_FORCE","validFrom":"2020-01-01",
  "parties":[{"party":"TV","boundFrom":"2020-01-01"},{"party":"NR","boundFrom":"2020-01-01"}],
  "categories":["PERSON"],"purposes":["TERRORISM"],"maxClassification":"CONFIDENTIAL","onwardTransfer":"FORBIDDEN",
  "retentionDays":365,"articles":[{"number":"5","text":"Exchange of information on persons."}]}' "$base/api/v1/agreements" >/dev/null
api -d '{"username":"load.officer","password":"load-password-123","roles":["OFFICER"]}' "$base/api/v1/agencies/TV.LOADA/users" >/dev/null
export LIAISON_TOKEN="$(curl -sf -u load.officer:load-password-123 -H 'Content-Type: application/json' -d '{"name":"load"}' \
  "$base/api/v1/me/tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/')"
export LIAISON_TO="NR.LOADB"

echo "node up ($db), $(nproc) cores; warm-up 20 s"
wrk -t"$clients" -c"$clients" -d20s -s bench/load/create-and-disclose.lua "$base" >/dev/null
echo "load: $clients clients, ${seconds} s"
wrk -t"$clients" -c"$clients" -d"${seconds}s" -s bench/load/create-and-disclose.lua "$base" | sed -n '/records created/,$p'
echo "audit: $(curl -sf -u "admin:$password" "$base/api/v1/audit/verify")"
