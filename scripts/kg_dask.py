#!/usr/bin/python3
"""Builds one kg store on a Dask distributed cluster: extraction is the map step, `kg merge` the
reduce.

The input files are split into SHARDS contiguous groups (in sorted order); each group runs as one
task, `kg --db WORK/shard-N.db ingest FILES...` on a worker, and the shard stores are then merged,
in shard order, into the target with `kg merge` (articles by content hash, entities by name, type
and aliases, one transaction per shard, so an interrupted merge can simply be run again).

Usage:
    kg_dask.py --scheduler tcp://HOST:8786 --into all.db [--shards N] [--work DIR] [--kg PATH]
               INPUT...
    kg_dask.py --scheduler-file sched.json ...      (the file `dask-scheduler --scheduler-file` writes)
INPUT: files or folders (.txt .md .html .jsonl, recursively), as `kg ingest` takes them.

On a real cluster: start `dask-scheduler` on one machine and `dask-worker tcp://SCHEDULER:8786
--nthreads 1` on each (one thread per worker process: kg ingest uses its own threads when asked);
every worker needs `kg` installed and must see the input files and the --work folder at the same
paths (a shared file system such as NFS). Run this driver anywhere that sees them too.
Exit status: 0 when every shard was ingested and merged, 1 otherwise (the failing shard is named).
"""
import argparse
import os
import pathlib
import subprocess
import sys

SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}


def input_files(paths):
    files = []
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            files += [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES]
        else:
            files.append(p)
    return sorted(str(f.resolve()) for f in files)


def split(files, shards):
    """Contiguous groups of nearly equal size, in order: shard i holds files[i*k : (i+1)*k]."""
    shards = max(1, min(shards, len(files)))
    size, extra = divmod(len(files), shards)
    out, at = [], 0
    for i in range(shards):
        n = size + (1 if i < extra else 0)
        out.append(files[at:at + n])
        at += n
    return out


def ingest_shard(kg, store, files):
    """Runs on a worker: one shard's files into one shard store. Returns (store, summary)."""
    for suffix in ("", "-wal", "-shm", "-graph"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    run = subprocess.run([kg, "--db", store, "ingest", "--threads", "1", *files],
                         capture_output=True, text=True)
    if run.returncode not in (0, 3):  # 3: finished, some inputs rejected and reported
        raise RuntimeError(f"{store}: kg ingest failed ({run.returncode}): {run.stderr.strip()}")
    return store, run.stdout.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="the scheduler's address, e.g. tcp://10.0.0.1:8786")
    where.add_argument("--scheduler-file", help="the JSON file dask-scheduler wrote")
    ap.add_argument("--into", required=True, help="the store to build (merged into if it exists)")
    ap.add_argument("--shards", type=int, default=0, help="default: twice the workers' threads")
    ap.add_argument("--work", default=None, help="folder for the shard stores (shared)")
    ap.add_argument("--kg", default="kg", help="the kg binary on the workers (default: kg)")
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args()
    from distributed import Client  # imported here so that --help works without Dask

    files = input_files(args.inputs)
    if not files:
        sys.exit("kg_dask: error: no input files")
    work = pathlib.Path(args.work or (args.into + ".shards")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    with Client(address=args.scheduler, scheduler_file=args.scheduler_file) as client:
        shards = args.shards or 2 * max(1, sum(client.nthreads().values()))
        groups = split(files, shards)
        stores = [str(work / f"shard-{i:04d}.db") for i in range(len(groups))]
        futures = client.map(ingest_shard, [args.kg] * len(groups), stores, groups, pure=False)
        for store, summary in client.gather(futures):
            print(f"{store}: {summary}", file=sys.stderr)
    merge = subprocess.run([args.kg, "merge", *stores, "--into", args.into])
    if merge.returncode != 0:
        sys.exit(f"kg_dask: error: kg merge into {args.into} failed ({merge.returncode})")


if __name__ == "__main__":
    main()
