#include "extract/clauses/record_amounts.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

// A year or a split year ("1986", "1985/86").
bool IsYearLike(const nlp::Token& t) {
  const bool century = t.form.starts_with("19") || t.form.starts_with("20");
  return t.form.find('/') != std::string::npos || (century && t.form.size() == 4);
}

// The words that say what an amount is, not how much: "a record 5.45 billion dlrs", "a net 427
// mln dlrs", "a total 1.5 billion", "a further 50 mln dlrs".
bool QualifiesAmount(const nlp::Token& t) {
  static constexpr std::array<std::string_view, 8> kWords = {
      "record", "net", "total", "further", "additional", "combined", "gross", "extra"};
  const std::string lemma = nlp::Lower(t.lemma);
  return (t.upos == "NOUN" || t.upos == "ADJ") &&
         std::find(kWords.begin(), kWords.end(), lemma) != kWords.end();
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int record = 0; record + 1 < s.size(); ++record) {
    const int number = record + 1;
    if (!QualifiesAmount(s.At(record)) || s.At(number).upos != "NUM" || IsYearLike(s.At(number)))
      continue;
    // The amount's head: up from the number while the head lies further right, inside the run
    // of numbers and nouns right after it ("5.45" -> "billion" -> "dlrs"; "mln" may be tagged X).
    const auto in_run = [&](int t) {
      return s.At(t).upos == "NUM" || IsNominal(s.At(t)) || s.At(t).upos == "X";
    };
    int amount = number;
    while (true) {
      const int h = s.Head(amount);
      bool inside = h > amount;
      for (int t = number; inside && t <= h; ++t) inside = in_run(t);
      if (!inside) break;
      amount = h;
    }
    // The amount hangs on the word, or on the word's head as a bare noun phrase ("raise a net
    // 71.7 mln stg" with "71.7 mln stg" a bare oblique of the verb).
    const std::string_view rel = s.At(amount).deprel;
    if (s.Head(amount) != record &&
        (s.Head(amount) != s.Head(record) || s.Head(amount) < 0 ||
         (rel != "obl:unmarked" && rel != "obl:npmod" && rel != "iobj")))
      continue;
    // "a net 427 mln dlrs" parsed with the number flat on "net" and the unit its apposition:
    // the unit noun that ends the run and hangs on the word is the amount's head.
    int unit = amount;
    for (int t = amount + 1; t < s.size() && in_run(t) && s.At(t).upos != "PROPN"; ++t)
      if (s.Head(t) == record && IsNominal(s.At(t))) unit = t;
    const std::vector<nlp::Token> kept = tokens;
    s.TakePlace(unit, record, s.At(record).upos == "ADJ" ? "amod" : "compound");
    for (int t = number; t < unit; ++t)
      if (s.Head(t) == unit && BaseRel(s.At(t)) != "compound" && BaseRel(s.At(t)) != "nummod")
        s.Attach(t, unit, s.At(t).upos == "NUM" ? "nummod" : "compound");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairRecordAmounts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
