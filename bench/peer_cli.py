#!/usr/bin/python3
"""The peers of bench/cli_bench.sh: what a user of python-igraph or networkx runs to answer the
same question from the same TSV, as one process (load included, as kg's commands include theirs).

Usage: peer_cli.py TOOL JOB GRAPH.tsv [ARGS]
  TOOL: igraph | networkx
  JOB:  graphml OUT      load, write GraphML with every edge attribute
        path A B         load, one shortest path (either direction), print it
        neighbors X      load, the two-hop neighbourhood (either direction), print its names
        stats            load, count nodes, edges, weakly connected components
"""
import sys


def read(path):
    names, ids, src, dst, attrs = [], {}, [], [], {"predicate": [], "relation": [], "confidence": []}
    types = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            ends = []
            for name, typ in ((c[0], c[1]), (c[3], c[4])):
                key = (name, typ)
                if key not in ids:
                    ids[key] = len(names)
                    names.append(name)
                    types.append(typ)
                ends.append(ids[key])
            src.append(ends[0])
            dst.append(ends[1])
            attrs["predicate"].append(c[2])
            attrs["relation"].append(c[5] if len(c) > 5 else c[2])
            attrs["confidence"].append(float(c[6]) if len(c) > 6 else 1.0)
    return names, types, src, dst, attrs


def by_name(names, name):
    return names.index(name)


def igraph_job(job, args, data):
    import igraph
    names, types, src, dst, attrs = data
    g = igraph.Graph(n=len(names), edges=list(zip(src, dst)), directed=True)
    g.vs["name"] = names
    g.vs["type"] = types
    for k, v in attrs.items():
        g.es[k] = v
    if job == "graphml":
        g.write_graphml(args[0])
    elif job == "path":
        p = g.get_shortest_paths(by_name(names, args[0]), to=by_name(names, args[1]), mode="all",
                                 output="epath")[0]
        for e in p:
            print(names[src[e]], attrs["predicate"][e], names[dst[e]])
    elif job == "neighbors":
        for v in g.neighborhood(by_name(names, args[0]), order=2, mode="all"):
            print(names[v])
    elif job == "stats":
        print(g.vcount(), g.ecount(), len(g.connected_components(mode="weak")))


def networkx_job(job, args, data):
    import networkx as nx
    names, types, src, dst, attrs = data
    g = nx.MultiDiGraph()
    for v, (name, typ) in enumerate(zip(names, types)):
        g.add_node(v, name=name, type=typ)
    for i, (s, o) in enumerate(zip(src, dst)):
        g.add_edge(s, o, predicate=attrs["predicate"][i], relation=attrs["relation"][i],
                   confidence=attrs["confidence"][i])
    if job == "graphml":
        nx.write_graphml(g, args[0])
    elif job == "path":
        u = g.to_undirected(as_view=True)
        p = nx.shortest_path(u, by_name(names, args[0]), by_name(names, args[1]))
        print(" ".join(names[v] for v in p))
    elif job == "neighbors":
        u = g.to_undirected(as_view=True)
        for v in nx.single_source_shortest_path_length(u, by_name(names, args[0]), 2):
            print(names[v])
    elif job == "stats":
        print(g.number_of_nodes(), g.number_of_edges(),
              nx.number_weakly_connected_components(g))


def main():
    tool, job, path, *args = sys.argv[1:]
    data = read(path)
    {"igraph": igraph_job, "networkx": networkx_job}[tool](job, args, data)


if __name__ == "__main__":
    main()
