#include "extract/clauses/addressed_reports.h"

#include <string>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int x = 1; x < s.size(); ++x) {
    if (BaseRel(s.At(x)) != "acl" || !HasSubject(s, x)) continue;
    const int that = s.Leftmost(x);
    if (that < 0 || nlp::Lower(s.At(that).form) != "that" || s.Head(that) != x ||
        BaseRel(s.At(that)) != "mark")
      continue;
    const int noun = s.Head(x);
    if (noun < 0 || noun > that) continue;
    const std::string rel(BaseRel(s.At(noun)));
    if (rel != "obj" && rel != "iobj") continue;
    const int verb = s.Head(noun);
    if (verb < 0 || verb > noun || !IsAddressingVerb(nlp::Lower(s.At(verb).lemma))) continue;
    // Right after the object's own words.
    bool adjacent = true;
    for (int t = noun + 1; t < that && adjacent; ++t) adjacent = s.Dominates(noun, t);
    if (!adjacent) continue;
    s.Attach(x, verb, "ccomp");
    s.At(that).upos = "SCONJ";
  }
}

}  // namespace

void RepairAddressedReports(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
