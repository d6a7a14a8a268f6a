#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse and tagging error of firm names: "Cheung Kong (Holdings) Ltd said it would
// buy the hotel", "sold to Borg-Warner (Australia) Ltd", "lead manager Yamaichi International
// (Europe) Ltd said" parsed the name's words apart (the parenthesis an apposition, the front a
// person or an auxiliary) and tagged them so, so the speaker was "Ltd" (with "Cheung said" its
// relation) or the buyer "Borg-Warner", a place. Capitalised words, a parenthesis of capitalised
// words, and a legal form right after it (extract/entities/name_identity.h, IsLegalSuffix: "Ltd",
// "SA", "Sdn Bhd", "(GB) Ltd") are one organisation's name: its last word heads it, taking the
// place in the tree of the name's word that hung outside it as a nominal (subject, object,
// oblique, ...: the one holding a preposition, else the last; with none, of any word that hangs
// outside it), the
// other words its flat parts (the parentheses punctuation), tagged B-/I-ORGANIZATION. The front is
// the capitalised words right before the parenthesis, at most five. Never throws.
void RepairParenthesisedFirmNames(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
