#include "extract/clauses/adjacent_subjects.h"

#include <map>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  // Each verb's subjects before it, in one pass (a sentence may be megabytes long).
  std::map<int, std::vector<int>> subjects_of;
  for (int c = 0; c < s.size(); ++c)
    if (BaseRel(s.At(c)) == "nsubj" && s.Head(c) > c) subjects_of[s.Head(c)].push_back(c);
  for (const auto& [v, subjects] : subjects_of) {
    if (subjects.size() < 2 || s.At(v).upos != "VERB") continue;
    const int last = subjects.back();
    if (s.At(last).upos != "NOUN") continue;
    // Names before the noun (the cheap test first: the subtree walks below are long in a
    // sentence of a million words).
    bool names = true;
    for (std::size_t i = 0; i + 1 < subjects.size(); ++i)
      if (s.At(subjects[i]).upos != "PROPN") names = false;
    if (!names) continue;
    // Each phrase ends right where the next begins.
    bool adjacent = true;
    for (std::size_t i = 0; i + 1 < subjects.size() && adjacent; ++i)
      adjacent = s.Rightmost(subjects[i]) + 1 == s.Leftmost(subjects[i + 1]);
    if (!adjacent || s.Rightmost(last) + 1 != v) continue;
    // No punctuation or coordinator anywhere in the run (", trade sources said" ends a report;
    // "Larry Eagleye and two other former employees" are two).
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
