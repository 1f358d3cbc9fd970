#!/usr/bin/env bash
# Messaging over HTTP against a fresh node on PostgreSQL holding a million messages:
#   bench/run-messaging.sh [messages=1000000] [clients=2] [seconds=30]
# Builds the jar, starts a node on port 18081 with a fresh database, sets up two agencies of unused countries,
# an agreement, an officer of each and their tokens, bulk-loads the messages with SQL (bench/load/messages.sql),
# then measures (wrk, Debian's package): sending messages with a 100 KB attachment each
# (bench/load/send-message.lua; SEND=multipart, the default: message and file in one request, as a client would send them;
# SEND=two-step: upload, then send) and reading the recipient's inbox (bench/load/inbox.lua),
# each after a warm-up (WARMUP seconds, 60 by default: on a loaded machine the JIT compilers were still busy after 15 s). SYNCHRONOUS_COMMIT=off (an experiment) sets it on the database.
# Each measured run also reports the CPU time it cost, per message (or page), of the node and of its PostgreSQL backends
# (utime + stime from /proc, before and after): unlike the rate, that figure does not depend on what else runs on the machine.
# PORT (18081) and DB (liaison_msgbench) choose the node's port and the database (dropped and made afresh), so that
# several runs on one machine keep apart; JAR runs a jar built earlier instead of building one (SKIP_BUILD=1 reuses target/).
# JFR=<path prefix>: after each measured run, one more run of the same length under a Java Flight Recorder profile
# (<prefix>-send.jfr, <prefix>-inbox.jfr; read with `jfr print --events jdk.ExecutionSample` or JDK Mission Control),
# kept apart so that the recorder's own cost is not in the measured figures.
# Stops the node; the database is left for inspection.
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-1000000}"; clients="${2:-2}"; seconds="${3:-30}"; warmup="${WARMUP:-60}"
port="${PORT:-18081}"
base="http://127.0.0.1:$port"
password="bench-admin-password"
db="${DB:-liaison_msgbench}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -n "${SKIP_BUILD:-}${JAR:-}" ] || ./mvnw -B -q -DskipTests package
jar="${JAR:-$(ls target/liaison-*.jar | grep -v plain | head -1)}"
work="$(mktemp -d)"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
# an experiment, not a setting for production: SYNCHRONOUS_COMMIT=off shows how much the WAL flushes cost
[ -z "${SYNCHRONOUS_COMMIT:-}" ] || psql -h 127.0.0.1 -U postgres -d postgres -qc "ALTER DATABASE $db SET synchronous_commit = $SYNCHRONOUS_COMMIT"
export LIAISON_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LIAISON_DB_USER=postgres
LIAISON_DATA_DIR="$work" LIAISON_DEMO=false LIAISON_ADMIN_PASSWORD="$password" LIAISON_ESCALATION_CRON=- \
  java -Xmx2g ${NODE_JAVA_OPTS:-} -jar "$jar" --server.port=$port --logging.level.root=WARN \
  --spring.profiles.active=postgres > "$work/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null || true; rm -rf "$work"' EXIT
# a loaded machine may take minutes to start the node: wait for it (STARTUP_TIMEOUT seconds, 600 by default)
up=""
for _ in $(seq 1 "${STARTUP_TIMEOUT:-600}"); do
  if curl -sf "$base/actuator/health" >/dev/null; then up=1; break; fi
  kill -0 $node 2>/dev/null || break
  sleep 1
done
[ -n "$up" ] || { echo "the node did not start; its log:" >&2; tail -40 "$work/node.log" >&2; exit 1; }

api() { curl -sf -u "admin:$password" -H 'Content-Type: application/json' "$@"; }
api -d '{"id":"TV.LOADA","name":"Load A","country":"TV","kind":"POLICE"}' "$base/api/v1/agencies" >/dev/null
api -d '{"id":"NR.LOADB","name":"Load B","country":"NR","kind":"POLICE"}' "$base/api/v1/agencies" >/dev/null
api -d '{"id":"LOAD-TV-NR","title":"Load agreement","kind":"BILATERAL","status":"IN_FORCE","validFrom":"2020-01-01",
  "parties":[{"party":"TV","boundFrom":"2020-01-01"},{"party":"NR","boundFrom":"2020-01-01"}],
  "categories":["PERSON"],"purposes":["TERRORISM"],"maxClassification":"CONFIDENTIAL","onwardTransfer":"FORBIDDEN",
  "retentionDays":365,"articles":[{"number":"5","text":"Exchange of information on persons."}]}' "$base/api/v1/agreements" >/dev/null
api -d '{"username":"load.officer","password":"load-password-123","roles":["OFFICER"]}' "$base/api/v1/agencies/TV.LOADA/users" >/dev/null
api -d '{"username":"load.recipient","password":"load-password-123","roles":["OFFICER"]}' "$base/api/v1/agencies/NR.LOADB/users" >/dev/null
token() { curl -sf -u "$1:load-password-123" -H 'Content-Type: application/json' -d '{"name":"load"}' \
  "$base/api/v1/me/tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/'; }
sender="$(token load.officer)"
recipient="$(token load.recipient)"

echo "loading $messages messages into PostgreSQL"
start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d $db -q -v ON_ERROR_STOP=1 -v n="$messages" -f bench/load/messages.sql
echo "loaded in $(( $(date +%s) - start )) s: $(psql -h 127.0.0.1 -U postgres -d $db -Atc 'SELECT COUNT(*) FROM msg_message') messages," \
  "$(psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT pg_size_pretty(pg_database_size('$db'))")"

