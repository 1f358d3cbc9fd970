#!/usr/bin/env bash
# Envelopes per second between two nodes on loopback, durable on both sides (FederationThroughput),
# then the CPU cost of the crypto alone (EnvelopeCryptoCost):
#   bench/run-federation.sh [h2|postgres] [count=20000] [rate=1000] [seconds=20]
# Builds the test classpath (where the benchmark compiles), on PostgreSQL (re)makes the databases
# ${FED_DB_PREFIX}de and ${FED_DB_PREFIX}fr (default liaison_fed_) on 127.0.0.1:5432 (user postgres),
# and runs both nodes in one JVM. Prints the load average before and after each part: on a shared
# machine the rates depend on it, the CPU per envelope much less.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"
prefix="${FED_DB_PREFIX:-liaison_fed_}"
./mvnw -B -q test-compile
[ -f target/jmh-classpath.txt ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/jmh-classpath.txt)"
if [ "$db" = postgres ]; then
  for n in de fr; do
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS ${prefix}$n" -c "CREATE DATABASE ${prefix}$n"
  done
fi
echo "$(date -Is) git $(git rev-parse --short HEAD) $(uptime)"
java -Xmx2g -Dpg.prefix="$prefix" ${BENCH_JAVA_OPTS:-} -cp "$cp" org.liaison.federation.internal.FederationThroughput "$@"
echo "$(date -Is) $(uptime)"
[ "${FED_CRYPTO:-1}" = 0 ] || java ${BENCH_JAVA_OPTS:-} -cp "$cp" org.liaison.federation.internal.EnvelopeCryptoCost 1000
echo "$(date -Is) $(uptime)"
