#!/usr/bin/env python3
"""The same workloads as graph_bench.cpp, in networkx, python-igraph and plain SQLite, on the same
triples.

Prints one JSON object per (tool, phase) with the median seconds. Usage:
    peers.py graph.tsv [runs] [sqlite.db]
sqlite.db is a store with kg's tables (bench/sqlite_raw makes one): the peer is what a user of a
plain SQLite store writes, recursive CTEs over the triples table with its indexes.
A peer that is not installed is skipped with a note on stderr.
"""
import io
import os
import json
import random
import statistics
import sys
import time


def timed(fn, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(tool, phase, seconds):
    print(json.dumps({"tool": tool, "phase": phase, "seconds": round(seconds, 6)}), flush=True)


def read(path):
    edges = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            edges.append((c[0] + "|" + c[1], c[3] + "|" + c[4], c[2]))
    return edges


def bench_networkx(edges, runs):
    import networkx as nx
    holder = {}

    def load():
        g = nx.MultiDiGraph()
        for s, o, p in edges:
            g.add_edge(s, o, predicate=p)
        holder["g"] = g
    report("networkx", "load", timed(load, runs))
    g = holder["g"]
    u = g.to_undirected(as_view=True)
    nodes = list(g.nodes())
    rng = random.Random(7)
    report("networkx", "hop1", timed(lambda: [len(nx.single_source_shortest_path_length(u, rng.choice(nodes), 1)) for _ in range(1000)], runs))
    report("networkx", "hop2", timed(lambda: [len(nx.single_source_shortest_path_length(u, rng.choice(nodes), 2)) for _ in range(1000)], runs))

    def paths():
        for _ in range(200):
            try:
                nx.shortest_path(u, rng.choice(nodes), rng.choice(nodes))
            except nx.NetworkXNoPath:
                pass
    report("networkx", "paths", timed(paths, runs))
    report("networkx", "degree", timed(lambda: sorted(g.degree, key=lambda x: -x[1])[:20], runs))
    def pagerank():
        # 50 iterations, like kg's: a tolerance that is never met, and the non-convergence ignored.
        try:
            nx.pagerank(nx.DiGraph(g), max_iter=50, tol=1e-300)
        except nx.PowerIterationFailedConvergence:
            pass
    report("networkx", "pagerank", timed(pagerank, 1))
    report("networkx", "components", timed(lambda: list(nx.weakly_connected_components(g)), runs))
    report("networkx", "graphml", timed(lambda: nx.write_graphml(g, io.BytesIO()), 1))


def bench_igraph(edges, runs):
    import igraph
    holder = {}

    def load():
        index = {}
        pairs = []
        for s, o, _ in edges:
            pairs.append((index.setdefault(s, len(index)), index.setdefault(o, len(index))))
        g = igraph.Graph(n=len(index), edges=pairs, directed=True)
        g.vs["name"] = list(index)
        g.es["predicate"] = [p for _, _, p in edges]
        holder["g"] = g
    report("igraph", "load", timed(load, runs))
    g = holder["g"]
    n = g.vcount()
    rng = random.Random(7)
    report("igraph", "hop1", timed(lambda: [len(g.neighborhood(rng.randrange(n), order=1, mode="all")) for _ in range(1000)], runs))
    report("igraph", "hop2", timed(lambda: [len(g.neighborhood(rng.randrange(n), order=2, mode="all")) for _ in range(1000)], runs))
    report("igraph", "paths", timed(lambda: [g.get_shortest_paths(rng.randrange(n), rng.randrange(n), mode="all") for _ in range(200)], runs))
    report("igraph", "degree", timed(lambda: sorted(range(n), key=g.degree, reverse=True)[:20], runs))
    report("igraph", "pagerank", timed(lambda: g.pagerank(), runs))
    report("igraph", "components", timed(lambda: g.connected_components(mode="weak"), runs))
    report("igraph", "graphml", timed(lambda: g.write_graphml("/dev/null"), 1))
    report("igraph", "dot", timed(lambda: g.write_dot("/dev/null"), 1))


# Edges followed in either direction: two recursive steps, each on its own index (SQLite 3.34+).
SQL_WALK = """
WITH RECURSIVE walk(id, d) AS (
  SELECT ?1, 0
  UNION
  SELECT t.object_id, walk.d + 1 FROM walk JOIN triples t ON t.subject_id = walk.id
  WHERE walk.d < ?2
  UNION
  SELECT t.subject_id, walk.d + 1 FROM walk JOIN triples t ON t.object_id = walk.id
  WHERE walk.d < ?2)
"""
SQL_REACH = SQL_WALK + "SELECT id, min(d) FROM walk GROUP BY id"
# The walk is breadth-first (a FIFO queue), so the first row for the target is the shortest; the
# LIMIT stops the walk there.
SQL_PATH = SQL_WALK + "SELECT d FROM walk WHERE id = ?3 LIMIT 1"


def bench_sqlite(path, runs, paths):
    import sqlite3
    db = sqlite3.connect(path)
    db.execute("PRAGMA cache_size = -131072")
    ids = [r[0] for r in db.execute("SELECT id FROM entities")]
    rng = random.Random(7)
    report("sqlite", "hop1", timed(lambda: [db.execute(SQL_REACH, (rng.choice(ids), 1)).fetchall() for _ in range(1000)], runs))
    # Two-hop walks revisit every vertex once per depth; one run of them is long enough.
    report("sqlite", "hop2", timed(lambda: [db.execute(SQL_REACH, (rng.choice(ids), 2)).fetchall() for _ in range(1000)], 1))
    # Each path query walks most of the graph: run `paths` of them and scale to 200.
    t = timed(lambda: [db.execute(SQL_PATH, (rng.choice(ids), 6, rng.choice(ids))).fetchall() for _ in range(paths)], 1)
    report("sqlite", "paths", t * 200 / paths)
    report("sqlite", "degree", timed(lambda: db.execute(
        "SELECT x, count(*) FROM (SELECT subject_id AS x FROM triples UNION ALL "
        "SELECT object_id FROM triples) GROUP BY x ORDER BY 2 DESC LIMIT 20").fetchall(), runs))


def main():
    edges = read(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    # KG_BENCH_PEERS=igraph,sqlite runs only those (a quick check of one ratio).
    wanted = set(filter(None, os.environ.get("KG_BENCH_PEERS", "networkx,igraph,sqlite").split(",")))
    if len(sys.argv) > 3 and "sqlite" in wanted:
        bench_sqlite(sys.argv[3], runs, int(sys.argv[4]) if len(sys.argv) > 4 else 10)
    for name, fn in (("networkx", bench_networkx), ("igraph", bench_igraph)):
        if name not in wanted:
            continue
        try:
            fn(edges, runs)
        except ImportError as e:
            print(f"peers: {name} not installed ({e})", file=sys.stderr)


if __name__ == "__main__":
    main()
