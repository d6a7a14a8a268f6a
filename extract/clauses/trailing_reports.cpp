#include "extract/clauses/trailing_reports.h"

#include <vector>

#include "extract/clauses/token_tree.h"
#include "extract/clauses/trailing_speakers.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

constexpr int kMaxSpeakerWords = 6;

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 3) return;
  int comma = verb - 1;
  while (comma > 0 && s.At(comma).form != ",") --comma;
  if (comma < 1) return;
  const auto in_phrase = [&](int t) { return t > comma && t < verb; };
  const auto in_report = [&](int t) { return t >= 0 && t < comma; };
  // The speaker's phrase: nominal words under one head, no verb; brackets and what they hold (a
  // ticker, an acronym) are not counted.
  int words = 0;
  int head = -1;
  int depth = 0;
  for (int t = comma + 1; t < verb; ++t) {
    const nlp::Token& token = s.At(t);
    if (token.form == "(" || token.form == "<") ++depth;
    const bool bracketed = depth > 0 || token.form == ")" || token.form == ">";
    if (token.form == ")" || token.form == ">") depth = depth > 0 ? depth - 1 : 0;
    if (token.upos == "VERB" || token.upos == "AUX" || token.upos == "SCONJ" ||
        (token.upos == "PUNCT" && !bracketed))
      return;
    if (bracketed || token.upos == "PUNCT") continue;
    ++words;
    if (in_phrase(s.Head(t))) continue;
    if (head >= 0) return;
    head = t;
  }
  if (head < 0 || words > kMaxSpeakerWords ||
      !(s.At(head).upos == "NOUN" || s.At(head).upos == "PROPN"))
    return;
  // "George Hoffman, director of commodity analysis for Pillsbury said": a description hung on a
  // person's name right before the comma is that name's, and the name the speaker.
  if (const int named = s.Head(head); named >= 0 && named < comma &&
                                      BaseRel(s.At(head)) == "appos" &&
                                      s.At(named).entity.ends_with("PERSON")) {
    bool right_before = true;  // only the name's own flat words between it and the comma
    for (int t = named + 1; t < comma; ++t)
      right_before = right_before && s.Head(t) == named && BaseRel(s.At(t)) == "flat";
    if (right_before) return;
  }
  bool report_on_phrase = false;
  for (int t = 0; t < comma; ++t) report_on_phrase = report_on_phrase || in_phrase(s.Head(t));
  if (s.Head(head) == verb && BaseRel(s.At(head)) == "nsubj" && !report_on_phrase) return;
  // The report: the old root when it stands before the comma, else the first verb before the
  // comma that hung outside it.
  int report = -1;
  for (int t = 0; t < comma && report < 0; ++t)
    if (s.Head(t) < 0) report = t;
  for (int t = 0; t < comma && report < 0; ++t)
    if (!in_report(s.Head(t)) && s.At(t).upos == "VERB") report = t;
  if (report < 0) return;
  const bool clause = s.At(report).upos == "VERB" || s.HasChild(report, "cop") ||
                      s.HasChild(report, "nsubj") || s.HasChild(report, "nsubj:pass");
  if (!clause) return;
  const std::vector<nlp::Token> before = tokens;
  const int hung_on = s.Head(verb);
  s.At(verb).head = 0;
  s.At(verb).deprel = "root";
  for (int t = 0; t < comma; ++t) {
    if (t == report || in_report(s.Head(t))) continue;
    // A subject the verb of saying took from the report goes back to the report's verb it hung
    // on, as that verb's object when it has none ("to enjoin the enforcement of the judgement").
    if (s.Head(t) == verb && BaseRel(s.At(t)) == "nsubj" && in_report(hung_on) &&
        s.At(hung_on).upos == "VERB") {
      s.Attach(t, hung_on, s.HasChild(hung_on, "obj") ? "dep" : "obj");
      continue;
    }
    if (s.Head(t) == verb && BaseRel(s.At(t)) == "punct") continue;
    s.Attach(t, report, "dep");
  }
  s.Attach(report, verb, "ccomp");
  s.Attach(head, verb, "nsubj");
  s.Attach(comma, verb, "punct");
  for (int t = verb + 1; t < s.size(); ++t)
    if (s.At(t).upos == "PUNCT" && !in_phrase(s.Head(t)) && s.Head(t) != verb &&
        !(s.Head(t) > verb))
      s.Attach(t, verb, "punct");
  if (!nlp::FormsTree(tokens)) tokens = before;
}

}  // namespace

void RepairTrailingReports(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
