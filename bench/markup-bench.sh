#!/usr/bin/env bash
# Publisher markup (XML/HTML) against PDFs in the same run: files/s, records/s, MB/s and text characters per
# CPU-second, for reading alone and end to end (reading, rules, tables), one thread, median of the measured rounds.
# Inputs: the six files of ../shared/xml (MARKUP=dir elsewhere) and, for the PDF path, the review PDF plus the PDFs of
# ../shared/papers (SHARED=dir elsewhere). Usage: bench/markup-bench.sh [--warmup N] [--rounds N]
# Results: bench/results/markup-latest.json (git-ignored like latest.json).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
markup="${MARKUP:-$root/../shared/xml}"
shared="${SHARED:-$root/../shared/papers}"
[ -d "$markup" ] || { echo "bench: no publisher XML/HTML at $markup" >&2; exit 2; }

"$root/simine" --version >/dev/null   # builds cli/target/simine.jar when sources changed

pdfs=("$root/corpus/review-si-kinetics-ees2025.pdf")
if [ -d "$shared" ]; then
  while IFS= read -r f; do pdfs+=("$f"); done < <(find "$shared" -maxdepth 1 -name '*.pdf' | sort)
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exec java ${SIMINE_JAVA_OPTS:--Xmx2g} -cp "$root/cli/target/simine.jar" org.simine.cli.bench.MarkupBenchmark \
  --json "$root/bench/results/markup-latest.json" "$@" --pdf "${pdfs[@]}" --markup "$markup"
