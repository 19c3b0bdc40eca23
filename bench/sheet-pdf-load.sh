#!/usr/bin/env bash
# Load on sheet PDFs next to ordinary pages, the case of issue 10 (finding 5): packages the
# app, starts the jar on a free port with a fresh data folder and a 512 MB heap, measures
# /routines alone, then /routines while 16 connections download one sheet.pdf, and prints
# requests per second, the status codes of the PDF requests and the app's peak resident
# memory. It prints figures only; it asserts nothing. Needs wrk.
#
#   bench/sheet-pdf-load.sh [seconds per run=15]
#
# Environment: BENCH_JAVA_OPTS (default: the options README.md gives for java -jar) for the JVM that runs the application.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 1; }

./mvnw -q -B package -DskipTests
jar=$(ls target/unknot-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -Xss512k} -Dpdfbox.fontcache="$work" -jar "$jar" --server.port="$port" \
  --unknot.data-dir="$work/data" --logging.level.root=WARN --spring.main.banner-mode=off >"$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; rm -rf "$work"' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 120); do
  curl -fs -o /dev/null "$base/routines" && break
  sleep 0.5
done
peak=0
sample() { local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$app/status"); ((rss > peak)) && peak=$rss; true; }

# Every answer counted by status code (wrk itself only reports the non-2xx total). Each wrk
# thread has its own Lua state, so done() collects the counts from the threads.
cat >"$work/codes.lua" <<'LUA'
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() codes = {} end
response = function(status) codes[status] = (codes[status] or 0) + 1 end
done = function()
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("codes")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(status, ": ", n, "  ") end
  io.write("\n")
end
LUA
pdf="$base/routines/daily-pelvic-relaxation/sheet.pdf?paper=a4"

curl -fs -o /dev/null "$pdf"  # warm-up of the renderer
wrk -t2 -c8 -d5s "$base/routines" >/dev/null  # warm-up of the pages
alone=$(wrk -t2 -c8 -d"${seconds}s" "$base/routines" | awk '/Requests\/sec/ {print $2}')
sample

wrk -t2 -c16 -d"${seconds}s" -s "$work/codes.lua" "$pdf" >"$work/pdf.txt" &
pdfload=$!
sleep 1
with=$(wrk -t2 -c8 -d"$((seconds - 2))s" "$base/routines" | awk '/Requests\/sec/ {print $2}')
while kill -0 "$pdfload" 2>/dev/null; do sample; sleep 0.5; done
wait "$pdfload"
sample

echo
echo "Sheet PDF load, $seconds s per run, $(nproc) processors, ${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -Xss512k}"
echo "  /routines alone (8 connections):           $alone requests/s"
echo "  /routines with 16 connections on a PDF:    $with requests/s"
echo "  sheet.pdf (16 connections):                $(awk '/Requests\/sec/ {print $2}' "$work/pdf.txt") requests/s"
echo "  sheet.pdf status codes:                    $(grep -E '^[0-9]{3}: ' "$work/pdf.txt" || echo none)"
echo "  peak resident memory of the app:           $((peak / 1024)) MiB"
