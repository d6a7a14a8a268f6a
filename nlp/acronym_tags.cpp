#include "nlp/acronym_tags.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace kg::nlp {
namespace {

bool IsAcronym(std::string_view form) {
  return form.size() >= 2 && form.size() <= 5 && std::all_of(form.begin(), form.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) != 0;
         });
}

bool IsFunctionTag(std::string_view upos) {
  return upos == "PRON" || upos == "DET" || upos == "ADP" || upos == "SCONJ" || upos == "CCONJ" ||
         upos == "ADV" || upos == "AUX" || upos == "PART";
}

}  // namespace

void RetagAcronyms(std::vector<Token>& tokens) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (tokens[i - 1].upos == "DET" && IsAcronym(t.form) && IsFunctionTag(t.upos)) {
      t.upos = "PROPN";
      t.xpos = "NNP";
    }
  }
}

}  // namespace kg::nlp
