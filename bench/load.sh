#!/usr/bin/env bash
# Throughput and latency of the app's anonymous pages next to nginx serving a saved copy of the
# routine page, in the same run (these machines are noisy: read the ratios, not the raw
# figures). Builds the jar (or takes BENCH_JAR), starts it on a fresh data folder with the
# default launch settings, warms it, then drives each page with wrk at 8, 32 and 64
# connections; then the same for pages of signed-in people (accounts made through the sign-up
# form, one session cookie per request in turn). Prints figures only; asserts
# nothing. Needs wrk, nginx and curl.
#
#   bench/load.sh [seconds per measurement=10]
#
# Environment: BENCH_JAR (a jar to use instead of building), BENCH_JAVA_OPTS (extra JVM options),
# BENCH_CONNECTIONS (default "8 32 64"), BENCH_ACCOUNTS (signed-in accounts, default 16),
# BENCH_SIGNED_IN_ONLY (1: skip the anonymous pages but nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_need wrk nginx curl python3
seconds=${1:-10}
connections=${BENCH_CONNECTIONS:-8 32 64}

jar=$(bench_jar)
work=$(mktemp -d)
port=$(free_port)
nginx_port=$(free_port)
cleanup() {
  [ -n "${APP_PID:-}" ] && stop_pid "$APP_PID"
  [ -n "${NGINX_PID:-}" ] && stop_pid "$NGINX_PID"
  rm -rf "$work"
}
trap cleanup EXIT

start_app "$jar" "$work/data" "$port" "$work/app.log" --logging.level.root=WARN
base="http://127.0.0.1:$port"
wait_for_200 "$base/"

# nginx workers may run as another user: they must be able to read the saved page.
chmod 755 "$work"
mkdir -p "$work/www"
curl -fs -o "$work/www/routine.html" "$base/routines/daily-pelvic-relaxation"
start_nginx "$work/www" "$nginx_port" "$work"
wait_for_200 "http://127.0.0.1:$nginx_port/routine.html" 200
write_summary_lua "$work/summary.lua"

pages=(
  "nginx, saved routine page|http://127.0.0.1:$nginx_port/routine.html"
  "home /|$base/"
  "catalog /routines|$base/routines"
  "filtered catalog|$base/routines?muscle=psoas&maxMinutes=10"
  "routine page|$base/routines/daily-pelvic-relaxation"
  "muscle page|$base/muscles/psoas"
  "safety guide|$base/safety"
  "session page|$base/routines/daily-pelvic-relaxation/session"
  "static asset|$base/css/unknot.css"
  "sheet PDF|$base/routines/daily-pelvic-relaxation/sheet.pdf?paper=a4"
)
[ "${BENCH_SIGNED_IN_ONLY:-0}" = 1 ] && pages=("${pages[0]}")

