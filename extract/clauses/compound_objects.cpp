#include "extract/clauses/compound_objects.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// Verbs that take a finite clause as well as an object, beside the verbs of saying and thinking.
bool TakesClause(std::string_view lemma) {
  static constexpr std::array<std::string_view, 20> kClauseVerbs{
      "expect", "know",    "see",   "mean",   "ensure",    "assume",     "understand",
      "doubt",  "realize", "learn", "hear",   "recognize", "notice",     "decide",
      "prove",  "wish",    "agree", "figure", "determine", "demonstrate"};
  return nlp::IsVerbOfSaying(lemma) ||
         std::find(kClauseVerbs.begin(), kClauseVerbs.end(), lemma) != kClauseVerbs.end();
}

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int v = 1; v < s.size(); ++v) {
    nlp::Token& t = s.At(v);
    if (t.deprel != "ccomp" || (t.xpos != "VBZ" && t.xpos != "VBP") || t.form.size() < 3 ||
        t.form.back() != 's' || t.form != nlp::Lower(t.form))
      continue;
    const int subject = v - 1;
    const int governor = s.Head(v);
    if (governor < 0 || governor > subject || s.Head(subject) != v ||
        s.At(subject).deprel != "nsubj" || s.At(subject).upos != "NOUN")
      continue;
    if (s.HasChild(v, "mark") || s.HasChild(v, "obj") || s.HasChild(v, "ccomp") ||
        s.HasChild(v, "xcomp") || s.HasChild(v, "cop") || s.HasChild(v, "aux") ||
        s.HasChild(v, "expl"))
      continue;
    const nlp::Token& g = s.At(governor);
    if (g.upos != "VERB" || s.HasChild(governor, "obj") || TakesClause(g.lemma) ||
        !lexicon.TakesObject(g.lemma))
      continue;
    if (lexicon.Noun(t.form).senses.empty()) continue;
    t.upos = "NOUN";
    t.xpos = "NNS";
    t.lemma = lexicon.NounLemma(t.form);
    s.Attach(v, governor, "obj");
    s.Attach(subject, v, "compound");
    for (int c = 0; c < s.size(); ++c) {
      if (s.Head(c) == subject && c < subject) {
        const std::string_view rel = BaseRel(s.At(c));
        if (rel == "det" || rel == "nmod" || rel == "amod" || rel == "nummod")
          s.Attach(c, v, s.At(c).deprel);
      } else if (s.Head(c) == v && c > v) {
        const std::string_view rel = BaseRel(s.At(c));
        if (rel == "obl" || rel == "advmod" || rel == "advcl")
          s.Attach(c, governor, s.At(c).deprel);
      }
    }
  }
}

}  // namespace

void RepairCompoundObjects(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens, lexicon);
}

}  // namespace kg::extract
