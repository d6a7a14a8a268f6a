#!/usr/bin/env python3
"""The extraction benchmark: real news stories through `kg ingest`, text to committed triples, on 1
and 2 threads. Prints sentences/s and words/s, the seconds per stage, parse time by sentence
length, the speed-up, and whether both runs stored the same triples; with the CaRB data present,
the CaRB score too (the same extractor the threads run).

    extract.py KG CORPUS_DIR [ARTICLES=200] [RUNS=1] [OUT.json]

ARTICLES are taken evenly across the corpus (every k-th file). Skips, with a note, when the
corpus is absent (it lives in ../shared, outside the project)."""
import json
import os
import statistics
import subprocess
import sys
import tempfile


def ingest(kg, db, files, threads):
    out = subprocess.run([kg, "--db", db, "ingest", "--json", "--profile", "--threads", str(threads)] + files,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def triples(kg, db):
    return subprocess.run([kg, "--db", db, "triples", "--json"], check=True, capture_output=True,
                          text=True).stdout


def carb(kg, shared):
    dev = os.path.join(shared, "eval", "carb", "dev.txt")
    gold = os.path.join(shared, "eval", "carb", "dev_gold.tsv")
    scorer = os.path.join(shared, "eval", "carb_score.py")
    if not all(os.path.exists(p) for p in (dev, gold, scorer)):
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as pred:
        subprocess.run([kg, "extract", "--format", "carb", "--sentences", dev], check=True, stdout=pred)
    out = subprocess.run([sys.executable, scorer, "--gold", gold, "--pred", pred.name], check=True,
                         capture_output=True, text=True).stdout
    os.unlink(pred.name)
    return out.strip()


def main():
    kg, corpus = sys.argv[1], sys.argv[2]
    articles = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    out_path = sys.argv[5] if len(sys.argv) > 5 else None
    if not os.path.isdir(corpus):
        print(f"extract.py: no corpus at {corpus}: skipped", file=sys.stderr)
        return
    names = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
    step = max(1, len(names) // articles)
    files = [os.path.join(corpus, f) for f in names[::step][:articles]]
    results = {}
    stores = {}
    with tempfile.TemporaryDirectory() as work:
        for threads in (1, 2):
            profiles = []
            for r in range(runs):
                db = os.path.join(work, f"t{threads}-{r}.db")
                profiles.append(ingest(kg, db, files, threads)["profile"])
                stores[threads] = triples(kg, db)
            seconds = statistics.median(p["seconds"] for p in profiles)
            p = min(profiles, key=lambda x: abs(x["seconds"] - seconds))
            results[threads] = dict(p, seconds=seconds)
    one, two = results[1], results[2]
    print(f"{len(files)} articles, {one['sentences']} sentences, {one['words']} words")
    print(f"{'threads':>7s} {'seconds':>8s} {'sent/s':>7s} {'words/s':>8s}   stage seconds (summed over threads)")
    for t, r in results.items():
        stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items())
        print(f"{t:7d} {r['seconds']:8.2f} {r['sentences'] / r['seconds']:7.1f} {r['words'] / r['seconds']:8.0f}   {stages}")
    speedup = one["seconds"] / two["seconds"]
    same = stores[1] == stores[2]
    # The UD extractor's output depends only on the text: any difference is a bug.
    one_rows = set(json.dumps(t, sort_keys=True) for t in json.loads(stores[1])["triples"])
    two_rows = set(json.dumps(t, sort_keys=True) for t in json.loads(stores[2])["triples"])
    differ = len(one_rows ^ two_rows)
    print(f"speed-up on 2 threads: {speedup:.2f}x; same triples stored: "
          f"{'yes' if same else f'no, {differ} of {len(one_rows)} differ'}")
    print("parse time by sentence length (1 thread):")
    for b in one["parse_by_words"]:
        print(f"  {b['words']:>6s} words: {b['sentences']:5d} sentences, median {b['median_ms']:7.2f} ms, p90 {b['p90_ms']:7.2f} ms")
    score = carb(kg, os.path.join(corpus, "..", ".."))
    if score:
        print("CaRB dev:", score.replace("\n", "; "))
    if out_path:
        json.dump({"articles": len(files), "runs": runs, "results": results, "speedup": speedup,
                   "same_triples": same, "differing_triples": differ, "carb": score},
                  open(out_path, "w"), indent=1)


if __name__ == "__main__":
    main()
