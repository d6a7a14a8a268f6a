#include "extract/clauses/lemmas.h"

#include <cctype>
#include <string>

namespace kg::extract {

namespace {

std::string Lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string LemmaOf(const nlp::Token& token, nlp::Lexicon& lexicon) {
  if (token.upos == "VERB" || token.upos == "AUX") {
    // WordNet has no entries for the auxiliaries' own forms.
    const std::string lower = Lower(token.form);
    if (lower == "'s" || lower == "is" || lower == "was" || lower == "were" || lower == "are" ||
        lower == "am" || lower == "'re" || lower == "'m" || lower == "been" || lower == "being")
      return "be";
    if (lower == "n't" || lower == "not") return "not";
    if (lower == "wo") return "will";
    if (lower == "ca") return "can";
    return lexicon.VerbLemma(token.form);
  }
  if (token.upos == "NOUN") return lexicon.NounLemma(token.form);
  if (token.upos == "PROPN") return token.form;
  return Lower(token.form);
}

}  // namespace

void FillMissingLemmas(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences)
    for (nlp::Token& t : s.tokens)
      if (t.lemma.empty() || t.lemma == "_") t.lemma = LemmaOf(t, lexicon);
}

}  // namespace kg::extract
