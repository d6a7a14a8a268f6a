#!/usr/bin/python3
"""Fits the news-edge confidence model of extract/graph_confidence.cpp on judged training sheets.

    fit_confidence.py DIR [DIR ...]

Each DIR is a sheet written by `precision_sample.py sample --offset ...` (stories that share none
with the judged test sample) and judged blind: triples.tsv (judgment column filled) and
picked.jsonl (the sampled triples as `kg triples --json` gives them, in id order). Fits a logistic
regression of "judged correct" on the features below (L2 penalty LAMBDA on the weights, not the
intercept; Newton's method), prints 5-fold cross-validated separation (share correct in the top
and bottom halves by predicted confidence, the same measure `precision_sample.py score` reports)
and the weights, in the feature order graph_confidence.cpp uses.

The features are what a reader of the triple sees: the rule family, whether the fact is a plain
assertion (not reported, modal or negated) and whether it is modal or negated, whether its ends are named things or bare one-word phrases, the relation's and
the sentence's length. graph_confidence.cpp computes the same from the stored triple."""
import csv
import json
import math
import pathlib
import random
import sys

LAMBDA = 2.0
SPEECH = {"ud/speech", "ud/according-to"}
COPULA = {"ud/cop", "ud/cop-obl"}
ROLE = {"ud/appos-isa", "ud/appos-role", "ud/title-role"}
OBLIQUE = {"ud/nsubj-obl", "ud/pass-obl", "ud/obj-nmod"}
UNNAMED = {"OTHER", "MONEY", "DATE", "QUANTITY", "PERCENT", "STATEMENT"}
NAMES = ["speech", "copula", "role", "oblique", "not_plain", "modal", "negated", "subject_named",
         "subject_bare", "object_bare", "long_relation", "long_sentence"]


def features(t):
    rule = t["extractor"]
    words = lambda s: len(s.split())
    return [
        rule in SPEECH,
        rule in COPULA,
        rule in ROLE,
        rule in OBLIQUE,
        # `asserted` in the JSON is model::IsAsserted: false when reported, modal or negated.
        not t["asserted"] and rule not in SPEECH,
        bool(t["modality"]),
        t["negated"],
        t["subject"]["type"] not in UNNAMED,
        t["subject"]["type"] == "OTHER" and words(t["subject"]["name"]) == 1,
        t["object"]["type"] == "OTHER" and words(t["object"]["name"]) == 1,
        words(t["relation"] or t["predicate"]) >= 3,
        words(t["evidence"]["sentence"]) > 35,
    ]


def load(dirs):
    xs, ys = [], []
    for d in map(pathlib.Path, dirs):
        rows = list(csv.DictReader(open(d / "triples.tsv"), delimiter="\t"))
        picked = [json.loads(line) for line in open(d / "picked.jsonl")]
        assert len(rows) == len(picked), f"{d}: sheet and picked.jsonl differ in length"
        for r, t in zip(rows, picked):
            xs.append([1.0] + [float(f) for f in features(t)])
            ys.append(1.0 if r["judgment"].strip().lower() == "correct" else 0.0)
    return xs, ys


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(xs, ys):
    k = len(xs[0])
    w = [0.0] * k
    for _ in range(30):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for i in range(k):
                grad[i] += (p - y) * x[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, k):
            grad[i] += LAMBDA * w[i]
            hess[i][i] += LAMBDA
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def predict(w, x):
    return 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))


def halves(scored):
    ranked = sorted(scored, key=lambda s: -s[0])
    n = len(ranked) // 2
    return sum(y for _, y in ranked[:n]) / n, sum(y for _, y in ranked[n:]) / (len(ranked) - n)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    xs, ys = load(sys.argv[1:])
    order = list(range(len(xs)))
    random.Random(20261201).shuffle(order)
    scored = []
    for fold in range(5):
        test = set(order[fold::5])
        w = fit([xs[i] for i in order if i not in test], [ys[i] for i in order if i not in test])
        scored += [(predict(w, xs[i]), ys[i]) for i in test]
    top, bottom = halves(scored)
    print(f"{len(xs)} judged triples, {sum(ys):.0f} correct; 5-fold cross-validated: top half "
          f"{100 * top:.0f}% correct, bottom half {100 * bottom:.0f}%")
    w = fit(xs, ys)
    top, bottom = halves([(predict(w, x), y) for x, y in zip(xs, ys)])
    print(f"in-sample: top half {100 * top:.0f}%, bottom half {100 * bottom:.0f}%")
    print(f"  {'intercept':14s} {w[0]:+.3f}")
    for name, weight in zip(NAMES, w[1:]):
        print(f"  {name:14s} {weight:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
