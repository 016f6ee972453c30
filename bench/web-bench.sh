#!/usr/bin/env bash
# Web benchmark: p50/p95 latency of GET /api/search (also with the page's silicon switch on), of the paper view, the
# compare view and the facets' "more" over loopback on an index of synthetic records (the generator
# of bench/index-bench.sh), with the same searches through the Java API, without HTTP, measured in the same run as
# the baseline. Targets on 100k records: search p95 under 50 ms, paper and compare views under 100 ms.
# Usage: bench/web-bench.sh [RECORDS]   (default 100000). Prints Markdown to stdout.
# Timings depend on the machine and on what else runs on it: compare columns of one run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
records="${1:-100000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/simine-web-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$root/simine" --version >/dev/null   # builds cli/target/simine.jar when sources changed
exec java ${SIMINE_JAVA_OPTS:--Xmx2g} -cp "$root/cli/target/simine.jar" org.simine.cli.bench.WebBenchmark \
  "$work" "$records"