cases=""
for i in $(seq 1 "$clients"); do
  id="$(curl -sf -H "Authorization: Bearer $sender" -H 'Content-Type: application/json' -d '{"subject":"Load case","parties":["NR.LOADB"],
    "category":"PERSON","purpose":"TERRORISM","legalBasis":"LOAD-TV-NR","classification":"RESTRICTED","tlp":"AMBER",
    "message":{"type":"NOTIFICATION","body":"load follows"}}' "$base/api/v1/cases" | sed -E 's/^\{"caseFile":\{"id":"([^"]+)".*/\1/')"
  cases="$cases${cases:+,}$id"
done
export LIAISON_CASES="$cases" LIAISON_SEND="${SEND:-multipart}"

# CPU ticks (utime + stime) of the node, and of the PostgreSQL backends serving this database
ticks() { awk '{ s += $14 + $15 } END { print s + 0 }' "$@" 2>/dev/null || echo 0; }
# the node's JIT compiler threads: their share falls as the code warms up, the rest is the steady cost
jit() { for t in /proc/$node/task/*; do if grep -q Compiler "$t/comm"; then echo "$t/stat"; fi; done | xargs awk '{ s += $14 + $15 } END { print s + 0 }'; }
backends() { psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()" | sed 's|.*|/proc/&/stat|'; }
hz="$(getconf CLK_TCK)"
# measure <script> <token> <what is counted> <pattern of the line holding the count>: runs wrk, then prints CPU ms per unit
measure() {
  local pg; pg="$(backends)"
  local n0 p0 j0; n0="$(ticks /proc/$node/stat)"; p0="$(ticks $pg)"; j0="$(jit)"
  local t0 t1; t0="$(date +%s.%N)"
  local out; out="$(LIAISON_TOKEN="$2" wrk -t"$clients" -c"$clients" -d"${seconds}s" -s "$1" "$base")"
  local n1 p1 j1; n1="$(ticks /proc/$node/stat)"; p1="$(ticks $pg)"; j1="$(jit)"; t1="$(date +%s.%N)"
  echo "$out" | sed -n "/$4/,\$p"
  local count; count="$(echo "$out" | sed -nE "s/.*$4: ([0-9]+).*/\1/p")"
  awk -v n=$((n1 - n0)) -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v c="${count:-0}" -v hz="$hz" -v what="$3" \
      -v t0="$t0" -v t1="$t1" -v inode="$idle_node" -v ipg="$idle_pg" 'BEGIN {
    t = t1 - t0
    if (c > 0) {
      printf "CPU per %s: node %.2f ms (of which JIT compilers %.2f), PostgreSQL backends %.2f ms (node %.1f s, backends %.1f s in all)\n",
        what, n * 1000 / hz / c, j * 1000 / hz / c, p * 1000 / hz / c, n / hz, p / hz
      # what the node and its backends burn with no requests (audit sealer, pollers) would be spread over fewer
      # messages when the rate is low: net of it, the figure compares across machines and loads
      printf "CPU per %s net of the idle cost (node %.1f ms/s, backends %.1f ms/s idle): node %.2f ms, of which JIT %.2f, PostgreSQL %.2f ms\n",
        what, inode, ipg, (n * 1000 / hz - inode * t) / c, j * 1000 / hz / c, (p * 1000 / hz - ipg * t) / c
    } }'
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "${JFR:-}" ]; then
    jcmd $node JFR.start name=bench settings=profile filename="$JFR-$3.jfr" >/dev/null
    LIAISON_TOKEN="$2" wrk -t"$clients" -c"$clients" -d"${seconds}s" -s "$1" "$base" >/dev/null
    jcmd $node JFR.stop name=bench >/dev/null
    echo "profile of a further ${seconds} s: $JFR-$3.jfr"
  fi
}

# the idle cost: CPU of the node and of its backends over 20 s without requests
pg_idle="$(backends)"; i0="$(ticks /proc/$node/stat)"; q0="$(ticks $pg_idle)"; sleep 20; i1="$(ticks /proc/$node/stat)"; q1="$(ticks $pg_idle)"
idle_node="$(awk -v d=$((i1 - i0)) -v hz="$hz" 'BEGIN { printf "%.2f", d * 1000 / hz / 20 }')"
idle_pg="$(awk -v d=$((q1 - q0)) -v hz="$hz" 'BEGIN { printf "%.2f", d * 1000 / hz / 20 }')"
echo "idle: node ${idle_node} ms of CPU per second, PostgreSQL backends ${idle_pg} ms/s"
echo "node up (postgres), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); send warm-up ${warmup} s"
LIAISON_TOKEN="$sender" wrk -t"$clients" -c"$clients" -d"${warmup}s" -s bench/load/send-message.lua "$base" >/dev/null
echo "send ($LIAISON_SEND): $clients clients, ${seconds} s"
measure bench/load/send-message.lua "$sender" message "messages sent and stored"
echo "inbox warm-up ${warmup} s ($(psql -h 127.0.0.1 -U postgres -d $db -Atc "SELECT COUNT(*) FROM msg_recipient WHERE agency = 'NR.LOADB'") messages in it)"
LIAISON_TOKEN="$recipient" wrk -t"$clients" -c"$clients" -d"${warmup}s" -s bench/load/inbox.lua "$base" >/dev/null
echo "inbox: $clients clients, ${seconds} s"
measure bench/load/inbox.lua "$recipient" page "inbox pages"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "audit: $(curl -sf -u "admin:$password" "$base/api/v1/audit/verify")"
