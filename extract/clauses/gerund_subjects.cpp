#include "extract/clauses/gerund_subjects.h"

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  int g = 0;
  while (g < s.size() && s.At(g).upos == "PUNCT") ++g;
  if (g + 1 >= s.size() || s.At(g).xpos != "VBG" || s.At(g).upos != "VERB" ||
      BaseRel(s.At(g)) != "advcl" || s.HasChild(g, "mark") || s.HasChild(g, "nsubj") ||
      s.HasChild(g, "obj") || s.HasChild(g, "ccomp") || s.HasChild(g, "xcomp"))
    return;
  // A verb that takes an object, not a name ("Boeing said") or an adjective ("Leading Japanese
  // scientist Naoki Yamamoto told Reuters").
  const nlp::Token& gerund = s.At(g);
  if (gerund.entity != "O" || lexicon.IsAdjective(nlp::Lower(gerund.form)) ||
      !lexicon.TakesObject(gerund.lemma))
    return;
  const int governor = s.Head(g);
  if (governor < 0) return;
  for (int n = g + 1; n < s.size(); ++n) {
    if (s.Head(n) != governor || BaseRel(s.At(n)) != "nsubj" || !IsNominal(s.At(n))) continue;
    if (s.Leftmost(n) != g + 1) return;
    const bool passive = s.At(n).deprel == "nsubj:pass";
    s.Attach(n, g, "obj");
    s.Attach(g, governor, passive ? "csubj:pass" : "csubj");
    return;
  }
}

}  // namespace

void RepairGerundSubjects(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens, lexicon);
}

}  // namespace kg::extract
