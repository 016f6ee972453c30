#!/usr/bin/env bash
# Index benchmark: ingest throughput on corpus/ plus the shared papers, and search latency (p50/p95) on an index
# of synthetic records, with a bare Lucene MatchAllDocsQuery count measured in the same run as the baseline.
# Usage: bench/index-bench.sh [RECORDS]   (default 100000; SHARED=dir overrides ../shared/papers)
# BEFORE_JAR=FILE first runs the same search benchmark (no ingest) with another build of simine.jar, e.g. main's
# (git worktree add /tmp/before main && (cd /tmp/before && mvn -B -q -DskipTests package); BEFORE_JAR=/tmp/before/
# cli/target/simine.jar), so that a before/after pair comes from one run on one machine state.
# Prints Markdown to stdout. Timings depend on the machine and on what else runs on it: compare rows of one run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
records="${1:-100000}"
shared="${SHARED:-$root/../shared/papers}"
work="$(mktemp -d "${TMPDIR:-/tmp}/simine-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$root/simine" --version >/dev/null   # builds cli/target/simine.jar when sources changed

inputs=("$root/corpus/review-si-kinetics-ees2025.pdf")
if [ -d "$shared" ]; then
  inputs+=("$shared")
else
  echo "bench: no shared papers at $shared; ingest is measured on corpus/ only" >&2
fi
if [ -n "${BEFORE_JAR:-}" ]; then
  echo "# Before: $BEFORE_JAR"
  echo
  java ${SIMINE_JAVA_OPTS:--Xmx2g} -cp "$BEFORE_JAR" org.simine.cli.bench.IndexBenchmark "$work/before" "$records"
  rm -rf "$work/before"
  echo
  echo "# After: $root/cli/target/simine.jar"
  echo
fi
java ${SIMINE_JAVA_OPTS:--Xmx2g} -cp "$root/cli/target/simine.jar" org.simine.cli.bench.IndexBenchmark \
  "$work" "$records" "${inputs[@]}"
