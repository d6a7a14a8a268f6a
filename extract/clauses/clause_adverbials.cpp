#include "extract/clauses/clause_adverbials.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 4> kClausePrepositions = {"despite", "amid", "amidst",
                                                                 "notwithstanding"};

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int p = 0; p < s.size(); ++p) {
    if (!FormIsOneOf(s.At(p), kClausePrepositions) || BaseRel(s.At(p)) != "case") continue;
    const int noun = s.Head(p);
    if (noun < 0 || BaseRel(s.At(noun)) != "nmod") continue;
    // Up through the nominal heads to the verb whose argument they are.
    // A nominal with a copula or a subject of its own is its clause's predicate ("is leader in
    // mortgage business despite ...").
    const auto predicate = [&](int t) { return s.HasChild(t, "cop") || s.HasChild(t, "nsubj"); };
    int up = s.Head(noun);
    for (int steps = 0; up >= 0 && steps < s.size() && IsNominal(s.At(up)) && !predicate(up) &&
                        BaseRel(s.At(up)) != "root" && s.Head(up) >= 0;
         ++steps)
      up = s.Head(up);
    if (up < 0 || (s.At(up).upos != "VERB" && !predicate(up)) || s.Dominates(noun, up)) continue;
    s.Attach(noun, up, "obl");
  }
}

constexpr std::array<std::string_view, 18> kOfVerbs = {
    "deprive", "rob",     "strip",   "rid",    "relieve", "clear",  "cure", "accuse", "convict",
    "acquit",  "suspect", "absolve", "inform", "notify",  "remind", "warn", "assure", "convince"};

void RepairOf(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int c = 0; c < s.size(); ++c) {
    if (nlp::Lower(s.At(c).form) != "of") continue;
    const int of_head = s.Head(c);  // the noun or gerund the "of" marks
    if (of_head < 0) continue;
    // Only a noun: a gerund ("accused donors of failing to provide") has the object for its
    // subject, which the rules read from its place under the object.
    if (BaseRel(s.At(of_head)) != "nmod") continue;
    // A name is what the object is part of or belongs to, not what the verb is about: "warned
    // members of the Association of Southeast Asian Nations", "informed the president of Brazil".
    if (s.At(of_head).upos == "PROPN") continue;
    const int object = s.Head(of_head);
    if (object < 0 || BaseRel(s.At(object)) != "obj" || object > c) continue;
    const int verb = s.Head(object);
    if (verb < 0 || s.At(verb).upos != "VERB") continue;
    if (std::find(kOfVerbs.begin(), kOfVerbs.end(), s.At(verb).lemma) == kOfVerbs.end()) continue;
    s.Attach(of_head, verb, "obl");
  }
}

}  // namespace

void RepairOfComplements(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) RepairOf(s.tokens);
}

void RepairClauseAdverbials(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
