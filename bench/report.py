#!/usr/bin/env python3
"""Prints the benchmark table and writes the JSON file. Usage:
    report.py results.jsonl TRIPLES out.json
Each row is a phase: kg's median seconds, each peer's, and peer/kg (above 1: kg is faster)."""
import collections
import datetime
import json
import os
import platform
import sys

PEERS = ("igraph", "networkx", "sqlite", "kuzu", "floor")


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} x {cpu}, {mem / 2**20:.0f} GiB, {platform.system()} {platform.release()}"


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    times = collections.defaultdict(dict)
    values = {}
    for r in rows:
        if "seconds" in r:
            times[r["phase"]][r["tool"]] = r["seconds"]
        else:
            values[r["phase"]] = r["value"]
    head = f"{'phase':15s} {'kg s':>10s}" + "".join(f" {p + ' s':>11s}" for p in PEERS)
    head += "".join(f" {p + '/kg':>11s}" for p in PEERS)
    print(head)
    for phase, t in times.items():
        kg = t.get("kg")
        cells = [f"{kg:10.6f}" if kg is not None else f"{'-':>10s}"]
        cells += [f"{t[p]:11.4f}" if p in t else f"{'-':>11s}" for p in PEERS]
        cells += [f"{t[p] / kg:11.2f}" if kg and p in t else f"{'-':>11s}" for p in PEERS]
        print(f"{phase:15s} " + " ".join(cells))
    for name, value in values.items():
        print(f"{name:28s} {value:10.1f}")
    json.dump({"triples": int(sys.argv[2]), "date": datetime.date.today().isoformat(),
               "machine": machine(), "results": rows}, open(sys.argv[3], "w"), indent=1)


if __name__ == "__main__":
    main()
