#!/bin/sh
# Builds the test classpath (where the JMH benchmarks compile) and runs JMH with the arguments given,
# for example: bench/run-jmh.sh DecisionBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
