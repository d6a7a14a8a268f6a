#!/usr/bin/env bash
# What a user waits for: each kg command timed as a whole process (start, open, answer, exit)
# beside the peer doing the same job from the same TSV as a whole process (bench/peer_cli.py:
# python-igraph, networkx), at each size given, with peak memory from /usr/bin/time.
#   import     kg import GRAPH.tsv into an empty store; floor: bench/sqlite_raw (the same rows
#              inserted with prepared statements into kg's tables and indexes)
#   path       kg path A B (snapshot current; the first call after a write, which builds the
#              snapshot, is its own row); peers: load the TSV, one shortest path
#   neighbors  kg neighbors X --depth 2 (the table a user sees: the first 50 neighbours, each with
#              an edge, and the count of the rest); peers: load, every two-hop name
#   stats      kg stats; peers: load, count nodes, edges and weak components
#   graphml    kg export --format graphml -o FILE, evidence included; peers: load, write GraphML
# Usage: bench/cli_bench.sh [RUNS=3] SIZE...   (e.g. 100000 1000000 10000000)
# KG_BENCH_DATA keeps the generated TSVs between runs; KG_BENCH_FLOOR=0 skips the SQLite floor;
# KG_BENCH_IMPORT_RUNS=N (default RUNS, at least 1: the later rows need the store) and
# KG_BENCH_PEER_RUNS=N (default RUNS) time import and the peers' graphml and stats fewer times on a
# busy machine, where a 1 M import takes minutes;
# KG_BENCH_PEERS=igraph,networkx picks peers (none: kg only);
# networkx is skipped above 2,000,000 triples (it needs tens of GB there); KG_BENCH_PEER_TIMEOUT=S
# stops a peer run after S seconds (its row says "finished":false); KG_BENCH_PEER_PICKS=N (default
# 3) entities for the peers' path and neighbors. Medians of RUNS runs
# (path and neighbors: of 10 picked entities each). Writes bench/cli_results.jsonl (or
# $KG_BENCH_OUT) and prints a
# Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
sizes=("${@:-100000}")
data=${KG_BENCH_DATA:-$(mktemp -d)}
peers=${KG_BENCH_PEERS:-igraph,networkx}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j2 --target kg sqlite_raw > /dev/null
kg=build/cli/kg
out=${KG_BENCH_OUT:-bench/cli_results.jsonl}
: > "$out"

# timed TOOL COMMAND SIZE -- argv...: one run; appends seconds and peak KB to $work/raw.jsonl.
# Peers stop after KG_BENCH_PEER_TIMEOUT seconds (0: never); such a row has "finished":false.
timed() {
  local tool=$1 cmd=$2 size=$3 limit=0 finished=true
  shift 4
  [[ $tool == kg || $tool == floor ]] || limit=${KG_BENCH_PEER_TIMEOUT:-0}
  /usr/bin/time -f '%e %M' -o "$work/time" timeout "$limit" "$@" > /dev/null 2> "$work/stderr" ||
    { [[ $? != 124 ]] || finished=false; }
  read -r sec kb < <(tail -1 "$work/time")
  printf '{"size":%s,"tool":"%s","command":"%s","seconds":%s,"max_rss_kb":%s,"finished":%s}\n' \
    "$size" "$tool" "$cmd" "$sec" "$kb" "$finished" >> "$work/raw.jsonl"
}
peer_on() { [[ ",$peers," == *,$1,* ]] && { [[ $1 != networkx ]] || (($2 <= 2000000)); }; }

