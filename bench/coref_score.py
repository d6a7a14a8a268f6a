#!/usr/bin/env python3
"""Scores kg's pronoun resolution against the coreference chains of a GUM-style CoNLL-U file.

    build/cli/kg coref --tokenized GOLD.conllu > kg-coref.tsv
    python3 bench/coref_score.py GOLD.conllu kg-coref.tsv [--doc-prefix GUM_news_]

Gold: the `Entity=` annotations in MISC ("(ID-type-..." opens a mention, "ID)" closes it,
"(ID-...)" is a one-token mention; mentions with one ID in one document corefer). A pronoun is a
token whose form is a third-person personal, possessive or reflexive pronoun (he, his, it,
their, ...) and whose gold UPOS is PRON or DET. It "has an antecedent" when a one-token mention
covers it and its chain has a mention starting before it.

kg: the rows of `kg coref` (doc, sentence and token of the pronoun, sentence and token of its
antecedent or "_"), sentences numbered from 1 over the whole file, tokens by CoNLL-U id.

A resolved pronoun is right when its antecedent token lies inside a mention of the pronoun's
chain (any such mention: `right`; the innermost mention around the token: `strict`). A resolved
pronoun with no gold chain (non-referential "it", a first mention) counts as resolved and wrong.
Prints counts by pronoun and overall, precision (right / resolved) and coverage (right / gold
pronouns with an antecedent). Exit status 2 with a one-line message for unreadable input.
"""
import argparse
import collections
import sys

PRONOUNS = {
    "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
    "they", "them", "their", "theirs", "themselves",
}


def parse_entity(field, where):
    """The mention events of one MISC Entity value: ('open', id), ('close', id), ('single', id)."""
    events = []
    i = 0
    while i < len(field):
        c = field[i]
        if c == "(":
            j = i + 1
            while j < len(field) and field[j] not in "()":
                j += 1
            ident = field[i + 1:j].split("-")[0]
            if not ident:
                raise ValueError(f"{where}: empty mention id in Entity={field}")
            if j < len(field) and field[j] == ")":
                events.append(("single", ident))
                j += 1
            else:
                events.append(("open", ident))
            i = j
        elif c.isdigit():
            j = i
            while j < len(field) and field[j].isdigit():
                j += 1
            if j >= len(field) or field[j] != ")":
                raise ValueError(f"{where}: bad closing bracket in Entity={field}")
            events.append(("close", field[i:j]))
            i = j + 1
        else:
            raise ValueError(f"{where}: unexpected {c!r} in Entity={field}")
    return events


def read_gold(path):
    """docs: {doc: {"mentions": [(start, end, id)], "pronouns": {pos: (form)}}}, pos = (sent, tok)."""
    docs = collections.OrderedDict()
    doc = None
    sentence = 0
    in_sentence = False
    open_mentions = []  # (id, start)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            where = f"{path}:{n}"
            if not line:
                in_sentence = False
                continue
            if line.startswith("#"):
                if line.startswith("# newdoc id = "):
                    doc = line[len("# newdoc id = "):].strip()
                    docs[doc] = {"mentions": [], "pronouns": {}}
                    open_mentions = []
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{where}: expected 10 tab-separated columns, got {len(cols)}")
            if "-" in cols[0] or "." in cols[0]:
                continue
            if not in_sentence:
                in_sentence = True
                sentence += 1
            if doc is None:
                doc = "-"
                docs[doc] = {"mentions": [], "pronouns": {}}
            d = docs[doc]
            pos = (sentence, int(cols[0]))
            if cols[1].lower() in PRONOUNS and cols[3] in ("PRON", "DET"):
                d["pronouns"][pos] = cols[1].lower()
            for item in cols[9].split("|"):
                if not item.startswith("Entity="):
                    continue
                for kind, ident in parse_entity(item[len("Entity="):], where):
                    if kind == "single":
                        d["mentions"].append((pos, pos, ident))
                    elif kind == "open":
                        open_mentions.append((ident, pos))
                    else:
                        for k in range(len(open_mentions) - 1, -1, -1):
                            if open_mentions[k][0] == ident:
                                d["mentions"].append((open_mentions[k][1], pos, ident))
                                del open_mentions[k]
                                break
                        else:
                            raise ValueError(f"{where}: mention {ident} closed but never opened")
    return docs


