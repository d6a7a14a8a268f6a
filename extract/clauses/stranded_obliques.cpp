#include "extract/clauses/stranded_obliques.h"

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int later = 0; later < s.size(); ++later) {
    const int verb = s.Head(later);
    if (verb < 0 || BaseRel(s.At(later)) != "nsubj") continue;
    const int start = s.Leftmost(later);
    if (start == later || s.At(start).upos != "ADP") continue;
    for (int earlier = 0; earlier < start; ++earlier) {
      if (s.Head(earlier) != verb || BaseRel(s.At(earlier)) != "nsubj") continue;
      int participle = -1;
      for (int p = earlier + 1; p < start; ++p) {
        if (s.Head(p) == earlier && BaseRel(s.At(p)) == "acl" && s.At(p).upos == "VERB" &&
            s.Rightmost(p) == start - 1)
          participle = p;
      }
      if (participle < 0) continue;
      const bool agent = nlp::Lower(s.At(start).form) == "by" && s.At(participle).xpos == "VBN";
      s.Attach(start, later, "case");
      s.Attach(later, participle, agent ? "obl:agent" : "obl");
      break;
    }
  }
}

}  // namespace

void RepairStrandedObliques(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
