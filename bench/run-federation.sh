#!/usr/bin/env bash
# Envelopes per second between two nodes on loopback, durable on both sides (FederationThroughput):
#   bench/run-federation.sh [h2|postgres] [count=20000] [rate=1000] [seconds=20]
# Builds the test classpath (where the benchmark compiles), on PostgreSQL (re)makes the databases
# liaison_fed_de and liaison_fed_fr on 127.0.0.1:5432 (user postgres), and runs both nodes in one JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"
./mvnw -B -q test-compile
[ -f target/jmh-classpath.txt ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
if [ "$db" = postgres ]; then
  for n in de fr; do
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS liaison_fed_$n" -c "CREATE DATABASE liaison_fed_$n"
  done
fi
echo "$(date -Is) $(uptime)"
java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" \
  org.liaison.federation.internal.FederationThroughput "$@"
echo "$(date -Is) $(uptime)"