def read_kg(path):
    """{(doc, (sent, tok)): (form, antecedent pos or None)}."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:6] != ["doc", "sentence", "token", "form", "antecedent_sentence",
                          "antecedent_token"]:
            raise ValueError(f"{path}:1: not a `kg coref` table (header {header[:6]})")
        for n, line in enumerate(f, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 6:
                raise ValueError(f"{path}:{n}: expected at least 6 columns, got {len(cols)}")
            try:
                pos = (int(cols[1]), int(cols[2]))
                ante = None if cols[4] == "_" else (int(cols[4]), int(cols[5]))
            except ValueError:
                raise ValueError(f"{path}:{n}: sentence and token must be numbers") from None
            rows[(cols[0], pos)] = (cols[3].lower(), ante)
    return rows


def score(docs, rows, doc_prefix=""):
    """Counts by pronoun form: gold (with antecedent), resolved, right, strict."""
    counts = collections.defaultdict(collections.Counter)
    for name, d in docs.items():
        if not name.startswith(doc_prefix):
            continue
        mentions = d["mentions"]
        single = {}
        for start, end, ident in mentions:
            if start == end:
                single.setdefault(start, ident)
        first = {}
        for start, _end, ident in mentions:
            first[ident] = min(first.get(ident, start), start)
        chain_of = {}
        for pos, form in d["pronouns"].items():
            ident = single.get(pos)
            if ident is not None and first[ident] < pos:
                chain_of[pos] = ident
                counts[form]["gold"] += 1
        for (doc, pos), (form, ante) in rows.items():
            if doc != name or ante is None or form not in PRONOUNS:
                continue
            counts[form]["resolved"] += 1
            ident = chain_of.get(pos)
            if ident is None:
                counts[form]["no gold antecedent"] += 1
                continue
            around = [m for m in mentions if m[0] <= ante <= m[1]]
            if any(m[2] == ident for m in around):
                counts[form]["right"] += 1
            if around:
                innermost = min(around, key=lambda m: (m[1][0] - m[0][0], m[1][1] - m[0][1]))
                if innermost[2] == ident:
                    counts[form]["strict"] += 1
    return counts


def report(counts, title, out=None):
    out = out or sys.stdout
    total = collections.Counter()
    print(f"== {title}", file=out)
    print(f"{'pronoun':<11}{'gold':>6}{'resolved':>10}{'right':>7}{'strict':>8}{'no-gold':>9}",
          file=out)
    for form in sorted(counts, key=lambda f: -counts[f]["gold"]):
        c = counts[form]
        total.update(c)
        print(f"{form:<11}{c['gold']:>6}{c['resolved']:>10}{c['right']:>7}{c['strict']:>8}"
              f"{c['no gold antecedent']:>9}", file=out)
    resolved = total["resolved"]
    gold = total["gold"]
    precision = 100.0 * total["right"] / resolved if resolved else 0.0
    strict = 100.0 * total["strict"] / resolved if resolved else 0.0
    coverage = 100.0 * total["right"] / gold if gold else 0.0
    print(f"{'all':<11}{gold:>6}{resolved:>10}{total['right']:>7}{total['strict']:>8}"
          f"{total['no gold antecedent']:>9}", file=out)
    print(f"precision {precision:.1f}% (strict {strict:.1f}%) of {resolved} resolved; "
          f"coverage {coverage:.1f}% of {gold} gold pronouns with an antecedent", file=out)
    return total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", help="CoNLL-U with GUM Entity= annotations")
    ap.add_argument("kg", help="output of `kg coref --tokenized GOLD`")
    ap.add_argument("--doc-prefix", action="append", default=[],
                    help="also report the documents whose id starts with this (repeatable)")
    args = ap.parse_args(argv)
    try:
        docs = read_gold(args.gold)
        rows = read_kg(args.kg)
    except (OSError, ValueError, UnicodeDecodeError) as e:
        print(f"coref_score: {e}", file=sys.stderr)
        return 2
    report(score(docs, rows), f"{args.gold}: all {len(docs)} documents")
    for prefix in args.doc_prefix:
        n = sum(1 for d in docs if d.startswith(prefix))
        report(score(docs, rows, prefix), f"{args.gold}: {n} documents {prefix}*")
    return 0


if __name__ == "__main__":
    sys.exit(main())
