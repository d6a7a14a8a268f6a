#!/usr/bin/python3
"""bench/coref_score.py on a tiny invented CoNLL-U with GUM-style Entity= chains and a hand-made
`kg coref` table: what counts as resolved, right, strict, and a pronoun with no gold antecedent."""
import contextlib
import io
import os
import pathlib
import sys
import tempfile
import unittest

SOURCE = pathlib.Path(os.environ.get("KG_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
sys.path.insert(0, str(SOURCE / "bench"))
import coref_score  # noqa: E402


def row(ident, form, upos, misc="_"):
    return f"{ident}\t{form}\t_\t{upos}\t_\t_\t0\tdep\t_\t{misc}"


GOLD = "\n".join([
    "# newdoc id = GUM_bio_quill",
    row(1, "Mara", "PROPN", "Entity=(1-person-new-_-_-1-coref"),
    row(2, "Quill", "PROPN", "Entity=1)"),
    row(3, "founded", "VERB"),
    row(4, "Tellwick", "PROPN", "Entity=(2-organization-new-_-_-1-coref)"),
    "",
    row(1, "She", "PRON", "Entity=(1-person-giv-_-_-1-ana)"),
    row(2, "sold", "VERB"),
    row(3, "it", "PRON", "Entity=(2-organization-giv-_-_-1-ana)"),
    "",
    row(1, "It", "PRON", "Entity=(3-event-new-_-_-1-sgl)"),
    row(2, "rained", "VERB"),
    "",
    "# newdoc id = GUM_news_tellwick",
    row(1, "The", "DET", "Entity=(4-person-new-_-_-2-coref"),
    row(2, "head", "NOUN"),
    row(3, "of", "ADP"),
    row(4, "Tellwick", "PROPN", "Entity=(2-organization-new-_-_-1-coref)4)"),
    row(5, "spoke", "VERB"),
    "",
    row(1, "He", "PRON", "Entity=(4-person-giv-_-_-1-ana)"),
    row(2, "left", "VERB"),
    "",
    "",
])

HEADER = ("doc\tsentence\ttoken\tform\tantecedent_sentence\tantecedent_token\tantecedent_form"
          "\treferent_sentence\treferent_token\treferent_form\n")
KG = HEADER + "".join([
    "GUM_bio_quill\t2\t1\tShe\t1\t1\tMara\t1\t1\tMara\n",       # right
    "GUM_bio_quill\t2\t3\tit\t1\t2\tQuill\t1\t2\tQuill\n",       # wrong chain
    "GUM_bio_quill\t3\t1\tIt\t1\t4\tTellwick\t1\t4\tTellwick\n",  # no gold antecedent
    "GUM_news_tellwick\t5\t1\tHe\t4\t4\tTellwick\t4\t4\tTellwick\n",  # right, not strict
])


class CorefScoreTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.gold = pathlib.Path(self.dir.name, "gold.conllu")
        self.kg = pathlib.Path(self.dir.name, "kg.tsv")
        self.gold.write_text(GOLD, encoding="utf-8")
        self.kg.write_text(KG, encoding="utf-8")

    def tearDown(self):
        self.dir.cleanup()

    def totals(self, prefix=""):
        counts = coref_score.score(coref_score.read_gold(str(self.gold)),
                                   coref_score.read_kg(str(self.kg)), prefix)
        total = {}
        for c in counts.values():
            for k, v in c.items():
                total[k] = total.get(k, 0) + v
        return counts, total

    def test_counts_right_wrong_and_pronouns_without_a_gold_antecedent(self):
        counts, total = self.totals()
        # She, it and He have an earlier mention of their chain; the first "It" has none.
        self.assertEqual(total["gold"], 3)
        self.assertEqual(total["resolved"], 4)
        self.assertEqual(total["right"], 2)  # She -> Mara, He -> Tellwick inside "The head of ..."
        self.assertEqual(total["no gold antecedent"], 1)
        self.assertEqual(counts["it"]["resolved"], 2)
        self.assertEqual(counts["it"].get("right", 0), 0)

    def test_strict_wants_the_innermost_mention_around_the_antecedent(self):
        _, total = self.totals()
        self.assertEqual(total["strict"], 1)  # "Tellwick" is its own mention, not "the head"

    def test_a_document_prefix_scores_those_documents_only(self):
        _, total = self.totals("GUM_news_")
        self.assertEqual(total["gold"], 1)
        self.assertEqual(total["resolved"], 1)
        self.assertEqual(total["right"], 1)

    def test_report_prints_precision_and_coverage(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            self.assertEqual(coref_score.main([str(self.gold), str(self.kg),
                                               "--doc-prefix", "GUM_news_"]), 0)
        self.assertIn("precision 50.0% (strict 25.0%) of 4 resolved; coverage 66.7% of 3", out.getvalue())
        self.assertIn("precision 100.0% (strict 0.0%) of 1 resolved", out.getvalue())

    def test_a_broken_line_is_one_message_naming_file_and_line(self):
        self.gold.write_text("1\tShe\tshe\n", encoding="utf-8")
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            self.assertEqual(coref_score.main([str(self.gold), str(self.kg)]), 2)
        self.assertIn("gold.conllu:1: expected 10 tab-separated columns", err.getvalue())
        self.assertEqual(err.getvalue().count("\n"), 1)


if __name__ == "__main__":
    unittest.main()
