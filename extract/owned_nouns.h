#pragma once

#include <vector>

#include "extract/emit_triples.h"
#include "extract/entities/coreference.h"
#include "nlp/analysis.h"

namespace kg::extract {

// "Vantora Inc said its board approved the merger", "Castex said its board rejected the offer":
// an argument whose common-noun head is owned by "its", "his" or "her" is named for its owner
// when coreference (`links`, extract/entities/coreference.h) resolved the owner to a name the
// recogniser tagged (a person, organisation or place; no date or amount): "Vantora's board", as
// the text would write it (an organisation without its legal form; "' " after a final "s"). A
// bare "board" was one node for every board of every story, and "value", "announcement",
// "share" of "its value", "its announcement" were judged junk (sheet 1269). Not "their" (it may
// stand for several: "Sun, Phillips and Diamond said their ..."), names, values, pronouns or
// reported clauses. A triple of the same sentence credited to the renamed argument is credited to
// the new name. `sentences` are the article's analysed sentences the triples' evidence indexes.
// In place; never throws.
void NameOwnedNouns(const std::vector<nlp::AnalyzedSentence>& sentences,
                    const std::vector<PronounLink>& links, std::vector<EmittedTriple>& emitted);

}  // namespace kg::extract
