#!/usr/bin/env python3
"""Writes a seeded, realistic knowledge graph as kg import TSV.

Degrees follow a power law (preferential attachment), there are 11 entity types and 50
predicates, and names have one to three words. Usage:
    generate_graph.py TRIPLES SEED > graph.tsv
"""
import random
import sys

TYPES = ["PERSON", "ORGANIZATION", "COUNTRY", "CITY", "LOCATION", "EVENT", "WEAPON", "PRODUCT",
         "MONEY", "DATE", "OTHER"]
VERBS = ["fund", "meet", "host", "say", "visit", "sign", "buy", "sell", "attack", "support",
         "criticise", "praise", "lead", "join", "leave", "build", "close", "open", "send", "receive",
         "warn", "accuse", "invest in", "partner with", "compete with", "own", "hire", "fire",
         "sue", "acquire", "merge with", "supply", "ban", "approve", "reject", "announce", "launch",
         "cancel", "deploy", "train", "arm", "finance", "advise", "represent", "describe", "call for",
         "meet with", "negotiate with", "sanction", "export to"]
SYLLABLES = ["ka", "lo", "mi", "ran", "tes", "vor", "dan", "el", "is", "no", "bra", "qu", "zen",
             "tar", "mo", "li", "sha", "pe", "gor", "wyn"]


def name(rng):
    words = rng.choice([1, 2, 2, 3])
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(words))


def main():
    triples = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    entities = max(10, triples // 5)
    names = []
    seen = set()
    while len(names) < entities:
        n = name(rng)
        if n not in seen:
            seen.add(n)
            names.append((n, rng.choice(TYPES)))
    # Preferential attachment: every endpoint chosen joins the pool again.
    pool = list(range(min(entities, 50)))
    out = sys.stdout
    for i in range(triples):
        s = rng.choice(pool) if rng.random() < 0.8 else rng.randrange(entities)
        o = rng.choice(pool) if rng.random() < 0.8 else rng.randrange(entities)
        if s == o:
            o = (o + 1) % entities
        pool.append(s)
        pool.append(o)
        verb = rng.choice(VERBS)
        out.write(f"{names[s][0]}\t{names[s][1]}\t{verb}\t{names[o][0]}\t{names[o][1]}\t{verb}\t"
                  f"{rng.random():.3f}\n")


if __name__ == "__main__":
    main()
