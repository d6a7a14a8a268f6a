#include "extract/clauses/national_name_heads.h"

#include <string>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 0; n + 1 < s.size(); ++n) {
    if (s.At(n).entity != "B-NORP" || s.At(n + 1).entity != "B-PERSON") continue;
    const int first = n + 1;
    int last = first;
    while (last + 1 < s.size() && s.At(last + 1).entity == "I-PERSON") ++last;
    // One phrase whose only word with a head outside it is the nationality.
    bool one = true;
    for (int t = first; t <= last && one; ++t) one = s.Head(t) >= n && s.Head(t) <= last;
    if (!one || (s.Head(n) >= n && s.Head(n) <= last)) continue;
    const int governor = s.Head(n);
    const std::string rel = s.At(n).deprel;
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == n && (c < n || c > last)) s.Attach(c, first, s.At(c).deprel);
    for (int t = first + 1; t <= last; ++t) s.Attach(t, first, "flat");
    s.Attach(first, governor, rel);
    s.Attach(n, first, "amod");
  }
}

}  // namespace

void RepairNationalNameHeads(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
