#!/usr/bin/env bash
# Entity-recognition speed, on demand (never in the test run): times `kg tag --conll` as a whole
# process on the UD English EWT dev sentences (2,001 sentences, gold tokens), three runs, and
# prints the median sentences per second of CPU time (user + system: the machine is shared, so
# wall time says more about the neighbours), the same for an empty input (model and word-list
# loading) and the peak resident memory.
# Usage: bench/ner_speed.sh [KG_BINARY] [EWT_DEV_CONLLU]
set -euo pipefail
cd "$(dirname "$0")/.."
KG=${1:-build/cli/kg}
DEV=${2:-../shared/treebanks/ud-english-ewt/dev.conllu}
[ -f "$DEV" ] || { echo "skip: $DEV not found"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One token a line, a blank line between sentences; multiword ranges and empty nodes dropped.
awk -F'\t' '/^#/ {next} /^$/ {print ""; next} $1 ~ /^[0-9]+$/ {print $2}' "$DEV" > "$tmp/dev.conll"
sentences=$(grep -c '^$' "$tmp/dev.conll")
: > "$tmp/empty.conll"
seconds() {
  /usr/bin/time -f '%U %S %M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f %d\n", $1 + $2, $3}'
}
runs=()
for _ in 1 2 3; do runs+=("$(seconds "$KG" tag --conll "$tmp/dev.conll")"); done
load=$(seconds "$KG" tag --conll "$tmp/empty.conll")
median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
echo "kg tag: $sentences sentences; runs (s, peak KiB): ${runs[*]}"
echo "median $(awk -v n="$sentences" -v m="${median% *}" 'BEGIN {printf "%.0f", n / m}') sentences/s" \
  "(including load); empty input ${load% *} s, peak ${median#* } KiB"
