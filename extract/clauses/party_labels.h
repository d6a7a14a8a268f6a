#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a legislator's party-and-state label: "a tax proposed by House Speaker Jim
// Wright, D-Tex, or other special taxes" parsed with "D-Tex" a conjunct of the speaker, so the
// tax had two proposers, "D-Tex" the second (judged wrong); "Chairman Dan Rostenkowski (D-Ill.)"
// with the label an apposition read into his title ("Chairman D-Ill of"). A word of the form
// party letter (D, R or I), hyphen, capitalised state abbreviation of two to five letters or
// letters with stops ("D-Tex", "R-Calif", "I-Vt", "R-N.C."; the American newsroom's convention, AP
// Stylebook, "party affiliation"), after a name (a proper noun, past a comma or an opening
// parenthesis), names no thing of its own: it hangs on the name's head as dep, outside any entity,
// and its own dependents but punctuation hang where it hung. Never throws.
void RepairPartyLabels(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
