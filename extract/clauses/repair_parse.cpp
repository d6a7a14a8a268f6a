#include "extract/clauses/repair_parse.h"

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

void RepairParse(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon,
                 const nlp::Gazetteer& gazetteer) {
  FillMissingLemmas(sentences, lexicon);
  RepairCoordinatedVerbs(sentences, lexicon);
  RepairBrokenLists(sentences);
  RepairMisreadVerbs(sentences, lexicon);
  RepairMisreadComplements(sentences);
  RepairAppositions(sentences, lexicon);
  RepairTrailingSpeakers(sentences);
  RepairPossessiveNames(sentences);
  RepairNameSpans(sentences, gazetteer);
}

}  // namespace kg::extract
