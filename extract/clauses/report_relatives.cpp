#include "extract/clauses/report_relatives.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// Whether the relative clause `clause` leaves no gap its noun could fill: its subject is a
// nominal that is no relative word, it has no marker and it has an object, a clausal or open
// complement, a copula or a passive subject.
bool IsWholeClause(const TokenTree& s, int clause) {
  static constexpr std::array<std::string_view, 5> kRelatives{"that", "which", "who", "whom",
                                                              "whose"};
  bool subject = false;
  bool complete = false;
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) != clause) continue;
    const std::string_view rel = BaseRel(s.At(c));
    if (rel == "mark" || FormIsOneOf(s.At(c), kRelatives)) return false;
    // "comments at a meeting Tuesday helped fuel the rumors": a day is no report's subject.
    if (rel == "nsubj" && c < clause && !nlp::IsCalendarWord(nlp::Lower(s.At(c).lemma)))
      subject = true;
    if (rel == "obj" || rel == "ccomp" || rel == "xcomp" || rel == "cop" ||
        s.At(c).deprel == "nsubj:pass")
      complete = true;
  }
  return subject && complete;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int clause = 0; clause < s.size(); ++clause) {
    if (s.At(clause).deprel != "acl:relcl") continue;
    const int noun = s.Head(clause);
    if (noun < 0 || noun > clause || nlp::IsCalendarWord(nlp::Lower(s.At(noun).lemma))) continue;
    // "told politicians they should defend human rights": the one told, the object of a verb
    // that takes an addressee before its report, with the report hung on it as a relative clause.
    const int speech = s.Head(noun);
    const bool addressee = BaseRel(s.At(noun)) == "obj" && speech >= 0 &&
                           IsAddressingVerb(nlp::Lower(s.At(speech).lemma));
    if (BaseRel(s.At(noun)) != "obl" && !addressee) continue;
    if (speech < 0 || speech > noun || s.At(speech).upos != "VERB" ||
        !nlp::IsVerbOfSaying(s.At(speech).lemma) || s.HasChild(speech, "ccomp") ||
        (!addressee && s.HasChild(speech, "obj")) || !IsWholeClause(s, clause))
      continue;
    static constexpr std::array<std::string_view, 6> kTimes{"day",  "time",   "week",
                                                            "year", "moment", "month"};
    if (FormIsOneOf(s.At(noun), kTimes)) continue;
    s.Attach(clause, speech, "ccomp");
  }
}

}  // namespace

void RepairReportRelatives(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
