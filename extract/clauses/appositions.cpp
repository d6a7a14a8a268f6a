#include "extract/clauses/appositions.h"

#include <algorithm>
#include <cstddef>

#include "extract/entities/name_types.h"
#include "nlp/dep_tree.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void RepairSubjects(nlp::AnalyzedSentence& s) {
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

void RepairTitles(nlp::AnalyzedSentence& s, nlp::Lexicon& lexicon) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int title = 0; title < n; ++title) {
    nlp::Token& role = at(title);
    const int name = role.head - 1;
    if (name <= title + 1 || !(nlp::IsRel(role, "amod") || nlp::IsRel(role, "compound")) ||
        at(name).upos != "PROPN")
      continue;
    int comma = -1;
    for (int k = title + 1; k < name; ++k)
      if (at(k).form == ",") comma = k;
    if (comma < 0) continue;
    const std::string lower = nlp::Lower(role.form);
    if (!nlp::Gazetteer::IsPersonTitle(lower) && !NamesAPerson(lexicon, lower)) continue;
    // The name's dependents before the comma are the role's ("Vantora's", "chief").
    for (int k = 0; k < comma; ++k)
      if (k != title && at(k).head == name + 1) at(k).head = title + 1;
    role.head = at(name).head;
    role.deprel = at(name).deprel;
    if (role.upos == "ADJ") {
      role.upos = "NOUN";
      role.xpos = "NN";
    }
    at(name).head = title + 1;
    at(name).deprel = "appos";
    at(comma).head = name + 1;
  }
}

}  // namespace

void RepairAppositions(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) {
    RepairSubjects(s);
    RepairTitles(s, lexicon);
  }
}

}  // namespace kg::extract
