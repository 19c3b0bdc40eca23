#!/usr/bin/env bash
# How the catalog pages grow with the catalog: latency of the catalog, a search and a muscle
# page, and the SQL statements each page runs, with the shipped catalog and with about 5,000
# routines (copies of the catalog's routines with their steps, areas and cautions, written
# into a second data folder with H2's own tools while the app is stopped). Prints figures
# only; asserts nothing. Needs wrk and curl.
#
#   bench/scale.sh [routines=5000] [seconds per measurement=10] [rounds=3]
#
# Environment: BENCH_JAR (a jar to use instead of building), BENCH_JAVA_OPTS (extra JVM options).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_need wrk curl python3 unzip
target=${1:-5000}
seconds=${2:-10}
rounds=${3:-3}

jar=$(bench_jar)
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d)
port=$(free_port)
trap 'for pid in ${APP_PID:-} ${SMALL_PID:-} ${LARGE_PID:-}; do stop_pid "$pid"; done; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
write_summary_lua "$work/summary.lua"

# H2 from inside the jar, for writing the copies.
unzip -q -j -o "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work/lib"
h2=$(ls "$work/lib"/h2-*.jar)
sql() { java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$1/unknot" -user sa -password '' -sql "$2"; }

pages=(
  "catalog /routines|/routines"
  "search ?q=psoas|/routines?q=psoas"
  "search, three words|/routines?q=tight+hips+stretches"
  "filtered, page 2|/routines?muscle=psoas&page=2"
  "muscle page|/muscles/psoas"
)

# Anonymous public pages are otherwise rendered once and then answered from memory
# (system.RenderedPages): that would time the cache and count no statements at all. The parts
# of pages that are the same for everyone (each card's picture, title and facts) stay kept, as
# on a running instance that renders a page it has not kept: a new search, another page.
uncached=(--unknot.public-pages.keep-rendered=false --unknot.public-pages.keep-parts=true)

# count_statements LABEL DATA: one request per page with Hibernate's SQL log on, counted in the log.
count_statements() {
  local label=$1 data=$2 entry name path count before
  start_app "$jar" "$data" "$port" "$work/sql.log" --logging.level.root=WARN --logging.level.org.hibernate.SQL=debug "${uncached[@]}"
  wait_for_200 "$base/" 6000
  for entry in "${pages[@]}"; do
    name=${entry%%|*}
    path=${entry#*|}
    curl -s -o /dev/null "$base$path"
    before=$(grep -c 'org.hibernate.SQL' "$work/sql.log" || true)
    curl -s -o /dev/null "$base$path"
    sleep 0.3
    count=$(($(grep -c 'org.hibernate.SQL' "$work/sql.log" || true) - before))
    STATEMENTS+=("$label|$name|$count")
  done
  stop_pid "$APP_PID"
}

# First start makes the schema and the shipped catalog.
start_app "$jar" "$work/small" "$port" "$work/app.log" --logging.level.root=WARN
wait_for_200 "$base/" 6000
stop_pid "$APP_PID"
cp -r "$work/small" "$work/large"

# Copies of every catalog routine until there are about $target, with everything that hangs off
# a routine or a step. Column lists are read from the schema, so new columns are copied too.
columns() {
  sql "$work/large" "SELECT LISTAGG(COLUMN_NAME, ',') WITHIN GROUP (ORDER BY ORDINAL_POSITION) FROM INFORMATION_SCHEMA.COLUMNS
    WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '$1' AND COLUMN_NAME NOT IN ($2)" | sed -n 2p
}
linked_tables() {
  sql "$work/large" "SELECT LISTAGG(c.TABLE_NAME, ' ') FROM INFORMATION_SCHEMA.COLUMNS c
    JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_SCHEMA = c.TABLE_SCHEMA
    WHERE c.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_TYPE = 'BASE TABLE' AND c.COLUMN_NAME = '$1'
      AND c.TABLE_NAME NOT IN ('ROUTINE', 'STEP') AND (c.TABLE_NAME LIKE 'ROUTINE%' OR c.TABLE_NAME LIKE 'STEP%')" | sed -n 2p
}
catalog=$(sql "$work/large" "SELECT COUNT(*) FROM routine WHERE owner_id IS NULL" | sed -n 2p)
copies=$(((target - catalog + catalog - 1) / catalog))
routine_columns=$(columns ROUTINE "'ID', 'SLUG', 'TITLE'")
step_columns=$(columns STEP "'ID', 'ROUTINE_ID'")
script="$work/copies.sql"
{
  echo "CREATE TABLE copy_number AS SELECT X AS n FROM SYSTEM_RANGE(1, $copies);"
  echo "INSERT INTO routine (slug, title, $routine_columns)
    SELECT LEFT(r.slug, 60) || '-copy-' || c.n, LEFT(r.title, 100) || ' ' || c.n, $(sed 's/\([A-Z_]*\)/r.\1/g' <<<"$routine_columns")
    FROM routine r CROSS JOIN copy_number c WHERE r.owner_id IS NULL;"
  echo "CREATE TABLE routine_map AS SELECT n.id AS new_id, o.id AS old_id FROM routine o CROSS JOIN copy_number c
    JOIN routine n ON n.slug = LEFT(o.slug, 60) || '-copy-' || c.n WHERE o.owner_id IS NULL;"
  echo "INSERT INTO step (routine_id, $step_columns) SELECT m.new_id, $(sed 's/\([A-Z_]*\)/s.\1/g' <<<"$step_columns")
    FROM step s JOIN routine_map m ON m.old_id = s.routine_id;"
  echo "CREATE TABLE step_map AS SELECT ns.id AS new_id, os.id AS old_id FROM step os
    JOIN routine_map m ON m.old_id = os.routine_id JOIN step ns ON ns.routine_id = m.new_id AND ns.step_order = os.step_order;"
  for table in $(linked_tables ROUTINE_ID); do
    rest=$(columns "$table" "'ROUTINE_ID'")
    echo "INSERT INTO $table (routine_id, $rest) SELECT m.new_id, $(sed 's/\([A-Z_]*\)/t.\1/g' <<<"$rest")
      FROM $table t JOIN routine_map m ON m.old_id = t.routine_id;"
  done
  for table in $(linked_tables STEP_ID); do
    rest=$(columns "$table" "'STEP_ID'")
    echo "INSERT INTO $table (step_id, $rest) SELECT m.new_id, $(sed 's/\([A-Z_]*\)/t.\1/g' <<<"$rest")
      FROM $table t JOIN step_map m ON m.old_id = t.step_id;"
  done
  echo "DROP TABLE copy_number; DROP TABLE routine_map; DROP TABLE step_map;"
} >"$script"
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$work/large/unknot" -user sa -password '' -script "$script"
large=$(sql "$work/large" "SELECT COUNT(*) FROM routine" | sed -n 2p)

# Both catalogs run at once, and each page is measured on one and then the other, round after
# round: this machine's speed drifts by a fifth over minutes, which two runs one after the other
# read as a difference between the catalogs. The ratio printed is the median of the rounds' ratios.
small_port=$port
large_port=$(free_port)
start_app "$jar" "$work/small" "$small_port" "$work/small.log" --logging.level.root=WARN "${uncached[@]}"
SMALL_PID=$APP_PID
start_app "$jar" "$work/large" "$large_port" "$work/large.log" --logging.level.root=WARN "${uncached[@]}"
LARGE_PID=$APP_PID
wait_for_200 "http://127.0.0.1:$small_port/" 6000
wait_for_200 "http://127.0.0.1:$large_port/" 6000
declare -A FIGURES SIZES
for entry in "${pages[@]}"; do
  for side in small large; do
    [ $side = small ] && p=$small_port || p=$large_port
    measure "$work/summary.lua" 8 3 "http://127.0.0.1:$p${entry#*|}" >/dev/null
    SIZES["$side|${entry%%|*}"]=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$p${entry#*|}")
  done
done
for round in $(seq "$rounds"); do
  for entry in "${pages[@]}"; do
    for side in small large; do
      [ $side = small ] && p=$small_port || p=$large_port
      read -r rps p50 p99 bad errors < <(measure "$work/summary.lua" 8 "$seconds" "http://127.0.0.1:$p${entry#*|}")
      FIGURES["$side|${entry%%|*}"]+="$rps $p50 $p99 $bad;"
    done
  done
done
stop_pid "$SMALL_PID"
stop_pid "$LARGE_PID"
SMALL_PID=
LARGE_PID=

STATEMENTS=()
count_statements small "$work/small"
count_statements large "$work/large"
statements_of() {
  local entry
  for entry in "${STATEMENTS[@]}"; do
    IFS='|' read -r side name count <<<"$entry"
    [ "$side" = "$1" ] && [ "$name" = "$2" ] && echo "$count"
  done
}

echo "Scale, $rounds rounds of $seconds s per page and catalog at 8 connections, the catalogs taking turns, page cache off, $(nproc) processors, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "  load average at the start, at the end: $load_at_start; $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  medians over the rounds; the ratio is the median of each round's p50 at $large routines over p50 at $catalog (lowest-highest)"
printf '%-22s %21s %21s %8s %16s %11s %9s\n' "page" "$catalog routines" "$large routines" "" "" "statements" "KB"
printf '%-22s %9s %5s %5s %9s %5s %5s %8s %16s %11s %9s\n' "" "req/s" "p50" "p99" "req/s" "p50" "p99" "non2xx" "p50 ratio" "small/large" "small/large"
for entry in "${pages[@]}"; do
  name=${entry%%|*}
  python3 - "$name" "${FIGURES["small|$name"]}" "${FIGURES["large|$name"]}" "$(statements_of small "$name")/$(statements_of large "$name")" \
    "$((SIZES["small|$name"] / 1024))/$((SIZES["large|$name"] / 1024))" <<'PY'
import statistics, sys
name, small, large, statements, sizes = sys.argv[1:]
rows = lambda text: [list(map(float, r.split())) for r in text.split(';') if r.strip()]
small, large = rows(small), rows(large)
median = lambda rows, i: statistics.median(r[i] for r in rows)
ratios = [l[1] / s[1] for s, l in zip(small, large)]
print(f"{name:<22} {median(small, 0):9.0f} {median(small, 1):5.1f} {median(small, 2):5.1f} "
      f"{median(large, 0):9.0f} {median(large, 1):5.1f} {median(large, 2):5.1f} "
      f"{int(sum(r[3] for r in small + large)):8d} {statistics.median(ratios):5.2f} ({min(ratios):.2f}-{max(ratios):.2f}) {statements:>11} {sizes:>9}")
PY
done
