#!/usr/bin/env bash
# Spark against ingest in the same run, on the same files (the review PDF and the PDFs of ../shared/papers):
#   1. ./simine ingest --workers 2 into a fresh index (the command line's parallel path: one JVM, 2 workers);
#   2. ./simine spark run --master local[2] (one executor JVM, 2 task threads) writing Parquet and JSON Lines;
#   3. ./simine ingest --records of the Spark output into a second index;
#   4. ./simine extract of the same files.
# Reports wall-clock time of each command (JVM start included) and pages/s, the Spark overhead against ingest, and
# checks that Spark's records are extract's (byte-equal JSON Lines) and that both indexes export the same records.
# Each round also runs ingest and Spark on the first file alone: the difference between the two runs is the time
# the other files take, which gives each tool's throughput beyond its fixed cost (JVM and Spark start-up, the
# extractor's models, Spark's output jobs), the figure that decides a large batch.
# Usage: bench/spark-bench.sh [--rounds N]   (SHARED=dir overrides ../shared/papers; N rounds alternate the order)
# Timings depend on what else runs on the machine: compare rows of one run. Writes bench/results/spark-latest.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared/papers}"
rounds=1
[ "${1:-}" = --rounds ] && rounds="$2"
work="$(mktemp -d "${TMPDIR:-/tmp}/simine-spark-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$root/simine" --version >/dev/null         # builds cli/target/simine.jar when sources changed
"$root/simine" spark --version >/dev/null   # builds spark-index/target/simine-spark.jar when sources changed

inputs=("$root/corpus/review-si-kinetics-ees2025.pdf")
if [ -d "$shared" ]; then
  while IFS= read -r f; do inputs+=("$f"); done < <(find "$shared" -maxdepth 1 -name '*.pdf' | sort)
else
  echo "bench: no shared papers at $shared; measuring the review PDF only" >&2
