#include "nlp/possessive_apostrophes.h"

#include <cctype>

namespace kg::nlp {
namespace {

bool IsWordStart(const Token& t) {
  return !t.form.empty() && std::isalnum(static_cast<unsigned char>(t.form.front())) != 0;
}

bool EndsInS(const Token& t) {
  return !t.form.empty() && (t.form.back() == 's' || t.form.back() == 'S');
}

}  // namespace

void RetagPossessiveApostrophes(std::vector<Token>& tokens) {
  bool open = false;  // a lone "'" opened a quotation not yet closed
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.form != "'") continue;
    const bool joined_before = i > 0 && tokens[i - 1].end == t.start;
    const bool joined_after = i + 1 < tokens.size() && tokens[i + 1].start == t.end;
    if (!joined_before && joined_after) {
      open = true;
      continue;
    }
    if (!joined_before) continue;
    if (open) {
      open = false;
      continue;
    }
    if (joined_after || i + 1 >= tokens.size() || !IsWordStart(tokens[i + 1]) ||
        !EndsInS(tokens[i - 1]) || t.upos != "PUNCT")
      continue;
    t.upos = "PART";
    t.xpos = "POS";
    // "Rolls' 1986 research expenditure" opening a sentence with "Rolls" tagged a verb: what
    // owns is a noun, a name when capitalised.
    if (Token& owner = tokens[i - 1]; owner.upos == "VERB" || owner.upos == "AUX") {
      const bool name = std::isupper(static_cast<unsigned char>(owner.form.front())) != 0;
      owner.upos = name ? "PROPN" : "NOUN";
      owner.xpos = name ? "NNP" : "NNS";
    }
  }
}

}  // namespace kg::nlp
