#include "extract/clauses/speech_conjuncts.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The word that carries the tense of the verb x: its first auxiliary or copula, else x.
int FiniteWord(const TokenTree& s, int x) {
  for (int c = 0; c < x; ++c) {
    if (s.Head(c) != x) continue;
    const std::string_view rel = BaseRel(s.At(c));
    if (rel == "aux" || rel == "cop") return c;
  }
  return x;
}

// Whether the phrase of `object` holds a finite verb outside its relative clauses ("letter
// carriers in Chicoutimi damaged mail rooms, ripped out lines": then the report started inside
// it, and the object is no subject).
bool HoldsAClause(const TokenTree& s, int object) {
  for (int t = 0; t < s.size(); ++t) {
    const std::string& xpos = s.At(t).xpos;
    if (t == object || s.At(t).upos != "VERB" ||
        (xpos != "VBD" && xpos != "VBZ" && xpos != "VBP") || !s.Dominates(object, t))
      continue;
    bool relative = false;
    for (int u = t; u != object && u >= 0 && !relative; u = s.Head(u))
      relative = s.At(u).deprel == "acl:relcl";
    if (!relative) return true;
  }
  return false;
}

// Whether the past conjunct x of a verb of saying goes on the report `report` rather than
// the speaker's own acts: "Woodside said it should have received a tax credit but instead made a
// tax provision" (the provision is what Woodside said it made). The report has a subject of its
// own and is itself in the past or under a modal ("had sold", "should have received", "sold"), and
// x is no act of the speaker's in giving the statement ("said he expected declines but did not
// give figures", "declined to elaborate", "added", "issued a statement") nor a call, a welcome, a
// warning or a judgement of theirs ("said the decision was overdue and urged Japan to open its
// markets", "and called on", "and welcomed").
bool IsReportedPast(const TokenTree& s, int report, int x) {
  // (Verbs of saying, tested first, are the speaker's acts too: add, announce, confirm, ...)
  static constexpr std::array<std::string_view, 28> kSpeakerActs = {
      "give",      "elaborate", "disclose",  "identify", "name",    "specify", "decline",
      "refuse",    "release",   "issue",     "provide",  "deny",    "discuss", "detail",
      "outline",   "answer",    "urge",      "call",     "welcome", "praise",  "criticize",
      "criticise", "appeal",    "recommend", "propose",  "express", "voice",   "reject"};
  if (!HasSubject(s, report) || nlp::IsVerbOfSaying(s.At(x).lemma) ||
      std::find(kSpeakerActs.begin(), kSpeakerActs.end(), s.At(x).lemma) != kSpeakerActs.end())
    return false;
  const std::string& tense = s.At(FiniteWord(s, report)).xpos;
  return tense == "VBD" || tense == "MD";
}

// "The industry said the machines would lead to piracy and legislation was needed" parsed with
// "needed" a conjunct of "said": a conjunct with a subject of its own joined by a coordinator
// with no comma before it, after the verb of saying's complement, is the report's second half
// (its facts had no speaker). Not another saying, nor the speaker's own act ("They said ...
// but they ruled out any role": the same subject word).
bool IsSecondHalf(const TokenTree& s, int speech, int x) {
  const int report = s.Child(speech, "ccomp");
  const int subject = s.Child(x, "nsubj");
  const int cc = s.Child(x, "cc");
  if (report < 0 || report >= x || (subject < 0 && !s.HasChild(x, "expl")) || cc < 1 ||
      s.At(cc - 1).form == "," || nlp::IsVerbOfSaying(nlp::Lower(s.At(x).lemma)))
    return false;
  if (s.At(x).upos != "VERB" && !s.HasChild(x, "cop")) return false;
  const int speaker = s.Child(speech, "nsubj");
  return subject < 0 || speaker < 0 ||
         nlp::Lower(s.At(subject).form) != nlp::Lower(s.At(speaker).form);
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int x = 1; x < s.size(); ++x) {
    if (BaseRel(s.At(x)) == "conj" && s.Head(x) >= 0 && s.Head(x) < x &&
        nlp::IsVerbOfSaying(nlp::Lower(s.At(s.Head(x)).lemma)) && s.At(s.Head(x)).upos == "VERB" &&
        IsSecondHalf(s, s.Head(x), x)) {
      s.Attach(x, s.Child(s.Head(x), "ccomp"), "conj");
      continue;
    }
    if (BaseRel(s.At(x)) != "conj" || s.At(x).upos != "VERB") continue;
    const int speech = s.Head(x);
    if (speech < 0 || speech >= x || s.At(speech).xpos != "VBD" ||
        !nlp::IsVerbOfSaying(s.At(speech).lemma))
      continue;
    // (Child matches base relations: "nsubj" is nsubj:pass too.)
    if (s.HasChild(x, "nsubj") || s.HasChild(x, "csubj") || s.HasChild(x, "expl")) continue;
    const int report = s.Child(speech, "ccomp");
    // "Hawkeye said the new shares, which are convertible ..., represent 25 pct of its equity"
    // parsed with "shares" the object of "said" and "represent" its conjunct: with no
    // coordinator, the object is the subject of the report.
    const int object = s.Child(speech, "obj");
    if (report < 0 && object >= 0 && object < x && s.At(speech).lemma == "say" &&
        !s.HasChild(x, "cc") && IsNominal(s.At(object)) && !HoldsAClause(s, object)) {
      s.Attach(x, speech, "ccomp");
      s.Attach(object, x, "nsubj");
      continue;
    }
    if (report < 0 || report >= x) continue;
    const std::string& tense = s.At(FiniteWord(s, x)).xpos;
    const bool present = tense == "VBZ" || tense == "VBP" || tense == "MD";
    if (!present && !(tense == "VBD" && IsReportedPast(s, report, x))) continue;
    s.Attach(x, report, "conj");
  }
}

}  // namespace

void RepairSpeechConjuncts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
