#!/usr/bin/env bash
# Measures server-side PDF generation of the routine sheets: starts the application (test
# configuration: in-memory database, random port), times the first sheet after start, then
# after a warm-up the first render of /routines/{slug}/sheet.pdf for every catalog routine on
# both papers and the same sheets from the cache, and prints medians, p95 and the peak heap.
# It prints figures only; it asserts nothing.
#
#   bench/sheet-pdf.sh [cached rounds=10] [warm-up rounds=5]
#
# Environment: BENCH_JAVA_OPTS (default: the options README.md gives for java -jar) for the JVM that runs the application.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -Xss512k} -Dpdfbox.fontcache=target \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  app.unknot.sheet.SheetPdfBenchmark "$@"
