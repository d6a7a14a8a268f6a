#include "extract/clauses/conditional_reports.h"

#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The "if" or "unless" marking `clause`, or -1.
int ConditionMark(const TokenTree& s, int clause) {
  for (int c = 0; c < s.size(); ++c)
    if (s.Head(c) == clause && BaseRel(s.At(c)) == "mark") {
      const std::string word = nlp::Lower(s.At(c).form);
      if (word == "if" || word == "unless") return c;
    }
  return -1;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int say = 0; say < s.size(); ++say) {
    if (s.At(say).upos != "VERB" || !nlp::IsVerbOfSaying(nlp::Lower(s.At(say).lemma))) continue;
    for (int condition = say + 1; condition < s.size(); ++condition) {
      if (s.Head(condition) != say || s.At(condition).deprel != "ccomp" ||
          ConditionMark(s, condition) < 0)
        continue;
      // The main clause: hung on the verb of saying or on the condition, right after a comma.
      int main = -1;
      int comma = -1;
      for (int c = condition + 1; c < s.size() && main < 0; ++c) {
        const int h = s.Head(c);
        if (h != say && h != condition) continue;
        const std::string_view rel = BaseRel(s.At(c));
        const bool unmarked_advcl = rel == "advcl" && !s.HasChild(c, "mark");
        if (!(rel == "parataxis" || rel == "conj" || rel == "ccomp" || unmarked_advcl) ||
            !HasSubject(s, c))
          continue;
        const int first = s.Leftmost(c);
        const int before = s.At(first).form == "," ? first : first - 1;
        if (before > condition && s.At(before).form == ",") {
          main = c;
          comma = before;
        }
      }
      if (main < 0) continue;
      s.Attach(main, say, "ccomp");
      s.Attach(condition, main, "advcl");
      s.Attach(comma, main, "punct");
      // "said that if ...": the subordinator is the report's.
      for (int c = say + 1; c < condition; ++c)
        if (s.Head(c) == condition && BaseRel(s.At(c)) == "mark" &&
            nlp::Lower(s.At(c).form) == "that")
          s.Attach(c, main, "mark");
      break;
    }
  }
}

}  // namespace

void RepairConditionalReports(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
