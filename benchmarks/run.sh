#!/usr/bin/env bash
# Every figure of BENCHMARKS.md, measured again: JMH (policy, one hash), the HTTP load run against
# the built jar, and the scale run up to a million accounts. Writes benchmarks/results/*-latest.*
# (Markdown and text to copy into BENCHMARKS.md) and a JSON file per run.
#
#   benchmarks/run.sh           everything (about 30 minutes on 2 cores, most of it the million)
#   benchmarks/run.sh quick     a short pass of each, to see that it all works (about 3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-full}"
mvn -B -q package -DskipTests
jar=benchmarks/target/benchmarks.jar
results=benchmarks/results
mkdir -p "$results"

if [[ "$mode" == "quick" ]]; then
  jmh=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
  load=(--seconds 3)
  scale=(--seconds 3 --sizes 1000,10000)
else
  jmh=(-f 1 -wi 3 -i 5 -w 2s -r 2s)
  load=(--seconds 15)
  scale=(--seconds 15)
fi

echo "== JMH: policy and one hash"
java -jar "$jar" "${jmh[@]}" -rf text -rff "$results/jmh-latest.txt" > /dev/null
cat "$results/jmh-latest.txt"

echo "== HTTP load run against bootstrap/target/single-password.jar"
java -cp "$jar" org.singlepassword.benchmarks.load.LoadRun "${load[@]}"

echo "== Scale run"
java -cp "$jar" org.singlepassword.benchmarks.scale.ScaleRun "${scale[@]}"
