#include "extract/clauses/least_bounds.h"

#include <string>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int at = 0; at + 1 < s.size(); ++at) {
    const int bound = at + 1;
    const std::string word = nlp::Lower(s.At(bound).form);
    if (nlp::Lower(s.At(at).form) != "at" || (word != "least" && word != "most") ||
        s.Head(at) != bound)
      continue;
    const int target = s.Head(bound);
    if (target < 0) continue;
    // What hung on "least" goes with it to the word it modified.
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == bound && c != at) s.Attach(c, target, s.At(c).deprel);
    s.Attach(at, target, "advmod");
    s.Attach(bound, at, "fixed");
  }
}

}  // namespace

void RepairLeastBounds(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
