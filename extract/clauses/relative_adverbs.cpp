#include "extract/clauses/relative_adverbs.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 4> kAdverbs{"when", "where", "whereby", "while"};
  for (int adverb = 0; adverb + 1 < s.size(); ++adverb) {
    if (!FormIsOneOf(s.At(adverb), kAdverbs) || BaseRel(s.At(adverb)) != "advmod") continue;
    int word = s.Head(adverb);
    if (word < 0 || s.At(word).upos == "VERB" || s.At(word).upos == "AUX") continue;
    // Up through the subject's phrase to the subject, then its verb.
    int subject = word;
    for (int steps = 0;
         steps < s.size() && subject >= 0 && !BaseRel(s.At(subject)).starts_with("nsubj");
         ++steps) {
      const std::string_view rel = BaseRel(s.At(subject));
      if (rel != "amod" && rel != "compound" && rel != "det" && rel != "nummod") {
        subject = -1;
        break;
      }
      subject = s.Head(subject);
    }
    if (subject < 0 || !BaseRel(s.At(subject)).starts_with("nsubj")) continue;
    const int verb = s.Head(subject);
    // The adverb opens the clause: nothing of the subject's phrase before it.
    if (verb < 0 || verb < adverb || s.Leftmost(subject) != adverb) continue;
    s.Attach(adverb, verb, s.At(adverb).deprel);
  }
}

// "could make no prediction on when Rogaine might be approved" parsed with "on" an adverb of
// "prediction" and the question a clause of it: the node was "prediction on" (judged cut).
void RepairPrepositionedQuestions(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 7> kWh{"when", "where", "how", "whether",
                                                       "what", "who",   "why"};
  for (int adp = 0; adp + 1 < s.size(); ++adp) {
    if (s.At(adp).upos != "ADP" || BaseRel(s.At(adp)) != "advmod" ||
        !FormIsOneOf(s.At(adp + 1), kWh))
      continue;
    const int clause = s.Head(adp + 1);
    if (clause <= adp + 1 || s.Head(clause) != s.Head(adp)) continue;
    s.Attach(adp, clause, "mark");
  }
}

}  // namespace

void RepairRelativeAdverbs(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens);
    RepairPrepositionedQuestions(s.tokens);
  }
}

}  // namespace kg::extract
