#!/usr/bin/env python3
"""Blind paired judging of two extractions of the same stories: which one's own triples are right?

Two stores of the same articles (say, one ingested with the shipped parser, one with a candidate
parser) differ in some sentences. This samples, with a fixed seed, N triples found only by A and
N found only by B, shuffles them into one sheet that does not say which side a row came from, and
keeps the sides in key.tsv. A fresh reader fills the sheet (bench/judged/INSTRUCTIONS.md, the
triples part); `score` then gives each side's correct / partly / wrong counts. Triples both
sides share are not judged: they cannot tell the two apart.

  python3 bench/paired_sample.py sample A.tsv B.tsv --n 40 --seed 1 --out DIR
  python3 bench/paired_sample.py score DIR

A.tsv and B.tsv are `kg triples --limit 0 --format tsv` of the two stores.
"""
import argparse
import collections
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from precision_sample import render  # noqa: E402  (the sheets show triples the same way)

csv.field_size_limit(10**9)


def load(path):
    """{(article, sentence): {rendered triple}} of a `kg triples --format tsv` file."""
    out = collections.defaultdict(set)
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            t = {
                "subject": {"name": row["subject_name"], "type": row["subject_type"]},
                "object": {"name": row["object_name"], "type": row["object_type"]},
                "predicate": row["predicate"], "relation": row["relation"],
                "negated": row["negated"] == "true", "modality": row["modality"],
                "attributed_to": row["attributed_to"], "asserted": row["asserted"] == "true",
                "time": row["time"], "value": row["value"],
            }
            key = (Path(row["evidence_article"]).name, row["evidence_sentence"])
            out[key].add(render(t))
    return out


def sample(args):
    a, b = load(args.a), load(args.b)
    only = {"A": [], "B": []}
    for key in sorted(set(a) | set(b)):
        only["A"] += [(key, t) for t in sorted(a.get(key, set()) - b.get(key, set()))]
        only["B"] += [(key, t) for t in sorted(b.get(key, set()) - a.get(key, set()))]
    rng = random.Random(args.seed)
    rows = []
    for side in ("A", "B"):
        picked = rng.sample(only[side], min(args.n, len(only[side])))
        rows += [(side, key, t) for key, t in picked]
    rng.shuffle(rows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "triples.tsv", "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "sentence", "triple", "judgment", "note"])
        for i, (_, key, t) in enumerate(rows, 1):
            w.writerow([i, key[1].replace("\t", " ").replace("\n", " "), t, "", ""])
    with open(out / "key.tsv", "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "side", "article"])
        for i, (side, key, _) in enumerate(rows, 1):
            w.writerow([i, side, key[0]])
    print(f"A only: {len(only['A'])} triples, B only: {len(only['B'])}; sampled "
          f"{sum(1 for r in rows if r[0] == 'A')} + {sum(1 for r in rows if r[0] == 'B')} "
          f"(seed {args.seed}) -> {out}/triples.tsv")


def score(args):
    out = Path(args.dir)
    with open(out / "key.tsv", newline="") as f:
        side = {r["id"]: r["side"] for r in csv.DictReader(f, delimiter="\t")}
    counts = {s: collections.Counter() for s in ("A", "B")}
    with open(out / "triples.tsv", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            counts[side[r["id"]]][r["judgment"].strip().lower() or "unjudged"] += 1
    for s in ("A", "B"):
        c = counts[s]
        n = sum(c.values())
        print(f"{s} only: {n} judged: correct {c['correct']}, partly {c['partly']}, "
              f"wrong {c['wrong']}" + (f", unjudged {c['unjudged']}" if c["unjudged"] else "")
              + (f" ({100 * c['correct'] / n:.0f}% correct)" if n else ""))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("a")
    s.add_argument("b")
    s.add_argument("--n", type=int, default=40)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--out", required=True)
    c = sub.add_parser("score")
    c.add_argument("dir")
    args = p.parse_args()
    sample(args) if args.cmd == "sample" else score(args)


if __name__ == "__main__":
    main()
