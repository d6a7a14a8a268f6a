#!/usr/bin/python3
"""Blind precision judging of kg's triples and entity nodes on real news (issue 11).

  sample: precision_sample.py sample --kg build/cli/kg --out bench/judged/DIR
      Picks STORIES stories spread evenly over ../shared/corpus/news (every len/STORIES-th file in
      name order, from file OFFSET), ingests them into a fresh store, and draws TRIPLES triples
      and ENTITIES entity nodes with a fixed seed, and STATEMENTS statement nodes (the reported
      clauses, type STATEMENT, which are no entities) with the same seed. Writes, in DIR:
        triples.tsv   the judging sheet: id, sentence, triple as the user sees it, empty `judgment`
                      (correct | partly | wrong) and `note` columns. Nothing else: no confidence, no
                      rule, so the judge sees only what a reader sees.
        entities.tsv  id, name, type, one sentence that mentions it, empty `junk` (yes | no) and
                      `type_right` (yes | no | n/a for OTHER and value nodes) columns. No
                      STATEMENT node: `kg entities` lists none.
        statements.tsv id, statement, one sentence that reports it, empty `complete` column (yes:
                      the whole clause the sentence reports | no: cut or padded).
        key.tsv       id -> confidence and extractor rule, for scoring after judging.
        picked.jsonl  the sampled triples as `kg triples --json` gives them, one a line in id
                      order (for fitting confidence on a training sample: bench/fit_confidence.py).
        stories.txt   the stories used.
  score:  precision_sample.py score DIR
      Reads the judged sheets and prints: share correct, share correct or partly, the mean judged
      score and share correct of the top and bottom halves by confidence, junk share, and the share
      of named-entity nodes typed right; the share of statements complete when DIR has a judged
      statements.tsv (sheets from before 2026-12-01 afternoon have none).

The corpus is research-only data: the sheets quote sentences for judging and stay in bench/judged.
Exits 77 when ../shared/corpus/news is absent.
"""
import argparse
import csv
import json
import pathlib
import random
import subprocess
import sys
import tempfile

SOURCE = pathlib.Path(__file__).resolve().parent.parent
CORPUS = SOURCE.parent / "shared" / "corpus" / "news"
MODALS = {"will", "would", "may", "might", "could", "can", "should", "must", "shall", "'ll"}
VALUE_TYPES = {"MONEY", "DATE", "QUANTITY", "PERCENT", "OTHER"}


# Words that already say a modality or a negation when the relation is shown as written: the
# relation keeps the governing verb ("has agreed to let", "failed to stop"), so prefixing its
# label again ("agree has agreed to ...", "NOT failed to stop") would garble what a reader sees.
SAYS_MODALITY = {"must": {"has", "have", "had", "must"}, "will": {"will", "'ll", "going", "wo"},
                 "seek": {"sought"}, "say": {"said", "says", "saying"}, "hold": {"held"},
                 "try": {"tried", "tries", "trying"}, "take": {"took", "taken", "taking"},
                 "find": {"found", "finds", "finding"}, "lead": {"led"}, "stand": {"stood"},
                 "let": {"allowed"},
                 "be to": {"is", "are", "was", "were", "be"}}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without", "too"}
# The verbs kg reads as negating their complement (extract/rules/negation.cpp: implicatives and
# denials), by stem: a relation that shows one says its negation ("should avoid provoking" had
# been shown "NOT should avoid provoking", which readers took for a double negative).
IMPLICATIVE_NEGATIVES = ("refus", "declin", "fail", "den", "reject", "neglect", "avoid", "forget",
                         "forgot", "ceas", "dismiss", "refut", "disput", "rebut")


