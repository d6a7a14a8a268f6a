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

// "rose to 25,000 barrels a day" parsed with "a day" an oblique of the verb: the amount lost its
// rate (read as 25,000 barrels). "a" and a unit or period right after an amount (a noun with a
// number, or a number) that the parse hung on the verb is the amount's (nmod:unmarked, as UD
// writes "dlrs a share"). ("per day" is left where it hangs: the value reader does not read every
// "per" phrase, and an amount it cannot read would be no value.)
void RepairRatesOfAmounts(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 16> kRateUnits = {
      "day",   "week", "month", "year", "acre",   "hectare", "share",  "barrel",
      "tonne", "ton",  "ounce", "head", "capita", "hour",    "bushel", "pound"};
  const TokenTree s(tokens);
  for (int amount = 0; amount + 2 < s.size(); ++amount) {
    const int article = amount + 1;
    const int unit = amount + 2;
    const std::string a = nlp::Lower(s.At(article).form);
    const bool numbered = s.At(amount).upos == "NUM" || s.HasChild(amount, "nummod");
    if (!numbered || a != "a" || !FormIsOneOf(s.At(unit), kRateUnits) || s.Head(article) != unit)
      continue;
    // "paid 15 dlrs a share for the stock" parsed with "a share" the object, of the verb or of
    // the amount, and the amount an indirect object or a bare oblique: the graph had lost what
    // was paid. The amount is the object, the unit its rate.
    const std::string_view unit_rel = BaseRel(s.At(unit));
    const std::string_view amount_rel = s.At(amount).deprel;
    const int verb = unit_rel == "obj" && s.Head(unit) == amount ? s.Head(amount) : s.Head(unit);
    if (verb < 0 || s.At(verb).upos != "VERB" || s.Head(amount) != verb) continue;
    const bool object =
        unit_rel == "obj" && (amount_rel == "iobj" || amount_rel == "obl:unmarked" ||
                              amount_rel == "obl:npmod" || amount_rel == "obl:tmod");
    if (unit_rel != "obl" && !object) continue;
    // What else the parse hung on the unit ("a day in 1987") stays the verb's.
    for (int c = unit + 1; c < s.size(); ++c)
      if (s.Head(c) == unit && BaseRel(s.At(c)) == "nmod") s.Attach(c, verb, "obl");
    s.Attach(unit, amount, "nmod:unmarked");
    if (object) s.Attach(amount, verb, "obj");
  }
}

}  // namespace

void RepairUnitPriceModifiers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens);
    RepairRatesOfAmounts(s.tokens);
  }
}

}  // namespace kg::extract
