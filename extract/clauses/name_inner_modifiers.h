#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs a clause hung on an inner word of a name: "a complaint with the General Agreement on
// Tariffs and Trade (GATT) challenging Canada's decision" parsed "challenging" (and the bracketed
// "GATT") on "Tariffs", so the challenger was the node "Tariffs and Trade". In a name of three
// words or more (entity tags, after RepairNameSpans; not a PERSON or a value) that is one subtree
// under one head, a participle or relative clause (acl, acl:relcl) or an apposition hung on any
// other of its words from outside the name hangs on the name's head, with its relation. An
// organisation's name parsed as several arguments of one word ("General Motors do Brasil said"
// with "do" an auxiliary of "said" and "Brasil" a second subject: the relation read "do said") is
// first made one subtree: the word in the strongest relation (subject, object, oblique, conjunct,
// modifier, apposition) heads it and the others are its flat parts. A tree the change would break
// keeps its parse. Never throws.
void RepairNameInnerModifiers(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
