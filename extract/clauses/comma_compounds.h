#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of a time before a comma: "... as agreed by Opec last December, oil
// industry sources said." parsed with "December" a compound of "sources" (and "oil industry" its
// apposition), so the speakers were "last December sources". A compound that is a word of dates
// (nlp::IsCalendarWord: a month, weekday, "year", "week") with a comma between it and the noun it
// modifies is no part of that noun: it becomes an unmarked oblique (obl:unmarked) of the nearest
// verb that governs the words right before it (else of the noun's governor), and its dependents
// after the comma become the noun's (nouns as its compounds). So too a verb form hung as an
// adjective across the comma ("... from this year's 15,596 billion won, Economic Planning Board
// officials said." with "won" a participle of "officials": the speakers were "won Economic
// Planning Board officials"): it becomes a dep of the word before it. Lemmas must already be
// filled. Never throws.
void RepairCommaCompounds(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
