#include "nlp/month_tags.h"

#include <array>
#include <string_view>

namespace kg::nlp {

void RetagMonthMay(std::vector<Token>& tokens) {
  static constexpr std::array<std::string_view, 7> kNominal{"NN", "NNS", "NNP", "NNPS",
                                                            "JJ", "JJR", "CD"};
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    const std::string& next = tokens[i + 1].xpos;
    if (t.form != "May" || t.xpos != "MD") continue;
    bool nominal = false;
    for (const std::string_view tag : kNominal) nominal = nominal || next == tag;
    if (!nominal) continue;
    t.upos = "PROPN";
    t.xpos = "NNP";
  }
}

}  // namespace kg::nlp