fi
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# Runs "$@" with stdout to FILE (stderr dropped) and prints its CPU seconds (user + system, children included): the
# figure that survives a busy machine.
cpu() {
  local file="$1"; shift
  local t; t=$( { TIMEFORMAT='%U %S'; time "$@" > "$file" 2>/dev/null; } 2>&1 ) || true
  awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%.1f", a[1] + a[2] }'
}
run_ingest() {
  rm -rf "$work/idx-cli" "$work/idx-one"
  local t0; t0=$(now)
  ingest_cpu+=("$(cpu "$work/ingest.txt" "$root/simine" ingest --index "$work/idx-cli" --workers 2 \
    --failed "$work/failed.jsonl" "${inputs[@]}")")
  ingest_s+=("$(secs "$t0" "$(now)")")
  t0=$(now)
  "$root/simine" ingest --index "$work/idx-one" --workers 2 "${inputs[0]}" > /dev/null 2>&1
  ingest_one_s+=("$(secs "$t0" "$(now)")")
}
run_spark() {
  rm -rf "$work/spark" "$work/spark-one"
  local t0; t0=$(now)
  spark_cpu+=("$(cpu "$work/spark.txt" "$root/simine" spark run --master 'local[2]' --jsonl --out "$work/spark" \
    "${inputs[@]}")")
  spark_s+=("$(secs "$t0" "$(now)")")
  t0=$(now)
  "$root/simine" spark run --master 'local[2]' --out "$work/spark-one" "${inputs[0]}" > "$work/spark-one.txt" 2>/dev/null
  spark_one_s+=("$(secs "$t0" "$(now)")")
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
ingest_s=(); spark_s=(); ingest_cpu=(); spark_cpu=(); ingest_one_s=(); spark_one_s=()
for ((i = 1; i <= rounds; i++)); do
  if (( i % 2 )); then run_ingest; run_spark; else run_spark; run_ingest; fi
done
echo "load average after the timed runs: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

pages=$(sed -n 's/.*: \([0-9]*\) pages (.*/\1/p' "$work/spark.txt")
one_pages=$(sed -n 's/.*: \([0-9]*\) pages (.*/\1/p' "$work/spark-one.txt")
t0=$(now)
"$root/simine" ingest --index "$work/idx-spark" --records "$work/spark" > "$work/from-parquet.txt"
records_ingest_s=$(secs "$t0" "$(now)")
"$root/simine" extract "${inputs[@]}" > "$work/extract.jsonl" 2>/dev/null || true
cat "$work/spark/records-jsonl"/part-* > "$work/spark.jsonl"
same_records=false; cmp -s "$work/extract.jsonl" "$work/spark.jsonl" && same_records=true
"$root/simine" export --index "$work/idx-cli" > "$work/export-cli.jsonl"
"$root/simine" export --index "$work/idx-spark" > "$work/export-spark.jsonl"
same_index=false; cmp -s "$work/export-cli.jsonl" "$work/export-spark.jsonl" && same_index=true
t0=$(now)
"$root/simine" export --index "$work/idx-spark" --format parquet --out "$work/all.parquet" 2>/dev/null
export_s=$(secs "$t0" "$(now)")

mi=$(median "${ingest_s[@]}"); ms=$(median "${spark_s[@]}")
ci=$(median "${ingest_cpu[@]}"); cs=$(median "${spark_cpu[@]}")
mi1=$(median "${ingest_one_s[@]}"); ms1=$(median "${spark_one_s[@]}")
awk -v p="$pages" -v i="$mi" -v s="$ms" -v ci="$ci" -v cs="$cs" -v n="${#inputs[@]}" -v r="$(wc -l < "$work/extract.jsonl")" \
    -v sr="$same_records" -v si="$same_index" -v ri="$records_ingest_s" -v ex="$export_s" -v rounds="$rounds" \
    -v ing="${ingest_s[*]}" -v spk="${spark_s[*]}" -v p1="$one_pages" -v i1="$mi1" -v s1="$ms1" 'BEGIN {
  printf "| run (%d files, %d pages, %d records; median of %d) | wall s | pages/s | CPU s | pages per CPU-s |\n", n, p, r, rounds
  printf "|---|---:|---:|---:|---:|\n"
  printf "| ./simine ingest --workers 2 | %.1f | %.2f | %.1f | %.2f |\n", i, p / i, ci, p / ci
  printf "| ./simine spark run --master local[2] | %.1f | %.2f | %.1f | %.2f |\n", s, p / s, cs, p / cs
  printf "\nSpark overhead against ingest: %+.0f%% wall, %+.0f%% CPU (rounds: ingest %s s; spark %s s)\n", \
    100 * (s / i - 1), 100 * (cs / ci - 1), ing, spk
  printf "\nFirst file alone (%d pages): ingest %.1f s, spark %.1f s. Beyond it (%d pages): ingest %.1f s (%.2f pages/s), " \
    "spark %.1f s (%.2f pages/s): Spark overhead %+.0f%% per page; fixed cost ingest %.1f s, spark %.1f s\n", \
    p1, i1, s1, p - p1, i - i1, (p - p1) / (i - i1), s - s1, (p - p1) / (s - s1), 100 * ((s - s1) / (i - i1) - 1), \
    i - (p / ((p - p1) / (i - i1))), s - (p / ((p - p1) / (s - s1)))
  printf "ingest --records of the Spark output: %.1f s; export --format parquet: %.1f s\n", ri, ex
  printf "Spark records byte-equal to ./simine extract: %s; both indexes export the same records: %s\n", sr, si
}'
mkdir -p "$root/bench/results"
cat > "$root/bench/results/spark-latest.json" <<JSON
{"files": ${#inputs[@]}, "pages": $pages, "rounds": $rounds, "ingest_seconds": [$(IFS=,; echo "${ingest_s[*]}")],
 "spark_seconds": [$(IFS=,; echo "${spark_s[*]}")], "ingest_cpu_seconds": [$(IFS=,; echo "${ingest_cpu[*]}")],
 "spark_cpu_seconds": [$(IFS=,; echo "${spark_cpu[*]}")], "first_file_pages": $one_pages,
 "ingest_first_file_seconds": [$(IFS=,; echo "${ingest_one_s[*]}")], "spark_first_file_seconds": [$(IFS=,; echo "${spark_one_s[*]}")], "load_average_after": "$(cut -d' ' -f1-3 /proc/loadavg)", "ingest_records_seconds": $records_ingest_s, "export_parquet_seconds": $export_s,
 "same_records_as_extract": $same_records, "same_index_export": $same_index}
JSON
echo "spark run: $(cat "$work/spark.txt")" >&2
echo "ingest: $(head -1 "$work/ingest.txt")" >&2
