#include "extract/clauses/speech_objects.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool IsReportingVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 15> kLemmas{
      "say",   "report", "announce", "add",      "note", "state",  "disclose", "confirm",
      "claim", "argue",  "predict",  "forecast", "warn", "insist", "reveal"};
  return std::find(kLemmas.begin(), kLemmas.end(), lemma) != kLemmas.end();
}

// Whether t is a finite verb or predicate: a finite verb itself, or a verb, adjective or noun with
// a finite auxiliary or copula after `after` ("would be added", "was pleasing").
bool IsFinite(const TokenTree& s, int t, int after) {
  const nlp::Token& token = s.At(t);
  if (token.upos == "VERB" && IsFiniteTag(token.xpos) && token.xpos != "MD") return true;
  if (token.upos != "VERB" && token.upos != "ADJ" && token.upos != "NOUN") return false;
  for (int c = after + 1; c < t; ++c) {
    const std::string_view rel = BaseRel(s.At(c));
    if (s.Head(c) == t && (rel == "aux" || rel == "cop") && IsFiniteTag(s.At(c).xpos)) return true;
  }
  return false;
}

// Whether t has a subject, marker or expletive of its own: then it is a clause of its own.
bool HasOwnClauseWords(const TokenTree& s, int t) {
  return s.HasChild(t, "nsubj") || s.HasChild(t, "csubj") || s.HasChild(t, "mark") ||
         s.HasChild(t, "expl");
}

// The relative clause (acl:relcl) at or above t below `object`, or -1.
int RelativeClauseOf(const TokenTree& s, int t, int object) {
  for (int u = t, steps = 0; u >= 0 && u != object && steps <= s.size(); u = s.Head(u), ++steps)
    if (s.At(u).deprel == "acl:relcl") return u;
  return -1;
}

// Whether noun h belongs to the object's phrase as the parse may have cut it before the
// report's verb t: the object, a word below it, or an oblique of the saying between the two
// ("said earnings at its oil products segment plunged" with the "at" phrase hung on "said"), or
// a word below such an oblique.
bool InObjectPhrase(const TokenTree& s, int h, int speech, int object, int t) {
  for (int u = h, steps = 0; u >= 0 && steps <= s.size(); u = s.Head(u), ++steps) {
    if (u == object) return true;
    if (s.Head(u) == speech) return BaseRel(s.At(u)) == "obl" && object < u && u < t;
  }
  return false;
}

// Whether a participle or clause may hang on noun h as a report's verb would: not on a time
// noun ("for the year ended June 30", "the period ending March 31").
bool CanCarryReport(const TokenTree& s, int h) {
  static constexpr std::array<std::string_view, 8> kTimeNouns{
      "year", "period", "quarter", "month", "week", "day", "half", "session"};
  return (s.At(h).upos == "NOUN" || s.At(h).upos == "PROPN") &&
         s.At(h).entity.find("DATE") == std::string::npos &&
         std::find(kTimeNouns.begin(), kTimeNouns.end(), nlp::Lower(s.At(h).lemma)) ==
             kTimeNouns.end();
}

// The report's verb for the saying `speech` and its object, or -1.
int ReportOf(const TokenTree& s, int speech, int object, nlp::Lexicon& lexicon) {
  const auto hung_on_phrase = [&](int t) {
    const int h = s.Head(t);
    return h >= 0 && InObjectPhrase(s, h, speech, object, t) && CanCarryReport(s, h);
  };
  for (int t = object + 1; t < s.size(); ++t) {
    if (!IsFinite(s, t, object)) continue;
    if (const int relative = RelativeClauseOf(s, t, object); relative >= 0) {
      t = s.Rightmost(relative);
      continue;
    }
    const std::string_view rel = BaseRel(s.At(t));
    const bool on_phrase =
        (rel == "acl" || rel == "parataxis" || rel == "appos" || rel == "dep") && hung_on_phrase(t);
    const bool on_speech =
        s.Head(t) == speech && (rel == "parataxis" || rel == "advcl" || rel == "dep");
    if ((!on_phrase && !on_speech) || HasOwnClauseWords(s, t)) return -1;
    return t;
  }
  // No finite verb after the object: a past participle of its phrase that is no passive one.
  for (int t = object + 1; t < s.size(); ++t) {
    const nlp::Token& token = s.At(t);
    if (token.upos != "VERB" || token.xpos != "VBN" || token.deprel != "acl" ||
        !hung_on_phrase(t) || HasOwnClauseWords(s, t) || s.HasChild(t, "aux"))
      continue;
    // "say" takes no thing as its object but a word or two ("said nothing"): what follows its
    // noun is what was said.
    if (s.At(speech).lemma == "say" || s.HasChild(t, "obj") || !lexicon.TakesObject(token.lemma))
      return t;
    return -1;
  }
  return -1;
}

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int speech = 0; speech < s.size(); ++speech) {
    if (s.At(speech).upos != "VERB" || !IsReportingVerb(s.At(speech).lemma) ||
        s.HasChild(speech, "ccomp"))
      continue;
    const int object = s.Child(speech, "obj");
    if (object <= speech || !IsNominal(s.At(object)) ||
        s.At(object).entity.find("DATE") != std::string::npos)
      continue;
    const int report = ReportOf(s, speech, object, lexicon);
    if (report < 0) continue;
    // What the parse hung on the saying between the object and the report's verb is part of the
    // report: an oblique the object's ("at its oil products segment"), anything else the verb's
    // ("the Australian dollar, after trading around 0.7040, surged"); the object's words after
    // the verb are the verb's ("fell ... to 2.01 billion").
    for (int c = object + 1; c < report; ++c) {
      if (s.Head(c) != speech || s.At(c).upos == "PUNCT") continue;
      if (BaseRel(s.At(c)) == "obl")
        s.Attach(c, object, "nmod");
      else
        s.Attach(c, report, s.At(c).deprel);
    }
    for (int c = report + 1; c < s.size(); ++c)
      if (s.Head(c) == object)
        s.Attach(c, report, BaseRel(s.At(c)) == "nmod" ? "obl" : s.At(c).deprel);
    const bool passive = s.HasChildRel(report, "aux:pass");
    // A participle read as the report's verb is its past tense, its "by" phrase no agent
    // ("plunged by 53 mln dlrs").
    if (s.At(report).xpos == "VBN" && !s.HasChild(report, "aux")) {
      s.At(report).xpos = "VBD";
      for (int c = 0; c < s.size(); ++c)
        if (s.Head(c) == report && s.At(c).deprel == "obl:agent") s.At(c).deprel = "obl";
    }
    s.Attach(report, speech, "ccomp");
    s.Attach(object, report, passive ? "nsubj:pass" : "nsubj");
  }
}

}  // namespace

void RepairSpeechObjects(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens, lexicon);
}

}  // namespace kg::extract
