#!/usr/bin/env bash
# Throughput of SiMine's PDF layer (PDFBox glyphs -> columns -> lines with scripts -> blocks -> normalised text)
# against pdftotext on the same files in the same run. Not a test: it prints numbers, it does not judge them.
#
#   bench/pdf-text.sh [PDF...]      default: corpus/review-si-kinetics-ees2025.pdf and ../shared/papers/*.pdf
#
# Environment: SIMINE_SHARED (default: ../shared next to the checkout), ROUNDS (default 3). Both tools are
# reported by their fastest round: SiMine's rounds run in one JVM and its first round (JIT warm-up) does not
# count; the cold wall-clock time of one SiMine process is printed as well. The machine's load average is
# printed too: on a shared machine, rerun when it is high.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SIMINE_SHARED:-$here/../shared}"
rounds="${ROUNDS:-3}"

if ! command -v pdftotext >/dev/null 2>&1; then
  echo "pdf-text.sh: pdftotext not found; install it with: apt-get install -y poppler-utils" >&2
  exit 2
fi

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=("$here/corpus/review-si-kinetics-ees2025.pdf")
  if [ -d "$shared/papers" ]; then
    files+=("$shared"/papers/*.pdf)
  else
    echo "pdf-text.sh: $shared/papers absent; timing the review only" >&2
  fi
fi

now() { date +%s%N; }

# SiMine: build once through the launcher, then one cold round and a warm measurement.
"$here/simine" text --stats "${files[0]}" >/dev/null
t0=$(now)
"$here/simine" text --stats "${files[@]}" > /tmp/simine-bench-cold.$$
t1=$(now)
"$here/simine" text --stats --repeat "$((rounds + 1))" "${files[@]}" > /tmp/simine-bench-warm.$$
pages=$(awk -F'\t' '$1=="total"{print $2+0}' /tmp/simine-bench-warm.$$)
simine_warm=$(awk -F'\t' '$1=="total"{print $4+0}' /tmp/simine-bench-warm.$$)
simine_cold=$(awk -v p="$pages" -v ns=$((t1 - t0)) 'BEGIN{printf "%.1f", p / (ns / 1e9)}')

# pdftotext on the same files, best of the same number of rounds (one process per file, as poppler is used).
best=0
for ((r = 1; r <= rounds; r++)); do
  t0=$(now)
  for f in "${files[@]}"; do pdftotext -q "$f" /dev/null || true; done
  t1=$(now)
  ns=$((t1 - t0))
  if [ "$best" -eq 0 ] || [ "$ns" -lt "$best" ]; then best=$ns; fi
done
poppler=$(awk -v p="$pages" -v ns="$best" 'BEGIN{printf "%.1f", p / (ns / 1e9)}')

echo "files:                        ${#files[@]} ($pages pages)"
echo "load average:                 $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "SiMine PDF layer, warm JVM:   $simine_warm pages/s (best of $rounds rounds after a warm-up round, one JVM)"
echo "SiMine, cold (JVM start incl): $simine_cold pages/s (one round, one process)"
echo "pdftotext (poppler):          $poppler pages/s (best of $rounds rounds)"
awk -v a="$poppler" -v b="$simine_warm" -v c="$simine_cold" \
  'BEGIN{printf "ratio pdftotext/SiMine:       %.2fx warm, %.2fx cold (target: within 3x)\n", a / b, a / c}'
rm -f /tmp/simine-bench-cold.$$ /tmp/simine-bench-warm.$$
