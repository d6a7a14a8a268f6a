#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a place with its state: "service between Burbank, Calif., and Denver,
// Colo." parsed with "Calif." a conjunct of "Burbank" (and "Colo." a bare nominal modifier), so
// the graph gained a route to the state "Calif." beside the two cities. A state as the AP
// abbreviates it after a city (nlp::IsApState: "Calif.", "N.J."; not "Texas": "Idaho, Utah,
// Montana" is a list), right after a comma that follows a proper noun and followed by a comma, the
// sentence's end or nothing, is an apposition of that place's name (its head within the run of
// proper nouns), as UD annotates "Burbank, Calif."; what else the parse hung on the state (the next
// conjunct, "Denver") hangs on the place with its relation. And after a determiner ("a", "the",
// "its", ...), a place and its state followed by a comma and a lower-case noun phrase modify that
// noun: "a Tampa, Fla., investment firm he controls" parsed with "Tampa" a conjunct of "he" and
// the firm a third (the graph had "Tampa -may acquire-> additional shares", judged wrong) becomes
// one phrase headed by "firm" (which takes the place's attachment when it hung under it), the
// place its compound; a state written in full too ("its Beaumont, Texas, refinery"). Not when the
// state dominates the place, nor the noun the place. So does a place with a comma and its
// state's "-based" word after a determiner ("the Akron, Ohio-based company" had given "Akron
// -be-> Ohio-based company"): the place hangs on the "-based" word as its compound. Never
// throws.
void RepairPlaceStates(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
