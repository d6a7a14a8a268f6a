#!/usr/bin/env bash
# The store and graph benchmark: kg beside networkx and python-igraph on the same generated graph,
# each phase's median over several runs, and the ratio peer/kg (above 1: kg is faster).
# Usage: bench/run.sh [TRIPLES, default 100000] [RUNS, default 3]. Writes bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
triples=${1:-100000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j"$(nproc)" --target kg graph_bench > /dev/null
python3 bench/generate_graph.py "$triples" 1 > "$work/graph.tsv"
results="$work/results.jsonl"
start=$(date +%s%N)
build/cli/kg --db "$work/store.db" import "$work/graph.tsv" > /dev/null
end=$(date +%s%N)
printf '{"tool":"kg","phase":"import","seconds":%d.%06d}\n' $(((end - start) / 1000000000)) \
  $((((end - start) / 1000) % 1000000)) >> "$results"
build/bench/graph_bench "$work/store.db" "$runs" >> "$results"
python=python3
python3 -c 'import igraph' 2> /dev/null || python=/usr/bin/python3
"$python" bench/peers.py "$work/graph.tsv" "$runs" >> "$results"
python3 - "$results" "$triples" <<'PY'
import json, sys, collections
rows = [json.loads(l) for l in open(sys.argv[1])]
by = collections.defaultdict(dict)
for r in rows:
    by[r["phase"]][r["tool"]] = r["seconds"]
print(f"{'phase':12s} {'kg s':>10s} {'igraph s':>10s} {'networkx s':>11s} {'igraph/kg':>10s} {'networkx/kg':>12s}")
for phase, t in by.items():
    kg = t.get("kg")
    cells = [f"{t[x]:10.4f}" if x in t else f"{'-':>10s}" for x in ("kg", "igraph")]
    cells.append(f"{t['networkx']:11.4f}" if "networkx" in t else f"{'-':>11s}")
    ratios = [f"{t[x] / kg:10.2f}" if kg and x in t else f"{'-':>10s}" for x in ("igraph", "networkx")]
    print(f"{phase:12s} {' '.join(cells)} {ratios[0]} {ratios[1]:>12s}")
json.dump({"triples": int(sys.argv[2]), "results": rows}, open("bench/results.json", "w"), indent=1)
PY
