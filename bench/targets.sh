#!/usr/bin/env bash
# Every figure the speed targets are read from, in one run on one jar: the load against nginx,
# startup and memory, the catalog at scale, the session page's weight and the sheet PDFs, one
# after the other so that none disturbs another. Each script's output is printed and kept in
# a folder under target/. Prints figures only; asserts nothing. Needs what the scripts need
# (wrk, nginx, curl, Python 3). Takes about 20 minutes on two processors.
#
#   bench/targets.sh [seconds per measurement=5]
#
# Environment: BENCH_JAR (a jar to use instead of building).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds=${1:-5}

BENCH_JAR=$(bench_jar)
export BENCH_JAR
out=target/bench-$(date -u +%Y%m%dT%H%MZ)
mkdir -p "$out"
echo "All targets, one run: $BENCH_JAR, $(nproc) processors, $(date -u +%Y-%m-%dT%H:%MZ); figures in $out"

run() {
  local name=$1
  shift
  echo
  echo "== $name: $*"
  "$@" 2>&1 | tee "$out/$name.txt"
}
run load bench/load.sh "$seconds"
run startup bench/startup.sh 5
run scale bench/scale.sh 5000 "$seconds" 3
run page-weight bench/page-weight.sh
run sheet-pdf bench/sheet-pdf.sh 5 3
echo
echo "Done $(date -u +%Y-%m-%dT%H:%MZ); figures in $out"
