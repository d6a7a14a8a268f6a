#include "extract/clauses/gerund_clause_subjects.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int g = 1; g < s.size(); ++g) {
    const nlp::Token& gerund = s.At(g);
    if (gerund.xpos != "VBG" || gerund.deprel != "acl" || HasSubject(s, g) ||
        s.HasChild(g, "mark") || s.HasChild(g, "case"))
      continue;
    const int noun = s.Head(g);
    if (noun < 0 || noun > g || s.At(noun).upos != "NOUN" || BaseRel(s.At(noun)) != "obl") continue;
    bool adjacent = true;
    // Right after the noun's own words, with no comma between ("supportive of commodity
    // agreements, reflecting its links" is a participle of the clause).
    for (int t = noun + 1; t < g && adjacent; ++t)
      adjacent = s.Dominates(noun, t) && s.At(t).upos != "PUNCT";
    if (!adjacent) continue;
    const int preposition = s.Child(noun, "case");
    if (preposition < 0) continue;
    const std::string marker = nlp::Lower(s.At(preposition).form);
    if (marker != "on" && marker != "upon" && marker != "about" && marker != "of") continue;
    const int governor = s.Head(noun);
    if (governor < 0 || s.At(governor).upos != "ADJ") continue;
    s.Attach(g, governor, "advcl");
    s.Attach(noun, g, "nsubj");
    s.Attach(preposition, g, "mark");
  }
}

}  // namespace

void RepairGerundClauseSubjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
