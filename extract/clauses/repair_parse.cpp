#include "extract/clauses/repair_parse.h"

#include <cstddef>

#include "extract/clauses/appositions.h"
#include "extract/clauses/broken_lists.h"
#include "extract/clauses/coordinated_verbs.h"
#include "extract/clauses/lemmas.h"
#include "extract/clauses/misread_complements.h"
#include "extract/clauses/misread_verbs.h"
#include "extract/clauses/possessive_names.h"
#include "extract/clauses/trailing_speakers.h"
#include "extract/entities/name_spans.h"

namespace kg::extract {
namespace {

// True when every token reaches the root by its heads (no loop, no head out of range).
bool IsTree(const nlp::AnalyzedSentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  for (int k = 0; k < n; ++k) {
    int h = k;
    for (int steps = 0; h >= 0; ++steps) {
      if (steps > n || h >= n) return false;
      h = s.tokens[static_cast<std::size_t>(h)].head - 1;
    }
  }
  return true;
}

}  // namespace

void RepairParse(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon,
                 const nlp::Gazetteer& gazetteer) {
  FillMissingLemmas(sentences, lexicon);
  // The trees as parsed: a sentence whose repairs would leave it no tree (a loop that the
  // repairs' own conditions did not foresee) keeps its parse.
  const std::vector<nlp::AnalyzedSentence> parsed = sentences;
  RepairCoordinatedVerbs(sentences, lexicon);
  RepairBrokenLists(sentences);
  RepairMisreadVerbs(sentences, lexicon);
  RepairMisreadComplements(sentences);
  RepairAppositions(sentences, lexicon);
  RepairTrailingSpeakers(sentences);
  RepairPossessiveNames(sentences);
  for (std::size_t i = 0; i < sentences.size(); ++i)
    if (IsTree(parsed[i]) && !IsTree(sentences[i])) sentences[i] = parsed[i];
  RepairNameSpans(sentences, gazetteer);
}

}  // namespace kg::extract
