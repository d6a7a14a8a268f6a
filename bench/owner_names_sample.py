#!/usr/bin/python3
"""Blind check of the owners kg names nodes for ("its board" -> "Vantora's board", session 49).

  triples: owner_names_sample.py triples --kg KG --stories N --out FILE.tsv
      Ingests every N-th story of ../shared/corpus/news (in name order; 5 gives the 1,000 stories
      of the session notes) into a fresh store and writes one line a triple: the sentence, a tab,
      the triple as precision_sample.py renders it.
  sample: owner_names_sample.py sample --base BASE.tsv --new NEW.tsv --stories N --out DIR
      Finds the triples of NEW that BASE has with the same sentence and relation and a side that
      NEW names for an owner ("X's rest" or "X' rest" where BASE had "rest" or "company's rest"),
      draws --n of them with --seed, and writes DIR/owners.tsv: id, the story's text just before
      the sentence (700 characters), the sentence, the node, the phrase as BASE had it, and empty
      `owner_right` (yes | no | unclear) and `note` columns, for a fresh reader
      (bench/judged/*-owner-names/INSTRUCTIONS.md).

The corpus is research-only data: the sheets quote sentences and stay in bench/judged. Exits 77
when ../shared/corpus/news is absent.
"""
import argparse
import os
import pathlib
import random
import re
import subprocess
import sys
import tempfile

SOURCE = pathlib.Path(__file__).resolve().parent.parent
CORPUS = SOURCE.parent / "shared" / "corpus" / "news"
sys.path.insert(0, str(SOURCE / "bench"))
import precision_sample as ps  # noqa: E402

TRIPLE = re.compile(r"^(.*?) \(([A-Z]+)\) -\[(.*?)\]-> (.*?) \(([A-Z]+)\)")
OWNED = re.compile(r"^(.+?)(?:'s|') (.+)$")


def stories(step):
    return sorted(str(p) for p in CORPUS.glob("*.txt"))[::step]


def triples(args):
    with tempfile.TemporaryDirectory() as tmp:
        db = tmp + "/owners.db"
        subprocess.run([args.kg, "--db", db, "ingest", *stories(args.stories)], check=True,
                       stdout=subprocess.DEVNULL, env=dict(os.environ))
        found = ps.kg_json(args.kg, db, "triples", "--limit", "0")["triples"]
    with open(args.out, "w") as f:
        for t in found:
            f.write(t["evidence"]["sentence"].replace("\t", " ") + "\t" + ps.render(t) + "\n")


def renamed(base_lines, new_lines):
    """(sentence, new name, old name) of each side NEW names for an owner where BASE did not."""
    old = {}
    for line in base_lines:
        sentence, _, triple = line.partition("\t")
        old.setdefault(sentence, []).append(triple)
    out = set()
    for line in new_lines:
        sentence, _, triple = line.partition("\t")
        m = TRIPLE.match(triple)
        if not m:
            continue
        for side in (1, 4):
            owned = OWNED.match(m.group(side))
            if not owned:
                continue
            rest = owned.group(2)
            for before in old.get(sentence, []):
                b = TRIPLE.match(before)
                if not b or b.group(3) != m.group(3):
                    continue
                name = b.group(side)
                if name == rest or name.endswith("'s " + rest) or name.endswith("' " + rest):
                    out.add((sentence, m.group(side), name))
                    break
    return sorted(out)


def sample(args):
    base = pathlib.Path(args.base).read_text().splitlines()
    new = set(pathlib.Path(args.new).read_text().splitlines())
    changed = [line for line in new if line not in set(base)]
    candidates = renamed(base, changed)
    random.seed(args.seed)
    picked = random.sample(candidates, min(args.n, len(candidates)))
    texts = [re.sub(r"\s+", " ", pathlib.Path(p).read_text()) for p in stories(args.stories)]
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "owners.tsv", "w") as f:
        f.write("id\tcontext_before\tsentence\tnode\twritten_as\towner_right\tnote\n")
        for k, (sentence, node, before) in enumerate(picked, 1):
            key = re.sub(r"\s+", " ", sentence)
            context = ""
            for text in texts:
                at = text.find(key[:60])
                if at < 0:
                    at = text.find(key[:30])
                if at >= 0:
                    context = text[max(0, at - 700):at]
                    break
            row = [str(k), context, sentence, node, before, "", ""]
            f.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
    print(f"{len(candidates)} renamed sides, {len(picked)} drawn with seed {args.seed}")


def main():
    if not CORPUS.is_dir():
        print("owner_names_sample: ../shared/corpus/news is absent: skipped")
        return 77
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("triples")
    t.add_argument("--kg", required=True)
    t.add_argument("--stories", type=int, default=5)
    t.add_argument("--out", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--base", required=True)
    s.add_argument("--new", required=True)
    s.add_argument("--stories", type=int, default=5)
    s.add_argument("--seed", type=int, default=49)
    s.add_argument("--n", type=int, default=40)
    s.add_argument("--out", required=True)
    args = parser.parse_args()
    (triples if args.command == "triples" else sample)(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
