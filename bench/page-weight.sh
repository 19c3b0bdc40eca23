#!/usr/bin/env bash
# What the session page weighs on a first visit: the page and every stylesheet, script module,
# icon and image it references, fetched with Accept-Encoding: gzip as a browser would, in bytes
# as sent, and the requests to other hosts (there should be none). Also the routine page and the
# catalog for comparison. Prints figures only; asserts nothing. Needs curl and Python 3.
#
#   bench/page-weight.sh [path…]
#
# Environment: BENCH_JAR (a jar to use instead of building), BENCH_JAVA_OPTS (extra JVM options).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_need curl python3

jar=$(bench_jar)
work=$(mktemp -d)
port=$(free_port)
trap '[ -n "${APP_PID:-}" ] && stop_pid "$APP_PID"; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
start_app "$jar" "$work/data" "$port" "$work/app.log" --logging.level.root=WARN
wait_for_200 "$base/" 6000

paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/routines/daily-pelvic-relaxation/session /routines/daily-pelvic-relaxation /routines)
urls=()
for path in "${paths[@]}"; do urls+=("$base$path"); done
echo "Page weight, $(date -u +%Y-%m-%dT%H:%MZ)"
python3 bench/page_weight.py "${urls[@]}"
