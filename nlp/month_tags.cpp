#include "nlp/month_tags.h"

#include <array>
#include <string_view>

namespace kg::nlp {

namespace {

bool IsContractWord(std::string_view form) {
  static constexpr std::array<std::string_view, 11> kWords{
      "futures",   "contract", "contracts", "delivery", "deliveries", "shipment",
      "shipments", "position", "positions", "options",  "loading"};
  for (const std::string_view w : kWords)
    if (form == w) return true;
  return false;
}

}  // namespace

void RetagMonthMay(std::vector<Token>& tokens) {
  static constexpr std::array<std::string_view, 7> kNominal{"NN", "NNS", "NNP", "NNPS",
                                                            "JJ", "JJR", "CD"};
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    const std::string& next = tokens[i + 1].xpos;
    if (t.form != "May" || t.xpos != "MD") continue;
    bool nominal = false;
    for (const std::string_view tag : kNominal) nominal = nominal || next == tag;
    // "May gasoil futures rose" with the unknown commodity tagged a verb (VB): a contract's
    // word (futures, contract, delivery, shipment, ...) within three words names the month's
    // contract, and the words before it are its nouns.
    std::size_t contract = 0;
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3 && contract == 0; ++k)
      if (IsContractWord(tokens[k].form)) contract = k;
    if (!nominal && contract == 0) continue;
    t.upos = "PROPN";
    t.xpos = "NNP";
    for (std::size_t k = i + 1; k < contract; ++k)
      if (tokens[k].xpos == "VB" || tokens[k].xpos == "VBP") {
        tokens[k].upos = "NOUN";
        tokens[k].xpos = "NN";
      }
  }
}

}  // namespace kg::nlp
