#include "extract/clauses/subject_appositions.h"

#include <algorithm>
#include <cstddef>

#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

void Repair(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  // The first and last token of the phrase headed by i (heads walked up; at most n steps).
  const auto span = [&](int i) {
    int first = i;
    int last = i;
    for (int k = 0; k < n; ++k) {
      int h = k;
      for (int steps = 0; h >= 0 && h != i && steps <= n; ++steps) h = at(h).head - 1;
      if (h == i && at(k).upos != "PUNCT") first = std::min(first, k), last = std::max(last, k);
    }
    return std::pair{first, last};
  };
  const auto comma = [&](int i) { return i >= 0 && i < n && at(i).form == ","; };
  for (int later = 0; later < n; ++later) {
    nlp::Token& description = at(later);
    if (!nlp::IsRel(description, "nsubj") || description.upos != "NOUN" || description.head < 1)
      continue;
    const auto [first, last] = span(later);
    if (!comma(first - 1) || !comma(last + 1)) continue;
    for (int earlier = 0; earlier < first - 1; ++earlier) {
      const nlp::Token& name = at(earlier);
      if (!nlp::IsRel(name, "nsubj") || name.head != description.head) continue;
      if (span(earlier).second != first - 2) continue;  // only a comma between the phrases
      description.head = earlier + 1;
      description.deprel = "appos";
      at(last + 1).head = later + 1;  // the closing comma is the apposition's
      break;
    }
  }
}

}  // namespace

void RepairSubjectAppositions(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s);
}

}  // namespace kg::extract
