#include "extract/clauses/subjunctive_complements.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 10> kMandative{
      "suggest", "propose", "recommend", "demand", "insist",
      "urge",    "request", "require",   "ask",    "order"};
  for (int verb = 0; verb < s.size(); ++verb) {
    if (s.At(verb).upos != "VERB" || std::find(kMandative.begin(), kMandative.end(),
                                               nlp::Lower(s.At(verb).lemma)) == kMandative.end())
      continue;
    const int object = s.Child(verb, "obj");
    int clause = s.Child(verb, "xcomp");
    // "demanded the plant be reopened" with the clause an acl of "plant".
    if (clause < 0 && object >= 0)
      for (int c = object + 1; c < s.size() && clause < 0; ++c)
        if (s.Head(c) == object && s.At(c).deprel == "acl" && s.At(c).upos == "VERB") clause = c;
    if (object < 0 || clause < 0 || clause < object || !IsNominal(s.At(object)) ||
        s.HasChild(clause, "mark") || s.HasChild(clause, "nsubj"))
      continue;
    // The base form "be", as the verb or its auxiliary, right after the noun's phrase.
    int be = -1;
    for (int c = object + 1; c <= clause; ++c)
      if ((c == clause || s.Head(c) == clause) && nlp::Lower(s.At(c).form) == "be" &&
          s.At(c).xpos == "VB")
        be = c;
    if (be < 0) continue;
    const std::vector<nlp::Token> kept = tokens;
    const bool passive = s.HasChildRel(clause, "aux:pass");
    s.Attach(object, clause, passive ? "nsubj:pass" : "nsubj");
    s.Attach(clause, verb, "ccomp");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairSubjunctiveComplements(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
