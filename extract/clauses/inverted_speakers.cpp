#include "extract/clauses/inverted_speakers.h"

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"

namespace kg::extract {
namespace {

bool IsQuoteOrComma(const nlp::Token& t) {
  return t.upos == "PUNCT" &&
         (t.form == "," || t.form == "\"" || t.form == "''" || t.form == "\u201d" || t.form == "'");
}

// The object phrase holds a name and no verb: the speaker, not what was said.
bool NamesASpeaker(const TokenTree& s, int object) {
  if (s.At(object).upos != "NOUN" && s.At(object).upos != "PROPN") return false;
  bool name = s.At(object).upos == "PROPN";
  for (int c = 0; c < s.size(); ++c) {
    if (!s.Dominates(object, c) || c == object) continue;
    if (s.At(c).upos == "VERB" || s.At(c).upos == "AUX") return false;
    const std::string_view rel = BaseRel(s.At(c));
    if (s.Head(c) == object && s.At(c).upos == "PROPN" && (rel == "appos" || rel == "flat"))
      name = true;
  }
  return name;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 1; verb < s.size(); ++verb) {
    const nlp::Token& v = s.At(verb);
    if (v.upos != "VERB" || !IsSpeechVerb(v.lemma) || v.lemma == "tell" || v.lemma == "ask")
      continue;
    if (!IsQuoteOrComma(s.At(verb - 1)) || s.HasChild(verb, "nsubj") ||
        s.HasChild(verb, "nsubj:pass"))
      continue;
    const int object = s.Child(verb, "obj");
    if (object <= verb || !NamesASpeaker(s, object)) continue;
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
