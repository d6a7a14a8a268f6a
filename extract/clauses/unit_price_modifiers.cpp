#include "extract/clauses/unit_price_modifiers.h"

#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 14> kCurrencyWords = {
    "dlr",   "dlrs", "dollar", "dollars", "ct",    "cts",    "cent",
    "cents", "yen",  "stg",    "francs",  "marks", "pounds", "euros"};
constexpr std::array<std::string_view, 11> kUnits = {
    "share", "barrel", "tonne", "ton", "ounce", "pound", "bushel", "lb", "kilo", "unit", "gallon"};

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int i = 0; i + 4 < s.size(); ++i) {
    if (s.At(i).upos != "NUM") continue;
    const int money = i + 1;
    const int article = i + 2;
    const int unit = i + 3;
    const std::string per = nlp::Lower(s.At(article).form);
    if (!FormIsOneOf(s.At(money), kCurrencyWords) || (per != "a" && per != "per") ||
        !FormIsOneOf(s.At(unit), kUnits))
      continue;
    // The priced noun: the last of the nouns right after the unit ("tender offer").
    int noun = -1;
    for (int k = unit + 1; k < s.size() && s.At(k).upos == "NOUN"; ++k) noun = k;
    if (noun < 0) continue;
    if (s.Head(noun) == money) s.Attach(noun, s.Head(money), s.At(money).deprel);
    if (s.Dominates(money, noun)) continue;  // a shape the repair does not foresee
    // What the parse hung on the price after the noun ("the 35 dlrs per share price being paid
    // by Hutton") modifies the noun.
    for (int k = noun + 1; k < s.size(); ++k)
      if (s.Head(k) == money) s.At(k).head = noun + 1;
    s.Attach(money, noun, "compound");
    s.Attach(i, money, "nummod");
    s.Attach(article, unit, "det");
    s.Attach(unit, money, "nmod:unmarked");
    for (int k = unit + 1; k < noun; ++k) s.Attach(k, noun, "compound");
  }
}

}  // namespace

void RepairUnitPriceModifiers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
