#include "extract/clauses/record_amounts.h"

#include <string>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

// A year or a split year ("1986", "1985/86").
bool IsYearLike(const nlp::Token& t) {
  const bool century = t.form.starts_with("19") || t.form.starts_with("20");
  return t.form.find('/') != std::string::npos || (century && t.form.size() == 4);
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int record = 0; record + 1 < s.size(); ++record) {
    const int number = record + 1;
    if (nlp::Lower(s.At(record).lemma) != "record" || s.At(record).upos != "NOUN" ||
        s.At(number).upos != "NUM" || IsYearLike(s.At(number)))
      continue;
    // The amount's head: up from the number while the head lies further right, inside the run
    // of numbers and nouns right after it ("5.45" -> "billion" -> "dlrs"; "mln" may be tagged X).
    int amount = number;
    while (true) {
      const int h = s.Head(amount);
      bool inside = h > amount;
      for (int t = number; inside && t <= h; ++t)
        inside = s.At(t).upos == "NUM" || IsNominal(s.At(t)) || s.At(t).upos == "X";
      if (!inside) break;
      amount = h;
    }
    if (s.Head(amount) != record) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.TakePlace(amount, record, "compound");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairRecordAmounts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
