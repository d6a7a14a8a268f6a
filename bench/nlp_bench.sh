#!/usr/bin/env bash
# Tagging + parsing speed: kg's trained tagger and parser (`kg analyze`, one thread) beside the
# peer parser, Link Grammar with kg 0.1's settings (bench/lg_parse), on the same sentences of UD
# English EWT dev. Link Grammar is no part of kg (removed in issue 11): the peer is timed only when
# it is installed (apt-get install liblink-grammar-dev link-grammar-dictionaries-en, then re-run);
# without it the lg row says so and the rest is measured.
# Workloads (each a whole process, median of RUNS):
#   kg-tokenized  `kg analyze --tokenized` on all of EWT dev (gold tokens: tagging + parsing)
#   kg-text       `kg analyze` on the first N sentences' raw text (splitting, tokenising too)
#   lg            Link Grammar on the same N sentences' raw text (when installed)
#   kg-load       `kg analyze` on a one-word input: model load and start-up
# Also the peak resident memory of each. Sentences/s exclude nothing: load time is included.
# Both wall-clock seconds and CPU seconds (user + system) are given: on a shared machine the CPU
# time is the steadier measure of the work.
# Usage: bench/nlp_bench.sh [N, default 300] [RUNS, default 3]; needs ../shared/treebanks.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
runs=${2:-3}
dev=../shared/treebanks/ud-english-ewt/dev.conllu
[ -f "$dev" ] || { echo "nlp_bench: $dev is absent, nothing to measure"; exit 0; }
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j2 --target kg > /dev/null
# bench/CMakeLists.txt defines lg_parse only when it finds the library and its headers.
have_lg=0
if cmake --build build -j2 --target lg_parse > /dev/null 2>&1; then have_lg=1; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -n 's/^# text = //p' "$dev" | awk -v n="$n" 'NR <= n' > "$work/text.txt"
echo "word" > "$work/one.txt"
total=$(grep -c '^# text = ' "$dev")

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Runs "$@" RUNS times; prints the median wall seconds, median CPU seconds, largest peak RSS (MB).
measure() {
  local times=() cpus=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" > /dev/null
    read -r s u y k < "$work/t"
    times+=("$s")
    cpus+=("$(awk -v u="$u" -v y="$y" 'BEGIN { print u + y }')")
    [ "$k" -gt "$rss" ] && rss=$k
  done
  printf '%s %s %s\n' "$(median "${times[@]}")" "$(median "${cpus[@]}")" "$((rss / 1024))"
}

read -r kg_tok kg_tok_cpu kg_tok_rss < <(measure build/cli/kg analyze --tokenized "$dev")
read -r kg_txt kg_txt_cpu kg_txt_rss < <(measure build/cli/kg analyze "$work/text.txt")
if [ "$have_lg" -eq 1 ]; then
  read -r lg lg_cpu lg_rss < <(measure build/bench/lg_parse "$work/text.txt")
fi
read -r load load_cpu load_rss < <(measure build/cli/kg analyze "$work/one.txt")
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
row() { printf '%-13s %9s %8s %8s %10s %10s %7s\n' "$@"; }
row workload sentences "wall s" "CPU s" "sent/s wall" "sent/s CPU" "RSS MB"
row kg-tokenized "$total" "$kg_tok" "$kg_tok_cpu" "$(rate "$total" "$kg_tok")" "$(rate "$total" "$kg_tok_cpu")" "$kg_tok_rss"
row kg-text "$n" "$kg_txt" "$kg_txt_cpu" "$(rate "$n" "$kg_txt")" "$(rate "$n" "$kg_txt_cpu")" "$kg_txt_rss"
if [ "$have_lg" -eq 1 ]; then
  row lg "$n" "$lg" "$lg_cpu" "$(rate "$n" "$lg")" "$(rate "$n" "$lg_cpu")" "$lg_rss"
else
  echo "lg            skipped: Link Grammar is not installed (apt-get install liblink-grammar-dev" \
    "link-grammar-dictionaries-en, then re-run)"
fi
row kg-load 1 "$load" "$load_cpu" - - "$load_rss"
if [ "$have_lg" -eq 1 ]; then
  awk -v a="$lg" -v b="$kg_txt" -v c="$lg_cpu" -v d="$kg_txt_cpu" -v n="$n" \
    'BEGIN { printf "ratio lg/kg-text on the same %s sentences: %.1fx wall, %.1fx CPU\n", n, a / b, c / d }'
fi
awk -v t="$kg_tok_cpu" -v l="$load_cpu" -v n="$total" \
  'BEGIN { printf "kg-tokenized CPU without the load: %.0f sentences/s\n", n / (t - l) }'
