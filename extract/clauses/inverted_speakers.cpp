#include "extract/clauses/inverted_speakers.h"

#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"

namespace kg::extract {
namespace {

bool IsQuoteOrComma(const nlp::Token& t) {
  return t.upos == "PUNCT" &&
         (t.form == "," || t.form == "\"" || t.form == "''" || t.form == "\u201d" || t.form == "'");
}

// Whether token c, below `object`, is inside a clause that modifies a noun of the object's
// phrase ("who attended the symposium" of "one banker who attended the symposium").
bool InNounClause(const TokenTree& s, int object, int c) {
  for (int t = c, steps = 0; t >= 0 && t != object && steps <= s.size(); t = s.Head(t), ++steps)
    if (BaseRel(s.At(t)) == "acl") return true;
  return false;
}

// Whether token c starts a person's name that is not the object's own (the object's, or its
// apposition's or flat part's): "said head of equities at Jardine Fleming Securities Co, Mario
// Malt" with the name hung on the firm names its speaker elsewhere than the object.
bool OtherPerson(const TokenTree& s, int object, int c) {
  // A name before the noun modifies it ("Jardine Fleming (Securities) Ltd analyst Nick Edwards",
  // a firm the recogniser took for a person).
  if (s.At(c).entity != "B-PERSON" || c < object) return false;
  // Up to the object through a name's own parts and its apposition only.
  for (int t = c, steps = 0; t >= 0 && t != object && steps <= s.size(); t = s.Head(t), ++steps) {
    const std::string_view rel = BaseRel(s.At(t));
    if (rel != "appos" && rel != "flat" && rel != "compound") return true;
  }
  return false;
}

// The object is a noun phrase, the speaker, not what was said: a noun, with no verb of its own
// outside a clause that modifies it and no other person named in it.
bool IsSpeakerPhrase(const TokenTree& s, int object) {
  if (s.At(object).upos != "NOUN" && s.At(object).upos != "PROPN") return false;
  for (int c = 0; c < s.size(); ++c) {
    if (c == object || !s.Dominates(object, c)) continue;
    if ((s.At(c).upos == "VERB" || s.At(c).upos == "AUX") && !InNounClause(s, object, c))
      return false;
    if (OtherPerson(s, object, c)) return false;
  }
  return true;
}

bool IsReportRel(std::string_view rel) { return rel == "ccomp" || rel == "parataxis"; }

// Whether the verb governs a report that ends before it ("\"I have doubts,\" said ..."), or
// the parse hung it on the report's verb ("Noble is raising 100 mln dlrs, said lead underwriter
// Morgan Stanley" with "said" a parataxis of "raising").
bool ReportsBefore(const TokenTree& s, int verb) {
  if (s.Head(verb) >= 0 && s.Head(verb) < verb &&
      (IsReportRel(BaseRel(s.At(verb))) || BaseRel(s.At(verb)) == "conj"))
    return true;
  for (int c = 0; c < verb; ++c)
    if (s.Head(c) == verb && IsReportRel(BaseRel(s.At(c)))) return true;
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 1; verb < s.size(); ++verb) {
    const nlp::Token& v = s.At(verb);
    if (v.upos != "VERB" || !IsSpeechVerb(v.lemma) || v.lemma == "tell" || v.lemma == "ask")
      continue;
    // A finite verb: "adding" or "saying" after a comma is a participle with its own object.
    if (v.xpos != "VBD" && v.xpos != "VBZ" && v.xpos != "VBP") continue;
    // "notes yielding 8.13 pct, said sole manager Salomon Brothers" parsed with "8.13" the
    // subject: a subject before the comma is no speaker of a verb that a speaker follows.
    const int stray = s.Child(verb, "nsubj");
    const bool stray_before = stray >= 0 && stray < verb - 1;
    if (!IsQuoteOrComma(s.At(verb - 1)) || (stray >= 0 && !stray_before) ||
        s.HasChild(verb, "nsubj:pass") || !ReportsBefore(s, verb))
      continue;
    const int object = s.Child(verb, "obj");
    if (object <= verb || !IsSpeakerPhrase(s, object)) continue;
    if (stray_before) {
      // It is the object of the verb right before it when that verb has none ("yielding 8.13
      // pct"); else it hangs on the speech verb's head, where no rule reads it as an argument.
      const int left = s.Leftmost(stray) - 1;
      if (left >= 0 && s.At(left).upos == "VERB" && !s.HasChild(left, "obj"))
        s.Attach(stray, left, "obj");
      else
        s.Attach(stray, s.Head(verb) >= 0 ? s.Head(verb) : verb, "dep");
    }
    s.Attach(object, verb, "nsubj");
    // "added John Michael, analyst at First Options" with the role a conjunct of the name: one
    // speaker, the role its apposition.
    for (int c = object + 1; c < s.size(); ++c)
      if (s.Head(c) == object && BaseRel(s.At(c)) == "conj" && s.At(c).upos == "NOUN" &&
          !s.HasChild(c, "cc"))
        s.Attach(c, object, "appos");
  }
}

}  // namespace

void RepairInvertedSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
