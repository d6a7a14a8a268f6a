#include "nlp/number_tags.h"

#include <cctype>
#include <string_view>

namespace kg::nlp {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Digits, with "," or "." only between two digits.
bool IsNumber(std::string_view form) {
  if (form.empty() || !IsDigit(form.front()) || !IsDigit(form.back())) return false;
  for (std::size_t i = 1; i + 1 < form.size(); ++i)
    if (!IsDigit(form[i]) && !((form[i] == ',' || form[i] == '.') && IsDigit(form[i + 1])))
      return false;
  return true;
}

}  // namespace

void RetagNumbers(std::vector<Token>& tokens) {
  for (Token& t : tokens)
    if ((t.upos == "PROPN" || t.upos == "NOUN") && IsNumber(t.form)) {
      t.upos = "NUM";
      t.xpos = "CD";
    }
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if ((t.form == "mln" || t.form == "bln") && (t.upos == "ADP" || t.upos == "SCONJ") &&
        tokens[i - 1].upos == "NUM") {
      t.upos = "NOUN";
      t.xpos = "NN";
    }
    // "a one-time 30 mln dlr special provision" with "dlr" a conjunction: the newswire's
    // singular dollar after an amount is a noun (or, before its noun, an adjective, as the
    // tagger reads "a 1.02 billion dlr acquisition" where the parse is right).
    if (t.form == "dlr" && t.upos != "NOUN" && t.upos != "ADJ" &&
        (tokens[i - 1].upos == "NUM" || tokens[i - 1].form == "mln" ||
         tokens[i - 1].form == "bln" || tokens[i - 1].form == "billion" ||
         tokens[i - 1].form == "million")) {
      t.upos = "NOUN";
      t.xpos = "NN";
    }
  }
}

}  // namespace kg::nlp
