#!/usr/bin/env bash
# Start time and memory with the default launch (bin/unknot): the time from launching the app to
# the first 200 of the home page on a fresh data folder (migrations, unpacking the jar and making
# its class data archive included), then the median
# over five restarts on that folder, then the resident memory after 20 s of load on the routine
# page at 32 connections. With each time it prints the processor time the app used until then,
# which other work on a shared machine disturbs far less than the wall-clock time; with the load
# average. Prints figures only; asserts nothing. Needs wrk and curl.
#
#   bench/startup.sh [restarts=5]
#
# Environment: BENCH_JAR (a jar to use instead of building), BENCH_JAVA_OPTS (extra JVM options).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_need wrk curl python3
restarts=${1:-5}

jar=$(bench_jar)
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d)
# A launch folder of its own: the first start below includes unpacking the jar and training the
# class data archive, as a fresh installation's does.
export BENCH_LAUNCH_DIR=${BENCH_LAUNCH_DIR:-$work/launch}
port=$(free_port)
trap '[ -n "${APP_PID:-}" ] && stop_pid "$APP_PID"; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"

# timed_start: starts the app on the shared data folder and sets SECONDS_TAKEN to the time until
# the home page answers 200 and CPU_TAKEN to the processor time used by then; the app keeps
# running (APP_PID).
timed_start() {
  local begin end
  begin=$(date +%s.%N)
  start_app "$jar" "$work/data" "$port" "$work/app.log" --logging.level.root=WARN
  wait_for_200 "$base/" 6000
  end=$(date +%s.%N)
  CPU_TAKEN=$(cpu_seconds "$APP_PID")
  SECONDS_TAKEN=$(python3 -c "print(f'{$end - $begin:.2f}')")
}

timed_start
first=$SECONDS_TAKEN
first_cpu=$CPU_TAKEN
stop_pid "$APP_PID"
times=()
cpus=()
for _ in $(seq "$restarts"); do
  timed_start
  times+=("$SECONDS_TAKEN")
  cpus+=("$CPU_TAKEN")
  stop_pid "$APP_PID"
done
median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

start_app "$jar" "$work/data" "$port" "$work/app.log" --logging.level.root=WARN
wait_for_200 "$base/" 6000
idle=$(rss_mib "$APP_PID")
wrk -t2 -c32 -d20s "$base/routines/daily-pelvic-relaxation" >/dev/null
loaded=$(rss_mib "$APP_PID")

echo "Startup, $(nproc) processors, $(date -u +%Y-%m-%dT%H:%MZ), $(launch_name)"
echo "  load average at the start, at the end: $load_at_start; $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  first start on a fresh data folder:   $first s to the first 200 ($first_cpu s of processor time)"
echo "  restarts:                             ${times[*]} s (processor: ${cpus[*]} s)"
echo "  median of $restarts restarts:                $(median "${times[@]}") s ($(median "${cpus[@]}") s of processor time)"
echo "  resident memory after start:          $idle MiB"
echo "  resident memory after 20 s of load:   $loaded MiB"
