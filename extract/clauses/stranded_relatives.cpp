#include "extract/clauses/stranded_relatives.h"

#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int r = 2; r < s.size(); ++r) {
    const std::string word = nlp::Lower(s.At(r).form);
    if ((word != "which" && word != "who") || BaseRel(s.At(r)) != "nsubj" ||
        s.At(r - 1).form != ",")
      continue;
    // The clause hangs back on a word before the comma; one hung on a later verb is a report
    // the relative word is the subject of ("the freeze, which the minister said would check
    // costs", reported_relative_subjects.h).
    const int verb = s.Head(r);
    if (verb < 0 || verb < r || s.Head(verb) < 0 || s.Head(verb) >= r - 1) continue;
    const std::string_view rel = s.At(verb).deprel;
    if (rel != "ccomp" && rel != "parataxis" && rel != "advcl" && rel != "conj" && rel != "dep")
      continue;
    int noun = r - 2;
    if (!IsNominal(s.At(noun))) continue;
    // The head of the name the noun ends ("Wim Duisenberg", "Tennessee Gas").
    for (int steps = 0; steps < s.size(); ++steps) {
      const std::string_view up = BaseRel(s.At(noun));
      const int head = s.Head(noun);
      if ((up != "flat" && up != "compound") || head < 0 || !IsNominal(s.At(head))) break;
      noun = head;
    }
    // "which" stands for no person: "the recommendation by analyst James Barlage, which focused
    // on ..." is the recommendation's.
    if (word == "which" && s.At(noun).entity.ends_with("PERSON")) continue;
    // Nor a common noun inside another noun's phrase: "IDB's share in the portfolio, which will
    // finance exports", "by the end of the year, which will help" may mean the phrase or the
    // clause ("Tennessee Gas" of "no figure for Tennessee Gas, which runs ..." is named).
    if (word == "which" && BaseRel(s.At(noun)) == "nmod" && s.At(noun).upos != "PROPN") continue;
    if (s.Dominates(verb, noun)) continue;
    s.Attach(verb, noun, "acl:relcl");
  }
}

}  // namespace

void RepairStrandedRelatives(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
