#include "extract/clauses/split_ranges.h"

#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 7> kScales{"mln",      "bln",      "billion", "million",
                                                  "thousand", "trillion", "pct"};

// A year or a split year ("1986/87", a fiscal or crop year).
bool IsYear(const nlp::Token& t) {
  const bool century = t.form.starts_with("19") || t.form.starts_with("20");
  return century && (t.form.size() == 4 || (t.form.size() > 4 && t.form[4] == '/'));
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int i = 0; i + 3 < s.size(); ++i) {
    const int second = i + 2;
    if (s.At(i).upos != "NUM" || nlp::Lower(s.At(i + 1).form) != "to" ||
        s.At(second).upos != "NUM" || IsYear(s.At(i)) || IsYear(s.At(second)))
      continue;
    if (i > 0 && nlp::Lower(s.At(i - 1).form) == "from") continue;
    // The unit: the first noun after the second number and its scale words ("pct" is a unit
    // when it ends the run).
    int unit = second + 1;
    while (unit + 1 < s.size() && FormIsOneOf(s.At(unit), kScales) &&
           (IsNominal(s.At(unit + 1)) || s.At(unit + 1).upos == "NUM"))
      ++unit;
    if (!IsNominal(s.At(unit)) || s.Dominates(unit, i) || s.Dominates(i, unit)) continue;
    const int head = s.Head(i);
    if (head < 0 || s.Dominates(unit, head)) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.TakePlace(unit, i, "nummod");
    if (s.Head(second) != i && !s.Dominates(second, i)) s.Attach(second, i, "nmod");
    s.Attach(i + 1, second, "case");
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairSplitRanges(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
