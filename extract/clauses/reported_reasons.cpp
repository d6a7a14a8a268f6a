#include "extract/clauses/reported_reasons.h"

#include <array>
#include <cstddef>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 6> kMarks{"because", "although", "though",
                                                          "unless",  "if",       "since"};
  for (int a = 0; a < s.size(); ++a) {
    const int verb = s.Head(a);
    if (verb < 0 || verb > a || BaseRel(s.At(a)) != "advcl" || !HasSubject(s, a) ||
        !IsSpeechVerb(s.At(verb).lemma))
      continue;
    const int mark = s.Child(a, "mark");
    if (mark < 0 || !FormIsOneOf(s.At(mark), kMarks)) continue;
    const int report = s.Child(verb, "ccomp");
    if (report < verb || report > a || s.Rightmost(report) > s.Leftmost(a)) continue;
    s.Attach(a, report, "advcl");
  }
  // "told politicians they should defend human rights and that democracy needs a moral basis"
  // with the second "that" clause a conjunct of "told": a second report of the same verb.
  for (int k = 0; k < s.size(); ++k) {
    const int verb = s.Head(k);
    if (verb < 0 || verb > k || BaseRel(s.At(k)) != "conj" || !HasSubject(s, k) ||
        !IsSpeechVerb(s.At(verb).lemma))
      continue;
    const int mark = s.Child(k, "mark");
    if (mark < 0 || nlp::Lower(s.At(mark).form) != "that") continue;
    const int report = s.Child(verb, "ccomp");
    if (report < verb || report > k || s.Rightmost(report) > s.Leftmost(k)) continue;
    s.Attach(k, report, "conj");
  }
}

}  // namespace

void RepairReportedReasons(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
