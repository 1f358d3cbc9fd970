#!/bin/sh
# Screening at border scale in one run (see bench/src/main/java/org/liaison/screening/ScreeningAtScale.java):
#   bench/run-screening.sh [key=value...]   e.g. persons=1000000 documents=10000000 pg=jdbc:postgresql://127.0.0.1:5432/test
# Heap with BENCH_HEAP (default 12g). Reads ../shared/data (data=... to change), never copies it.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
exec java -Xms"${BENCH_HEAP:-12g}" -Xmx"${BENCH_HEAP:-12g}" -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.liaison.screening.ScreeningAtScale "$@"
