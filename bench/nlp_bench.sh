#!/usr/bin/env bash
# Tagging + parsing speed: kg's trained tagger and parser (`kg analyze`, one thread) beside kg
# 0.1's Link Grammar parse path (bench/lg_parse) on the same sentences of UD English EWT dev.
# Workloads (each a whole process, median of RUNS):
#   kg-tokenized  `kg analyze --tokenized` on all of EWT dev (gold tokens: tagging + parsing)
#   kg-text       `kg analyze` on the first N sentences' raw text (splitting, tokenising too)
#   lg            Link Grammar on the same N sentences' raw text
#   kg-load       `kg analyze` on a one-word input: model load and start-up
# Also the peak resident memory of each. Sentences/s exclude nothing: load time is included.
# Usage: bench/nlp_bench.sh [N, default 300] [RUNS, default 3]; needs ../shared/treebanks.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
runs=${2:-3}
dev=../shared/treebanks/ud-english-ewt/dev.conllu
[ -f "$dev" ] || { echo "nlp_bench: $dev is absent, nothing to measure"; exit 0; }
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j2 --target kg lg_parse > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -n 's/^# text = //p' "$dev" | head -n "$n" > "$work/text.txt"
echo "word" > "$work/one.txt"
total=$(grep -c '^# text = ' "$dev")

# Runs "$@" RUNS times; prints the median wall seconds and the largest peak RSS (MB).
measure() {
  local times=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" > /dev/null
    read -r s k < "$work/t"
    times+=("$s")
    [ "$k" -gt "$rss" ] && rss=$k
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
    "$((rss / 1024))"
}

read -r kg_tok kg_tok_rss < <(measure build/cli/kg analyze --tokenized "$dev")
read -r kg_txt kg_txt_rss < <(measure build/cli/kg analyze "$work/text.txt")
read -r lg lg_rss < <(measure build/bench/lg_parse "$work/text.txt")
read -r load load_rss < <(measure build/cli/kg analyze "$work/one.txt")
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
printf '%-14s %10s %10s %12s %8s\n' workload sentences "median s" "sentences/s" "RSS MB"
printf '%-14s %10s %10s %12s %8s\n' kg-tokenized "$total" "$kg_tok" "$(rate "$total" "$kg_tok")" "$kg_tok_rss"
printf '%-14s %10s %10s %12s %8s\n' kg-text "$n" "$kg_txt" "$(rate "$n" "$kg_txt")" "$kg_txt_rss"
printf '%-14s %10s %10s %12s %8s\n' lg "$n" "$lg" "$(rate "$n" "$lg")" "$lg_rss"
printf '%-14s %10s %10s %12s %8s\n' kg-load 1 "$load" - "$load_rss"
awk -v a="$lg" -v b="$kg_txt" 'BEGIN { printf "ratio lg/kg-text on the same %s sentences: %.1fx\n", '"$n"', a / b }'
awk -v t="$kg_tok" -v l="$load" -v n="$total" \
  'BEGIN { printf "kg-tokenized without load time: %.0f sentences/s\n", n / (t - l) }'
