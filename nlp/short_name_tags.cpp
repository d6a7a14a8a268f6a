#include "nlp/short_name_tags.h"

namespace kg::nlp {

void RetagShortNames(std::vector<Token>& tokens) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    const std::string& before = tokens[i - 1].form;
    if (t.form != "Fed" || t.upos == "PROPN" || (before != "the" && before != "The")) continue;
    t.upos = "PROPN";
    t.xpos = "NNP";
  }
}

}  // namespace kg::nlp
