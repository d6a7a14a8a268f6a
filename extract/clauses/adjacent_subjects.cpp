#include "extract/clauses/adjacent_subjects.h"

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int v = 0; v < s.size(); ++v) {
    if (s.At(v).upos != "VERB") continue;
    std::vector<int> subjects;
    for (int c = 0; c < v; ++c)
      if (s.Head(c) == v && BaseRel(s.At(c)) == "nsubj") subjects.push_back(c);
    if (subjects.size() < 2) continue;
    const int last = subjects.back();
    if (s.At(last).upos != "NOUN") continue;
    // Each phrase ends right where the next begins.
    bool adjacent = true;
    for (std::size_t i = 0; i + 1 < subjects.size() && adjacent; ++i)
      adjacent = s.Rightmost(subjects[i]) + 1 == s.Leftmost(subjects[i + 1]);
    if (!adjacent || s.Rightmost(last) + 1 != v) continue;
    // Names before the noun, with no punctuation or coordinator anywhere in the run (", trade
    // sources said" ends a report; "Larry Eagleye and two other former employees" are two).
    bool names = true;
    for (std::size_t i = 0; i + 1 < subjects.size(); ++i)
      if (s.At(subjects[i]).upos != "PROPN") names = false;
    for (int t = s.Leftmost(subjects.front()); t < v && names; ++t)
      if ((s.At(t).upos == "PUNCT" && s.At(t).form != "'s") || s.At(t).upos == "CCONJ")
        names = false;
    if (!names) continue;
    for (std::size_t i = 0; i + 1 < subjects.size(); ++i) {
      const int front = subjects[i];
      const int end = s.Rightmost(front);
      const bool possessive = s.At(end).form == "'s" || s.At(end).form == "'";
      s.Attach(front, last, possessive ? "nmod:poss" : "compound");
    }
  }
}

}  // namespace

void RepairAdjacentSubjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
