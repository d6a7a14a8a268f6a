#include "extract/clauses/whose_relatives.h"

#include <string>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The comma that opens the phrase of c (its first token, or the token before it), or -1.
int OpeningComma(const TokenTree& s, int c) {
  const int first = s.Leftmost(c);
  if (s.At(first).form == ",") return first;
  return first > 0 && s.At(first - 1).form == "," ? first - 1 : -1;
}

// The main verb after a "whose" clause headed by v, or -1: a later verb conjunct of v without a
// subject, after a comma (then *conjunct is true), or v's governor after it without a subject.
int MainVerb(const TokenTree& s, int v, bool* conjunct) {
  for (int c = v + 1; c < s.size(); ++c)
    if (s.Head(c) == v && BaseRel(s.At(c)) == "conj" && s.At(c).upos == "VERB" &&
        !s.HasChild(c, "nsubj") && OpeningComma(s, c) >= 0) {
      *conjunct = true;
      return c;
    }
  const int up = s.Head(v);
  const std::string_view rel = BaseRel(s.At(v));
  if (up > v && s.At(up).upos == "VERB" && !s.HasChild(up, "nsubj") &&
      (rel == "ccomp" || rel == "advcl" || rel == "parataxis" || rel == "dep")) {
    *conjunct = false;
    return up;
  }
  return -1;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int p = 2; p + 1 < s.size(); ++p) {
    if (nlp::Lower(s.At(p).form) != "whose" || BaseRel(s.At(p)) != "nmod" ||
        s.At(p - 1).form != ",")
      continue;
    const int noun = s.Head(p);
    const int v = noun >= 0 ? s.Head(noun) : -1;
    if (v < 0 || s.At(v).upos != "VERB" ||
        (BaseRel(s.At(noun)) != "nsubj" && BaseRel(s.At(noun)) != "obj"))
      continue;
    // The noun phrase before the comma: the top of the words up to it, below any verb there
    // ("..., said Cornelissen, whose company administers ...": the name, not "said").
    int h = p - 2;
    for (int steps = 0;
         steps < s.size() && s.Head(h) >= 0 && s.Head(h) <= p - 2 && IsNominal(s.At(s.Head(h)));
         ++steps)
      h = s.Head(h);
    if (!IsNominal(s.At(h))) continue;
    bool conjunct = false;
    const int main = MainVerb(s, v, &conjunct);
    if (main < 0) {
      // No main verb after it ("plan to form a committee, whose members will be drawn from
      // ..."): the clause is still the noun's, when it hangs on another verb's word.
      if (s.Head(v) >= 0 && !s.Dominates(v, h) && BaseRel(s.At(v)) != "acl") {
        s.Attach(v, h, "acl:relcl");
        s.Attach(p - 1, v, "punct");
      }
      continue;
    }
    if (conjunct) {
      const int front = s.Leftmost(h);
      if (s.Head(v) < 0) {
        s.At(main).head = 0;
        s.At(main).deprel = "root";
      } else {
        s.Attach(main, s.Head(v), s.At(v).deprel);
      }
      // What follows the clause, and what came before the noun, is the main verb's.
      const int clause_end = OpeningComma(s, main);  // the comma that closes the clause
      for (int c = 0; c < s.size(); ++c)
        if (c != main && s.Head(c) == v && (c >= clause_end || c < front)) s.At(c).head = main + 1;
    }
    s.Attach(h, main, "nsubj");
    s.Attach(v, h, "acl:relcl");
    s.Attach(p - 1, v, "punct");
  }
}

}  // namespace

void RepairWhoseRelatives(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