# Every page must answer 200 before it is measured, nginx included.
for entry in "${pages[@]}"; do
  url=${entry#*|}
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  [ "$status" = 200 ] || { echo "${entry%%|*} answered $status" >&2; exit 1; }
done

# Warm-up: the JIT compiles the hot paths before anything is counted.
for entry in "${pages[@]}"; do
  measure "$work/summary.lua" 8 3 "${entry#*|}" >/dev/null
done

# Signed in: bench accounts made through the sign-up form, which signs each new account in.
# Their cookies (whatever the session cookie is called) are read from the answers' headers, so
# a Secure cookie over plain http is kept too. Each request carries the next account's cookie:
# people each have their own session, and sessions live in the database, where requests on
# one session wait for each other's update of its row.
accounts=${BENCH_ACCOUNTS:-16}
cookies() { python3 -c '
import re, sys
jar = {}
for line in sys.stdin:
    found = re.match(r"set-cookie:\s*([^=;\s]+)=([^;\r\n]*)", line, re.IGNORECASE)
    if found:
        jar[found.group(1)] = found.group(2)
print("; ".join(f"{name}={value}" for name, value in jar.items() if value))'; }
sign_up() {
  local headers csrf cookie signed_up
  headers=$(curl -s -D - -o "$work/signup.html" "$base/signup")
  csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/signup.html" | head -n 1)
  cookie=$(cookies <<<"$headers")
  signed_up=$(curl -s -D - -o /dev/null -H "Cookie: $cookie" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "email=bench-$1-$(date +%s)@example.org" \
    --data-urlencode "password=a bench password of some length" "$base/signup")
  cookies <<<"$headers$signed_up"
}
signed_in_lua="$work/signed-in.lua"
{
  echo "cookies = {"
  for i in $(seq "$accounts"); do echo "  [[$(sign_up "$i")]],"; done
  echo "}"
  cat <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, nil, { ["Cookie"] = cookies[counter % #cookies + 1] })
end
LUA
  cat "$work/summary.lua"
} >"$signed_in_lua"
cookie=$(sed -n 2p "$signed_in_lua" | sed 's/^  \[\[\(.*\)\]\],$/\1/')
signed_in_pages=(
  "signed in: account|$base/my/account"
  "signed in: history|$base/my/history"
  "signed in: routine page|$base/routines/daily-pelvic-relaxation"
)
for entry in "${signed_in_pages[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "${entry#*|}")
  [ "$status" = 200 ] || { echo "${entry%%|*} answered $status: the bench account is not signed in" >&2; exit 1; }
  measure "$signed_in_lua" 8 3 "${entry#*|}" >/dev/null
done

echo "Load, $seconds s per measurement, $(nproc) processors, $(date -u +%Y-%m-%dT%H:%MZ), $(launch_name)"
echo "  load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A nginx_rps
for c in $connections; do
  echo
  printf '%-28s %4s %10s %9s %8s %8s %6s %6s\n' "page" "conn" "req/s" "× nginx" "p50 ms" "p99 ms" "non2xx" "errors"
  reference=""
  for entry in "${pages[@]}"; do
    name=${entry%%|*}
    read -r rps p50 p99 bad errors < <(measure "$work/summary.lua" "$c" "$seconds" "${entry#*|}")
    [ -z "$reference" ] && reference=$rps
    ratio=$(python3 -c "print(f'{$rps / $reference:.4f}')")
    printf '%-28s %4s %10s %9s %8s %8s %6s %6s\n' "$name" "$c" "$rps" "$ratio" "$p50" "$p99" "$bad" "$errors"
  done
  nginx_rps[$c]=$reference
done
# The same columns for the signed-in pages, each as a ratio to nginx at the same connections,
# and the app's processor time per request (user + system, all threads), which other work on a
# shared machine disturbs far less than requests/s.
for c in $connections; do
  echo
  printf '%-28s %4s %10s %9s %8s %8s %6s %6s %7s\n' "page" "conn" "req/s" "× nginx" "p50 ms" "p99 ms" "non2xx" "errors" "cpu ms"
  for entry in "${signed_in_pages[@]}"; do
    name=${entry%%|*}
    cpu_before=$(cpu_seconds "$APP_PID")
    read -r rps p50 p99 bad errors < <(measure "$signed_in_lua" "$c" "$seconds" "${entry#*|}")
    cpu_after=$(cpu_seconds "$APP_PID")
    ratio=$(python3 -c "print(f'{$rps / ${nginx_rps[$c]}:.4f}')")
    cpu=$(python3 -c "print(f'{($cpu_after - $cpu_before) * 1000 / max($rps * $seconds, 1):.2f}')")
    printf '%-28s %4s %10s %9s %8s %8s %6s %6s %7s\n' "$name" "$c" "$rps" "$ratio" "$p50" "$p99" "$bad" "$errors" "$cpu"
  done
done
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Resident memory of the app after the load: $(rss_mib "$APP_PID") MiB"
