# Shared pieces of the bench scripts: build or take the jar, start it on a fresh data folder,
# serve a saved page from nginx, and run wrk with a one-line summary. Sourced, not run.
# shellcheck shell=bash

bench_need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian package: $tool)" >&2; exit 1; }
  done
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The packaged jar: BENCH_JAR if set, otherwise built from this checkout.
bench_jar() {
  if [ -n "${BENCH_JAR:-}" ]; then
    echo "$BENCH_JAR"
    return
  fi
  ./mvnw -q -B package -DskipTests >&2
  ls target/unknot-*.jar | grep -v plain | head -n 1
}

# The launch a user gets: bin/unknot (the unpacked jar, its ahead-of-time code, a class data
# archive made on the first start into BENCH_LAUNCH_DIR, and the JVM options it sets).
# BENCH_PLAIN_JAR=1 starts the jar itself with plain `java -jar` and the same memory options
# instead, to compare.
UNKNOT_JVM_OPTIONS="-Xmx256m -XX:+UseSerialGC -Xss512k"
launch_name() {
  if [ -n "${BENCH_PLAIN_JAR:-}" ]; then
    echo "java $UNKNOT_JVM_OPTIONS ${BENCH_JAVA_OPTS:-} -jar"
  else
    echo "bin/unknot ${BENCH_JAVA_OPTS:-}"
  fi
}

# start_app JAR DATA_DIR PORT LOG [extra arguments…]: starts the app in the background with the
# launch a user gets (BENCH_JAVA_OPTS adds JVM options after its own) and sets APP_PID.
start_app() {
  local jar=$1 data=$2 port=$3 log=$4
  shift 4
  if [ -n "${BENCH_PLAIN_JAR:-}" ]; then
    # shellcheck disable=SC2086
    java $UNKNOT_JVM_OPTIONS ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --unknot.data-dir="$data" \
      --spring.main.banner-mode=off "$@" >"$log" 2>&1 &
  else
    UNKNOT_JAR="$jar" UNKNOT_LAUNCH_DIR="${BENCH_LAUNCH_DIR:-$(dirname "$jar")/launch}" JAVA_OPTS="${BENCH_JAVA_OPTS:-}" \
      bin/unknot --server.port="$port" --unknot.data-dir="$data" --spring.main.banner-mode=off "$@" >"$log" 2>&1 &
  fi
  APP_PID=$!
}

# wait_for_200 URL [tries of 50 ms]: waits until the URL answers 200; fails after the tries.
wait_for_200() {
  local url=$1 tries=${2:-1200}
  for _ in $(seq "$tries"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] && return 0
    sleep 0.05
  done
  echo "no 200 from $url" >&2
  return 1
}

# cpu_seconds PID: processor time the process has used so far (user + system, all threads, and
# the children it waited for: bin/unknot's first start unpacks the jar and trains). On a
# shared machine this varies far less than wall-clock time, so it tells levers apart under load.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15 + $16 + $17) / hz}' "/proc/$1/stat"
}

rss_mib() {
  awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"
}

# start_nginx ROOT PORT WORK: serves the folder ROOT as static files on PORT; sets NGINX_PID.
start_nginx() {
  local root=$1 port=$2 work=$3
  mkdir -p "$work/nginx"
  cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes $(nproc);
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  default_type text/html;
  sendfile on;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$port; root $root; }
}
CONF
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
  NGINX_PID=$!
}

# A wrk script whose done() prints one line: requests/s, p50 ms, p99 ms, non-2xx/3xx answers and
# socket errors. Only done() runs Lua, so it costs wrk nothing per request.
write_summary_lua() {
  cat >"$1" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SUMMARY %.0f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
LUA
}

# measure LUA CONNECTIONS SECONDS URL [header…]: prints "rps p50 p99 bad errors".
measure() {
  local lua=$1 connections=$2 seconds=$3 url=$4
  shift 4
  local headers=()
  for header in "$@"; do headers+=(-H "$header"); done
  local threads=$((connections < $(nproc) ? connections : $(nproc)))
  wrk -t"$threads" -c"$connections" -d"${seconds}s" "${headers[@]}" -s "$lua" "$url" \
    | awk '/^SUMMARY/ {print $2, $3, $4, $5, $6}'
}

# stop_pid PID: asks the process to stop, and kills it after 10 s if it has not.
stop_pid() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}