for size in "${sizes[@]}"; do
  tsv="$data/graph-$size.tsv"
  [[ -s $tsv ]] || python3 bench/generate_graph.py "$size" 1 > "$tsv"
  for ((r = 0; r < ${KG_BENCH_IMPORT_RUNS:-$runs} || r == 0; r++)); do
    rm -f "$work"/store.db* "$work"/raw.db*
    timed kg import "$size" -- "$kg" --db "$work/store.db" import "$tsv"
    [[ ${KG_BENCH_FLOOR:-1} == 0 ]] || timed floor import "$size" -- build/bench/sqlite_raw "$tsv" "$work/raw.db"
  done
  rm -f "$work"/raw.db*
  # Ten entities picked uniformly among the distinct names (not PERSON: a surname alias could make
  # a name ambiguous), the same for every tool.
  mapfile -t names < <(python3 - "$tsv" << 'PY'
import random, sys
seen = {}
for line in open(sys.argv[1], encoding="utf-8"):
    c = line.split("\t")
    for name, typ in ((c[0], c[1]), (c[3], c[4])):
        if typ != "PERSON":
            seen.setdefault(name, typ)
rng = random.Random(5)
for name in rng.sample(sorted(seen), 20):
    print(name)
PY
)
  rm -f "$work/store.db-graph"
  timed kg path_first "$size" -- "$kg" --db "$work/store.db" path "${names[0]}" "${names[1]}"
  for ((i = 0; i < 20; i += 2)); do
    timed kg path "$size" -- "$kg" --db "$work/store.db" path "${names[i]}" "${names[i + 1]}"
    timed kg neighbors "$size" -- "$kg" --db "$work/store.db" neighbors "${names[i]}" --depth 2
  done
  for ((r = 0; r < runs; r++)); do
    timed kg stats "$size" -- "$kg" --db "$work/store.db" stats
    timed kg graphml "$size" -- "$kg" --db "$work/store.db" export --format graphml -o "$work/kg.graphml"
  done
  for tool in igraph networkx; do
    peer_on "$tool" "$size" || continue
    for ((r = 0; r < ${KG_BENCH_PEER_RUNS:-$runs}; r++)); do
      timed "$tool" graphml "$size" -- /usr/bin/python3 bench/peer_cli.py "$tool" graphml "$tsv" "$work/p.graphml"
      timed "$tool" stats "$size" -- /usr/bin/python3 bench/peer_cli.py "$tool" stats "$tsv"
    done
    for ((i = 0; i < 2 * ${KG_BENCH_PEER_PICKS:-3}; i += 2)); do  # loading dominates: a few picks
      timed "$tool" path "$size" -- /usr/bin/python3 bench/peer_cli.py "$tool" path "$tsv" "${names[i]}" "${names[i + 1]}"
      timed "$tool" neighbors "$size" -- /usr/bin/python3 bench/peer_cli.py "$tool" neighbors "$tsv" "${names[i]}"
    done
  done
  rm -f "$work"/store.db* "$work"/*.graphml
done
cp "$work/raw.jsonl" "$out"
python3 - "$out" << 'PY'
import collections, json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
cells = collections.defaultdict(list)
for r in rows:
    cells[(r["size"], r["command"], r["tool"])].append(r)
def med(key):
    rs = [r for r in cells.get(key, []) if r.get("finished", True)]
    if not rs:
        return None
    return statistics.median(r["seconds"] for r in rs), max(r["max_rss_kb"] for r in rs) / 1024
print("| triples | command | kg s (peak MB) | floor s | igraph s (MB) | networkx s (MB) | igraph/kg | networkx/kg |")
print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sorted({r["size"] for r in rows}):
    for cmd in ("import", "path_first", "path", "neighbors", "stats", "graphml"):
        kg = med((size, cmd, "kg"))
        if not kg:
            continue
        f = med((size, cmd, "floor"))
        peers = [med((size, cmd, t)) for t in ("igraph", "networkx")]
        fmt = lambda m: f"{m[0]:.3f} ({m[1]:.0f})" if m else ""
        ratio = lambda m: f"{m[0] / kg[0]:.1f}" if m and kg[0] > 0 else ""
        floor = f"{f[0]:.2f} ({f[0] and kg[0] / f[0]:.2f}x)" if f else ""
        print(f"| {size:,} | {cmd} | {fmt(kg)} | {floor} | {fmt(peers[0])} | {fmt(peers[1])} | "
              f"{ratio(peers[0])} | {ratio(peers[1])} |")
PY
