#!/usr/bin/env bash
# Text rule layer benchmark: tokens/s and sentences/s of the rules (tokenize + ssplit, tagging, rule stages,
# materials, binding, assembly) on text already read from the review PDF and the shared Si-anode papers, next to
# tokenize + ssplit alone measured in the same run. Usage: bench/rules-bench.sh [--warmup N] [--rounds N]
# SHARED=dir overrides ../shared/papers; the Si papers are the ones MANIFEST.md marks "Si anode" (skipped if absent).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared/papers}"

"$root/simine" --version >/dev/null   # builds cli/target/simine.jar when sources changed

inputs=("$root/corpus/review-si-kinetics-ees2025.pdf")
if [ -f "$shared/MANIFEST.md" ]; then
  while IFS= read -r name; do
    [ -f "$shared/$name" ] && inputs+=("$shared/$name")
  done < <(grep -F '**Si anode**' "$shared/MANIFEST.md" | awk -F'|' '{gsub(/ /, "", $2); print $2}')
else
  echo "bench: no shared papers at $shared; measuring the review only" >&2
fi
exec java ${SIMINE_JAVA_OPTS:--Xmx2g} -cp "$root/cli/target/simine.jar" org.simine.cli.bench.RulesBenchmark \
  "$@" "${inputs[@]}"