def stem(word):
    """A verb form without its inflection: "aims", "asked", "hoping" -> "aim", "ask", "hop"."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def says_modality(words, modality):
    # The modality as a word of the relation, in any inflection ("aim" in "aims to set", "ask" in
    # "were asked to": a short lemma's first four letters were no match, and readers saw "aim
    # aims to set").
    m = modality.lower()
    if not m:
        return True
    return any(w == m or w[:4] == m[:4] or stem(w) == stem(m) or w in SAYS_MODALITY.get(m, ())
               for w in words)


def shown_modality(words, modality):
    """The words of the modality a reader would not see in the relation, with a trailing space,
    or "". A modal relation ("would meet") already shows its modal. (A condition kg adds to it,
    "would if", is shown by render after the relation; before 2026-12-06 the whole modality was
    hidden after a modal, and readers marked such conditions missing though `kg triples` shows
    them. Since session 45 a stance that is no modal, "hope" or "chance" of "would approve", is
    shown before a modal relation too: readers had marked it missing.)"""
    parts = modality_parts(modality)
    modality = " ".join(parts)
    if len(parts) <= 1 or modality.lower() in SAYS_MODALITY:
        hidden = words[0] in MODALS and (modality.lower() in MODALS
                                         or modality.lower() in SAYS_MODALITY)
        return "" if says_modality(words, modality) or hidden else modality.replace("_", " ") + " "
    unsaid = [w for w in parts
              if not says_modality(words, w) and not (w in MODALS and words[0] in MODALS)]
    return " ".join(unsaid).replace("_", " ") + " " if unsaid else ""


# Modalities of several words that are one stance: "in order to" had been shown "in order" before
# a relation with a "to" of its own ("in order pick successor to").
PHRASES = ("in order to", "as soon as")


def modality_parts(modality):
    """The words of a modality, each phrase of PHRASES one word joined by "_"."""
    for phrase in PHRASES:
        modality = modality.replace(phrase, phrase.replace(" ", "_"))
    return modality.split()


def says_negation(words):
    return any(w in NEGATORS or w.startswith(IMPLICATIVE_NEGATIVES) for w in words)


# A contracted negation says both its modal and "not": "can't" (as the tokeniser writes "ca" +
# "n't"), "won't", "cannot"; the relation "can't run" had been shown "NOT can can't run".
CONTRACTED = {"ca": "can", "wo": "will", "sha": "shall"}


def relation_words(relation):
    out = []
    for w in relation.lower().split():
        out.append(w)
        if w.endswith("n't") or w.endswith("n\u2019t"):
            base = w[:-3]
            out += [CONTRACTED.get(base, base), "not"]
        elif w == "cannot":
            out += ["can", "not"]
    return out


# The words of a condition kg adds to a clause's modality (extract/rules/modality.h
# IsConditionWord). Shown after the relation, as `kg triples` shows them ("will buy (if ...)"):
# before 2026-12-06 (session 42) they were shown before it ("if would keep colleagues at"), which
# readers marked "garbled" and "stray 'if' in relation".
CONDITIONS = {"if", "unless", "provided", "providing", "assuming"}
# The time marks kg gives a clause about what has not happened yet (extract/clauses/clause.cpp
# FutureTimeMark: "once Brazil has the information", "when the ministers meet"). Shown as a
# condition: before session 49 they were shown before the relation ("Brazil -once had->
# information"), which a reader took for "formerly had".
CONDITIONS |= {"once", "when", "after", "before", "until", "till", "as_soon_as"}


def render(t):
    """A triple as a reader sees it: subject -relation-> object, with its qualifiers."""
    words = t["relation"] or t["predicate"]
    lower = relation_words(words)
    parts = modality_parts(t["modality"])
    condition = " ".join(w for w in parts if w in CONDITIONS).replace("_", " ")
    modality = shown_modality(lower, " ".join(w for w in parts if w not in CONDITIONS))
    negation = "NOT " if t["negated"] and not says_negation(lower) else ""
    rel = negation + modality + words + (f" ({condition} ...)" if condition else "")
    out = f'{t["subject"]["name"]} ({t["subject"]["type"]}) -[{rel}]-> ' \
          f'{t["object"]["name"]} ({t["object"]["type"]})'
    if t.get("attributed_to"):
        out += f' [according to {t["attributed_to"]}]'
    # kg's "asserted" is false for a negated or modal edge too (a plain assertion is neither);
    # "reported" (since session 27) says the article reports it, so a reported edge whose speaker
    # kg could not name ("..., they said") is "only reported" whatever its modality (without it,
    # readers marked such attributions missing). Older picked triples have no "reported": only an
    # edge neither negated nor modal is "only reported" then (a modal "will consider" was shown as
    # reported, which two readers marked as a wrong qualifier).
    elif t.get("reported", not t.get("asserted", True) and not t["negated"]
               and not t["modality"]):
        out += " [only reported]"
    if t.get("time"):
        out += f' [time {t["time"]}]'
    if t.get("value"):
        out += f' [value {t["value"]}]'
    return out


def kg_json(kg, db, *args):
    out = subprocess.run([kg, "--db", db, *args, "--json"], check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out)


def sample(args):
    if not CORPUS.is_dir():
        print("precision_sample: ../shared/corpus/news is absent: skipped")
        return 77
    files = sorted(p for p in CORPUS.glob("*.txt"))
    step = max(1, len(files) // args.stories)
    stories = files[args.offset::step][:args.stories]
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg_judge_") as tmp:
        db = str(pathlib.Path(tmp) / "j.db")
        subprocess.run([args.kg, "--db", db, "ingest", *map(str, stories)], check=True,
                       stdout=subprocess.DEVNULL)
        triples = kg_json(args.kg, db, "triples", "--limit", "0")["triples"]
        entities = kg_json(args.kg, db, "entities")["entities"]
        statements = kg_json(args.kg, db, "entities", "--type", "STATEMENT")["entities"]
    rng = random.Random(args.seed)
    picked = rng.sample(triples, min(args.triples, len(triples)))
    with open(out / "triples.tsv", "w", newline="") as f, open(out / "key.tsv", "w", newline="") as k, \
            open(out / "picked.jsonl", "w") as picked_json:
        sheet, key = csv.writer(f, delimiter="\t"), csv.writer(k, delimiter="\t")
        sheet.writerow(["id", "sentence", "triple", "judgment", "note"])
        key.writerow(["id", "confidence", "extractor"])
        for i, t in enumerate(picked, 1):
            sheet.writerow([i, t["evidence"]["sentence"], render(t), "", ""])
            key.writerow([i, t["confidence"], t["extractor"]])
            picked_json.write(json.dumps(t) + "\n")
    # One sentence per entity: the first triple that names it.
    sentence_of = {}
    for t in triples:
        for side in ("subject", "object"):
            sentence_of.setdefault((t[side]["name"], t[side]["type"]), t["evidence"]["sentence"])
    nodes = [e for e in entities if (e["name"], e["type"]) in sentence_of]
    chosen = rng.sample(nodes, min(args.entities, len(nodes)))
    with open(out / "entities.tsv", "w", newline="") as f:
        sheet = csv.writer(f, delimiter="\t")
        sheet.writerow(["id", "name", "type", "sentence", "junk", "type_right"])
        for i, e in enumerate(chosen, 1):
            sheet.writerow([i, e["name"], e["type"], sentence_of[(e["name"], e["type"])], "", ""])
    # Statements are drawn with a generator of their own on the same seed, so the triples and
    # entities drawn above do not depend on how many statements there are.
    said = [s for s in statements if (s["name"], s["type"]) in sentence_of]
    told = random.Random(args.seed).sample(said, min(args.statements, len(said)))
    with open(out / "statements.tsv", "w", newline="") as f:
        sheet = csv.writer(f, delimiter="\t")
        sheet.writerow(["id", "statement", "sentence", "complete"])
        for i, s in enumerate(told, 1):
            sheet.writerow([i, s["name"], sentence_of[(s["name"], s["type"])], ""])
    (out / "stories.txt").write_text("".join(f"{p.name}\n" for p in stories))
    print(f"precision_sample: {len(stories)} stories, {len(triples)} triples, {len(nodes)} entity "
          f"nodes, {len(said)} statements; sampled {len(picked)} triples, {len(chosen)} entities "
          f"and {len(told)} statements (seed {args.seed}) "
          f"into {out}")
    return 0


def score(args):
    d = pathlib.Path(args.dir)
    rows = list(csv.DictReader(open(d / "triples.tsv"), delimiter="\t"))
    conf = {r["id"]: float(r["confidence"])
            for r in csv.DictReader(open(d / "key.tsv"), delimiter="\t")}
    points = {"correct": 1.0, "partly": 0.5, "wrong": 0.0}
    judged = [(conf[r["id"]], r["judgment"].strip().lower()) for r in rows]
    bad = [j for _, j in judged if j not in points]
    if bad:
        print(f"precision_sample: {d / 'triples.tsv'}: unjudged or unknown judgments {bad[:5]}")
        return 1
    n = len(judged)
    correct = sum(j == "correct" for _, j in judged)
    partly = sum(j == "partly" for _, j in judged)
    print(f"triples: {n} judged; correct {correct} ({100 * correct / n:.0f}%), correct or partly "
          f"{correct + partly} ({100 * (correct + partly) / n:.0f}%)")
    ranked = sorted(judged, key=lambda x: -x[0])
    for name, half in (("top", ranked[:n // 2]), ("bottom", ranked[n // 2:])):
        c = sum(j == "correct" for _, j in half)
        mean = sum(points[j] for _, j in half) / len(half)
        print(f"  {name} half by confidence ({half[-1][0]:.2f}-{half[0][0]:.2f}): correct {c}/"
              f"{len(half)}, mean score {mean:.2f}")
    ents = list(csv.DictReader(open(d / "entities.tsv"), delimiter="\t"))
    junk = sum(e["junk"].strip().lower() == "yes" for e in ents)
    named = [e for e in ents if e["type"] not in VALUE_TYPES and e["junk"].strip().lower() != "yes"]
    right = sum(e["type_right"].strip().lower() == "yes" for e in named)
    print(f"entities: {len(ents)} judged; junk {junk} ({100 * junk / max(1, len(ents)):.1f}%); "
          f"named entities typed right {right}/{len(named)} "
          f"({100 * right / max(1, len(named)):.0f}%)")
    if not (d / "statements.tsv").exists():
        return 0
    said = list(csv.DictReader(open(d / "statements.tsv"), delimiter="\t"))
    answers = [s["complete"].strip().lower() for s in said]
    bad = [a for a in answers if a not in ("yes", "no")]
    if bad:
        print(f"precision_sample: {d / 'statements.tsv'}: unjudged or unknown answers {bad[:5]}")
        return 1
    complete = answers.count("yes")
    print(f"statements: {len(said)} judged; complete {complete} "
          f"({100 * complete / max(1, len(said)):.0f}%)")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--kg", default=str(SOURCE / "build" / "cli" / "kg"))
    s.add_argument("--stories", type=int, default=10)
    s.add_argument("--triples", type=int, default=50)
    s.add_argument("--entities", type=int, default=100)
    s.add_argument("--statements", type=int, default=50)
    s.add_argument("--seed", type=int, default=20261201)
    s.add_argument("--offset", type=int, default=0,
                   help="start the every-k-th pick at this file: another set of stories (a training "
                        "sample for confidence must not share stories with the judged one)")
    s.add_argument("--out", required=True)
    c = sub.add_parser("score")
    c.add_argument("dir")
    args = ap.parse_args()
    return sample(args) if args.command == "sample" else score(args)


if __name__ == "__main__":
    sys.exit(main())
