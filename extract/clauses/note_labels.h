#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of results notes: "NOTE: Current year 2nd qtr excludes a loss of
// 10,767 dlrs." parsed with the label "NOTE" the verb's subject and the real subject its
// apposition, so a note "excluded" the loss (a node no reader can place). A first word "note"
// or "notes" (any case) followed by a colon is a label: the word it held in the tree (its
// apposition, dep or conjunct after the colon) takes its place and relation, and the label hangs
// on that word as dep; a label with no such word hangs on its head as dep. Never throws.
void RepairNoteLabels(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
