#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a double object of "cost", "save", "charge" or "owe": "certificates cost
// the government about 15 pct more than cash payments" and "it costs the government about 75
// cents to store each bushel" parsed with the amount a modifier of "government" had given the
// nodes "government about 15 pct more than cash payments" and "government about 75 cents" (both
// judged junk). When such a verb has a direct object that is no amount and no indirect object,
// the first dependent of that object after it that is an amount (a MONEY, PERCENT or QUANTITY
// word, a number, or a word with a number: "cents"; or "more" or "less" with such a word), not
// one with "of" ("was owed a total of 468,859 dlrs"), is the verb's direct object (with "more"
// or "less" as its modifier) and the first object its indirect object, as UD annotates "cost him
// $5"; a preposition the parse gave the amount ("about") becomes its adverb. A repair that would
// leave no tree is undone. And the reverse: a one-word proper noun hung as the indirect object of
// a verb of allowing or asking (allow, permit, enable, force, require, ask, urge, encourage,
// help) right before its object's words, with an infinitive after them ("would allow U.S.
// agricultural producers to seek ...", which had read "United States -would seek->"), is the
// object's compound. Never throws.
void RepairCostObjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
