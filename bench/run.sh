#!/usr/bin/env bash
# The store and graph benchmark: kg beside networkx, python-igraph, plain SQLite and Kuzu on the same
# generated graph, each phase's median over several runs, and the ratio peer/kg (above 1: kg is
# faster). "floor" rows are the machine's limit: SQLite's raw inserts for import, a bare
# breadth-first search over flat arrays for hop2 and paths.
# Then the extraction benchmark (bench/extract.py): ARTICLES real news stories from
# ../shared/corpus/news through `kg ingest` on 1 and 2 threads; skipped when the corpus is absent.
# Usage: bench/run.sh [TRIPLES, default 100000] [RUNS, default 3] [ARTICLES, default 200; 0 skips].
# KG_BENCH_PEERS=igraph,networkx,sqlite,kuzu picks the peers (default: all).
# Prints the tables and writes bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
triples=${1:-100000}
runs=${2:-3}
articles=${3:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j"$(nproc)" --target kg graph_bench sqlite_raw > /dev/null
python3 bench/generate_graph.py "$triples" 1 > "$work/graph.tsv"
results="$work/results.jsonl"

now() { date +%s%N; }
# seconds since the time given (from now)
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.6f", (b - a) / 1e9 }'; }
# median of the seconds given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
emit() { printf '{"tool":"%s","phase":"%s","seconds":%s}\n' "$1" "$2" "$3" >> "$results"; }

kg_times=() raw_times=()
for ((r = 0; r < runs; r++)); do
  rm -f "$work"/store.db* "$work"/raw.db*
  start=$(now)
  build/cli/kg --db "$work/store.db" import "$work/graph.tsv" > /dev/null
  kg_times+=("$(since "$start")")
  start=$(now)
  build/bench/sqlite_raw "$work/graph.tsv" "$work/raw.db" 2> /dev/null
  raw_times+=("$(since "$start")")
done
emit kg import "$(median "${kg_times[@]}")"
emit floor import "$(median "${raw_times[@]}")"

build/bench/graph_bench "$work/store.db" "$runs" >> "$results"

# What a CLI user waits for: `kg path A B` as a whole process, the first time (the graph
# snapshot is built) and then from the snapshot.
mapfile -t names < <(python3 - "$work/graph.tsv" <<'PY'
import random, sys
rows = [l.split("\t") for l in open(sys.argv[1], encoding="utf-8")]
rng = random.Random(3)
# Not PERSON: a surname alias could make a name ambiguous, and this times paths, not hints.
picks = [r[0] for r in rows if r[1] != "PERSON"] + [r[3] for r in rows if r[4] != "PERSON"]
for _ in range(22):
    print(rng.choice(picks))
PY
)
rm -f "$work/store.db-graph"
start=$(now)
build/cli/kg --db "$work/store.db" path "${names[0]}" "${names[1]}" > /dev/null || true
emit kg cli_path_first "$(since "$start")"
path_times=()
for ((i = 2; i < 22; i += 2)); do
  start=$(now)
  build/cli/kg --db "$work/store.db" path "${names[i]}" "${names[i + 1]}" > /dev/null || true
  path_times+=("$(since "$start")")
done
emit kg cli_path "$(median "${path_times[@]}")"

python=python3
python3 -c 'import igraph' 2> /dev/null || python=/usr/bin/python3
"$python" bench/peers.py "$work/graph.tsv" "$runs" "$work/raw.db" 10 >> "$results"
# Kuzu, the embedded graph database, from npm (installed once into the user's cache); skipped
# with a note when node or npm is missing or the install fails.
kuzu_dir="${XDG_CACHE_HOME:-$HOME/.cache}/kg-bench/kuzu-0.11.3"
if [[ -n "${KG_BENCH_PEERS:-}" && ",$KG_BENCH_PEERS," != *,kuzu,* ]]; then
  :  # not asked for
elif command -v node > /dev/null && command -v npm > /dev/null; then
  if [[ ! -f "$kuzu_dir/node_modules/kuzu/kuzujs.node" ]]; then
    mkdir -p "$kuzu_dir"
    (cd "$kuzu_dir" && npm install --no-audit --no-fund kuzu@0.11.3 > /dev/null 2>&1 &&
      cd node_modules/kuzu && node install.js > /dev/null) ||
      echo "run.sh: Kuzu could not be installed from npm: skipped" >&2
  fi
  if [[ -f "$kuzu_dir/node_modules/kuzu/kuzujs.node" ]]; then
    mkdir -p "$work/kuzu"
    NODE_PATH="$kuzu_dir/node_modules" node bench/kuzu_peer.js "$work/graph.tsv" "$runs" \
      "$work/kuzu" >> "$results" || echo "run.sh: the Kuzu peer failed: skipped" >&2
  fi
else
  echo "run.sh: node and npm are not installed (apt install nodejs npm): Kuzu skipped" >&2
fi
python3 bench/report.py "$results" "$triples" bench/results.json
if ((articles == 0)); then exit 0; fi  # ARTICLES=0: the graph benchmark only
echo
python3 bench/extract.py build/cli/kg ../shared/corpus/news "$articles" "$runs" "$work/extract.json"
if [[ -f "$work/extract.json" ]]; then
  python3 - "$work/extract.json" bench/results.json <<'PY'
import json, sys
merged = json.load(open(sys.argv[2]))
merged["extraction"] = json.load(open(sys.argv[1]))
json.dump(merged, open(sys.argv[2], "w"), indent=1)
PY
fi
