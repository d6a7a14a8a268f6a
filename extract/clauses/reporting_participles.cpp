#include "extract/clauses/reporting_participles.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "extract/rules/attribution.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// A participle that goes on with what was said ("adding", "noting", "saying"): a verb of saying
// that is not one of asking, thinking or guessing, whose participle has its own doer more often
// than the speaker's ("Revlon made a request, asking the board to ...").
bool ContinuesAReport(std::string_view lemma) {
  static constexpr std::array<std::string_view, 15> kOwnDoer{
      "ask",      "believe", "think",  "fear",    "suspect",   "find",   "predict", "estimate",
      "forecast", "guess",   "reckon", "surmise", "speculate", "accuse", "recall"};
  return IsSpeechVerb(lemma) &&
         std::find(kOwnDoer.begin(), kOwnDoer.end(), lemma) == kOwnDoer.end();
}

void Repair(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const auto has_subject = [&](int verb) {
    for (int c = 0; c < n; ++c)
      if (at(c).head == verb + 1 && (nlp::IsRel(at(c), "nsubj") || nlp::IsRel(at(c), "csubj")))
        return true;
    return false;
  };
  // What the participle says: a clause of its own ("adding that imports were flat", "saying only
  // \"The fleet is at sea.\""), not a misparse that took the clause's subject as its object.
  const auto says_a_clause = [&](int verb) {
    for (int c = 0; c < n; ++c)
      if (at(c).head == verb + 1 && (nlp::IsRel(at(c), "ccomp") || nlp::IsRel(at(c), "parataxis")))
        return true;
    return false;
  };
  // "\"...,\" he said, adding, \"He talked himself into a corner.\"" parsed with "adding" a ccomp
  // of "talked", as a speaker after a quote is, and "talked" a second report of "said": the
  // statement read "adding, He talked ..." (judged partly). The participle, right after the verb
  // of saying's comma, is that verb's advcl, and the report it comes before is its own.
  for (int p = 2; p < n; ++p) {
    nlp::Token& participle = at(p);
    if (participle.xpos != "VBG" || participle.upos != "VERB" ||
        !ContinuesAReport(participle.lemma) || at(p - 1).form != "," || participle.head <= p + 1 ||
        !(nlp::IsRel(participle, "ccomp") || nlp::IsRel(participle, "parataxis")) ||
        has_subject(p) || says_a_clause(p))
      continue;
    const int report = participle.head - 1;
    nlp::Token& clause = at(report);
    const int speech = clause.head - 1;
    if (speech < 0 || speech >= p - 1 || !has_subject(report) || !has_subject(speech) ||
        !(nlp::IsRel(clause, "ccomp") || nlp::IsRel(clause, "parataxis")) ||
        at(speech).upos != "VERB" || !IsSpeechVerb(at(speech).lemma))
      continue;
    participle.head = speech + 1;
    participle.deprel = "advcl";
    clause.head = p + 1;
    clause.deprel = "ccomp";
  }
  for (int p = 1; p < n; ++p) {
    nlp::Token& participle = at(p);
    if (participle.xpos != "VBG" || participle.upos != "VERB" ||
        !ContinuesAReport(participle.lemma) || at(p - 1).form != "," || participle.head < 1 ||
        has_subject(p) || !says_a_clause(p))
      continue;
    const int governor = participle.head - 1;
    if (nlp::IsRel(participle, "acl")) {
      // "did not confirm the move, saying ...": the object's verb is the doer's.
      const nlp::Token& noun = at(governor);
      if (!(nlp::IsRel(noun, "obj") || nlp::IsRel(noun, "obl")) || noun.head < 1) continue;
      const int verb = noun.head - 1;
      // "..., said another trader, adding that ...": the object of a verb of saying is the
      // speaker the parse put after it, and the participle is already that speaker's.
      if (at(verb).upos != "VERB" || nlp::IsVerbOfSaying(at(verb).lemma) || !has_subject(verb))
        continue;
      participle.head = verb + 1;
      participle.deprel = "advcl";
      continue;
    }
    if (!(nlp::IsRel(participle, "advcl") || nlp::IsRel(participle, "conj") ||
          nlp::IsRel(participle, "xcomp")))
      continue;
    // Up from the governor to the nearest verb of saying whose ccomp holds it.
    bool inside_report = false;
    int speech = -1;
    for (int g = governor, steps = 0; g >= 0 && steps <= n; ++steps) {
      if (inside_report && at(g).upos == "VERB" && IsSpeechVerb(at(g).lemma) && g < p &&
          has_subject(g)) {
        speech = g;
        break;
      }
      const nlp::Token& t = at(g);
      if (nlp::IsRel(t, "ccomp"))
        inside_report = true;
      else if (!(nlp::IsRel(t, "conj") || nlp::IsRel(t, "advcl") || nlp::IsRel(t, "xcomp")))
        break;
      g = t.head - 1;
    }
    if (speech < 0) continue;
    participle.head = speech + 1;
    participle.deprel = "advcl";
  }
}

}  // namespace

void RepairReportingParticiples(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (auto& s : sentences) Repair(s);
}

}  // namespace kg::extract
