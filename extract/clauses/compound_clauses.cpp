#include "extract/clauses/compound_clauses.h"

#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The first token of t's subtree.
int FirstOf(const TokenTree& s, int t) {
  for (int c = 0; c < t; ++c)
    if (s.Dominates(t, c)) return c;
  return t;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 1; verb + 1 < s.size(); ++verb) {
    const nlp::Token& v = s.At(verb);
    const int governor = s.Head(verb);
    if (v.upos != "VERB" || !IsFiniteTag(v.xpos) || v.xpos == "MD" || v.deprel != "ccomp" ||
        governor < 0 || s.At(governor).upos != "VERB" || s.HasChild(governor, "obj"))
      continue;
    const int subject = verb - 1;
    const int object = s.Child(verb, "obj");
    if (s.Head(subject) != verb || s.At(subject).deprel != "nsubj" || !IsNominal(s.At(subject)) ||
        object < 0 || !IsNominal(s.At(object)) || FirstOf(s, object) != verb + 1 ||
        s.HasChild(object, "det"))
      continue;
    const int determiner = s.Child(subject, "det");
    if (determiner < 0 || determiner > subject) continue;
    // Nothing else of a clause on the verb: no auxiliary, marker, negation or other argument.
    bool bare = true;
    int time = -1;
    for (int c = 0; c < s.size() && bare; ++c) {
      if (s.Head(c) != verb || c == subject || c == object) continue;
      if (s.At(c).deprel == "obl:unmarked" || s.At(c).deprel == "nmod:tmod") {
        time = c;
        continue;
      }
      bare = s.At(c).upos == "PUNCT";
    }
    if (!bare) continue;
    const std::string article = nlp::Lower(s.At(determiner).form);
    const bool plural_after_a = (article == "a" || article == "an") && s.At(subject).xpos == "NNS";
    if (nlp::IsVerbOfSaying(s.At(governor).lemma) && !plural_after_a) continue;
    s.Attach(object, governor, "obj");
    s.Attach(subject, object, "compound");
    s.Attach(verb, object, "compound");
    s.At(verb).upos = "NOUN";
    s.At(verb).xpos = "NN";
    s.Attach(determiner, object, "det");
    if (time >= 0) s.Attach(time, governor, s.At(time).deprel);
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == verb && s.At(c).upos == "PUNCT") s.Attach(c, governor, "punct");
  }
}

}  // namespace

void RepairCompoundClauses(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
