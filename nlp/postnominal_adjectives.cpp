#include "nlp/postnominal_adjectives.h"

namespace kg::nlp {

void RetagPostnominalAdjectives(std::vector<Token>& tokens) {
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    const std::string& before = tokens[i - 1].xpos;
    if (t.form != "close" || t.upos != "VERB" || tokens[i + 1].form != "to" ||
        (before != "NNS" && before != "NNPS"))
      continue;
    t.upos = "ADJ";
    t.xpos = "JJ";
  }
}

}  // namespace kg::nlp
