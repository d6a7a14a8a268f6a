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

// "The company said in a statement that its fleet was sold to Lex" parsed with the "that" clause
// the content clause (acl) of "statement": the sale had no speaker. The medium a verb of saying
// speaks "in" (a statement, letter, filing, ...) holds what it says; the clause is the verb's.
bool IsContentOfMedium(const TokenTree& s, int clause, int noun) {
  static constexpr std::array<std::string_view, 14> kMedia{
      "statement",  "letter", "filing",       "report",    "release", "interview",  "speech",
      "communique", "notice", "announcement", "complaint", "suit",    "prospectus", "circular"};
  bool that = false;
  for (int c = 0; c < clause; ++c)
    that = that || (s.Head(c) == clause && BaseRel(s.At(c)) == "mark" &&
                    nlp::Lower(s.At(c).form) == "that");
  bool in = false;
  for (int c = 0; c < noun; ++c)
    in =
        in || (s.Head(c) == noun && BaseRel(s.At(c)) == "case" && nlp::Lower(s.At(c).form) == "in");
  return s.At(clause).deprel == "acl" && that && in && HasSubject(s, clause) &&
         std::find(kMedia.begin(), kMedia.end(), nlp::Lower(s.At(noun).lemma)) != kMedia.end();
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int clause = 0; clause < s.size(); ++clause) {
    if (const int noun = s.Head(clause);
        noun >= 0 && noun < clause && IsContentOfMedium(s, clause, noun)) {
      const int speech = s.Head(noun);
      if (BaseRel(s.At(noun)) == "obl" && speech >= 0 && speech < noun &&
          s.At(speech).upos == "VERB" && nlp::IsVerbOfSaying(s.At(speech).lemma) &&
          !s.HasChild(speech, "ccomp") && !s.HasChild(speech, "obj"))
        s.Attach(clause, speech, "ccomp");
      continue;
    }
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
