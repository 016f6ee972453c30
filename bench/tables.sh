#!/usr/bin/env bash
# Pages per second of table extraction on the review and on the shared papers (not a timed test).
# Usage: bench/tables.sh [rounds]   (default 3; the first round is JIT warm-up)
# Needs the shared folder at ../shared (or SIMINE_SHARED=DIR) for the second measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
shared="${SIMINE_SHARED:-../shared}"

mvn -B -q -pl extractor -am test-compile
cp_file="$PWD/extractor/target/bench.classpath"
# With -am every module writes the file; extractor comes last. Sibling modules are named as repository
# jars (never installed here): point them at the reactor's class folders instead.
mvn -B -q -pl extractor -am dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
deps="$(tr ':' '\n' < "$cp_file" | grep -v '/org/simine/' | paste -sd: -)"
cp="extractor/target/test-classes:extractor/target/classes:model/target/classes:gold/target/classes:$deps"
run() { java -Xmx1g -cp "$cp" org.simine.extract.table.TablesBenchmark "$rounds" "$@"; }

echo "== review (corpus/review-si-kinetics-ees2025.pdf)"
run corpus/review-si-kinetics-ees2025.pdf
if [ -d "$shared/papers" ]; then
  echo "== shared papers ($shared/papers)"
  run "$shared"/papers/*.pdf
else
  echo "== shared papers: $shared/papers absent, skipped"
fi
