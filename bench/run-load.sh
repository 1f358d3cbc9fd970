#!/usr/bin/env bash
# Create-and-disclose load over HTTP against a fresh node, on H2 (default) or PostgreSQL:
#   bench/run-load.sh [h2|postgres] [clients=2] [seconds=30]
# Builds the jar, starts a node on port 18080 with a fresh database, runs bench's DisclosureLoad,
# and stops the node. PostgreSQL: a fresh database liaison_bench on 127.0.0.1:5432 (user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"; clients="${2:-2}"; seconds="${3:-30}"
port=18080
password="bench-admin-password"
./mvnw -B -q -DskipTests package test-compile
jar="$(ls target/liaison-*.jar | grep -v plain | head -1)"
work="$(mktemp -d)"
args=(--server.port=$port)
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc 'DROP DATABASE IF EXISTS liaison_bench' -c 'CREATE DATABASE liaison_bench'
  export LIAISON_DB_URL="jdbc:postgresql://127.0.0.1:5432/liaison_bench" LIAISON_DB_USER=postgres
  args+=(--spring.profiles.active=postgres)
fi
LIAISON_DATA_DIR="$work" LIAISON_DEMO=false LIAISON_ADMIN_PASSWORD="$password" \
  java -Xmx2g ${NODE_JAVA_OPTS:-} -jar "$jar" "${args[@]}" --logging.level.root=WARN > "$work/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
echo "node up ($db); $(nproc) cores; load: $clients clients, ${seconds}s"
java -cp target/test-classes org.liaison.bench.DisclosureLoad "http://127.0.0.1:$port" "$password" "$clients" "$seconds" 10
