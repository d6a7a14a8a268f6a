#include "extract/clauses/modified_speakers.h"

#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"

namespace kg::extract {
namespace {

bool IsNounPhraseWord(const nlp::Token& t) {
  return t.upos == "DET" || t.upos == "ADJ" || t.upos == "NOUN" || t.upos == "PROPN" ||
         t.upos == "NUM";
}

// A noun phrase word's relation to the phrase's noun.
std::string_view RelationInPhrase(const nlp::Token& t) {
  if (t.upos == "DET") return "det";
  return t.upos == "ADJ" ? "amod" : "compound";
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  // The verb of saying that ends the sentence.
  int verb = s.size() - 1;
  while (verb > 0 && s.At(verb).upos == "PUNCT") --verb;
  if (verb < 3 || s.At(verb).upos != "VERB" || !IsSpeechVerb(nlp::Lower(s.At(verb).lemma))) return;
  int comma = verb - 1;
  while (comma > 0 && s.At(comma).form != ",") --comma;
  if (comma <= 0 || verb - comma < 3 || verb - comma > 8) return;
  // The noun, and the modifier right after it.
  int noun = comma + 1;
  while (noun < verb && s.At(noun).upos != "NOUN") {
    if (!IsNounPhraseWord(s.At(noun))) return;
    ++noun;
  }
  const int modifier = noun + 1;
  if (modifier >= verb) return;
  const nlp::Token& m = s.At(modifier);
  // "involved" may be tagged a past tense ("officials involved said" read as a clause).
  const bool participle = m.upos == "VERB" && (m.xpos == "VBN" || m.xpos == "VBD");
  if (m.upos != "ADJ" && !participle) return;
  // The phrase after the modifier: a preposition and a noun phrase, or nothing.
  int preposition = -1;
  int object = -1;
  if (modifier + 1 < verb) {
    preposition = modifier + 1;
    if (s.At(preposition).upos != "ADP") return;
    for (int t = preposition + 1; t < verb; ++t) {
      if (!IsNounPhraseWord(s.At(t))) return;
      if (IsNominal(s.At(t))) object = t;
    }
    if (object < 0 || object != verb - 1) return;
  }
  // Already the speaker: nothing to repair.
  const int subject = s.Child(verb, "nsubj");
  if (subject == noun && s.Head(modifier) == noun) return;
  // Where the speech hangs: where the parse hung it, or, when it hung it under the speaker's
  // words, where those words hung.
  int governor = s.Head(verb);
  std::string rel = s.At(verb).deprel;
  if (governor > comma && governor < verb) {
    int top = governor;
    for (int steps = 0; steps < s.size() && s.Head(top) > comma && s.Head(top) < verb; ++steps)
      top = s.Head(top);
    governor = s.Head(top);
    rel = "parataxis";
  }
  if (governor >= 0 && s.Dominates(verb, governor)) return;
  // What hung on the speaker's words from outside them stays with the speech verb.
  for (int c = 0; c < s.size(); ++c) {
    const int h = s.Head(c);
    if ((c <= comma || c > verb) && h > comma && h < verb) s.Attach(c, verb, s.At(c).deprel);
  }
  s.Attach(verb, governor, governor < 0 ? "root" : rel);
  s.Attach(noun, verb, "nsubj");
  for (int t = comma + 1; t < noun; ++t) s.Attach(t, noun, RelationInPhrase(s.At(t)));
  s.Attach(modifier, noun, participle ? "acl" : "amod");
  if (object >= 0) {
    s.Attach(object, modifier, "obl");
    s.Attach(preposition, object, "case");
    for (int t = preposition + 1; t < object; ++t) s.Attach(t, object, RelationInPhrase(s.At(t)));
  }
}

}  // namespace

void RepairModifiedSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
