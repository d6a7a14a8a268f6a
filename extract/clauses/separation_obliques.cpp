#include "extract/clauses/separation_obliques.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/control.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 13> kSeparationVerbs = {
    "protect", "shield",   "insulate",    "exempt", "free",     "release", "spare",
    "isolate", "separate", "distinguish", "remove", "withdraw", "divert"};

bool IsSeparationVerb(std::string_view lemma) {
  for (const std::string_view v : kSeparationVerbs)
    if (v == lemma) return true;
  // "Net excludes gains from discontinued operations": what an account excludes is named with its
  // source.
  return lemma != "exclude" && IsPreventionVerb(lemma);
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 1; n < s.size(); ++n) {
    if (BaseRel(s.At(n)) != "nmod" || s.At(n).deprel != "nmod") continue;
    const int object = s.Head(n);
    if (object < 0 || object > n || BaseRel(s.At(object)) != "obj") continue;
    const int verb = s.Head(object);
    if (verb < 0 || verb > object || !IsSeparationVerb(s.At(verb).lemma)) continue;
    bool from = false;
    for (int c = 0; c < n; ++c)
      from = from || (s.Head(c) == n && BaseRel(s.At(c)) == "case" && s.At(c).lemma == "from");
    if (from) s.Attach(n, verb, "obl");
  }
}

}  // namespace

void RepairSeparationObliques(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
