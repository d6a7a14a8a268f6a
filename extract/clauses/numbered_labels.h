#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a label and its number: "filed under Chapter 11 of the bankruptcy code"
// parsed with "Chapter" a modifier of "11", "reorganized under Chapter 11 bankruptcy proceedings"
// with "11" a count of "proceedings", so the nodes were "11" or "Chapter" (the names of
// extract/entities/name_spans.h join a label and the number hung on it). A capitalised label
// word followed by a token with a digit (name_spans.h: IsNumberedLabel) makes that number
// its `flat` dependent: hung on the number, the label takes its place; hung with the number on
// the same later noun, the label stays that noun's modifier (compound) and the number goes with
// it; hung on a later noun that hangs with the label on one word, the noun takes the label's
// place and the label becomes its modifier. Never throws.
void RepairNumberedLabels(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
