#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a subjunctive complement: "He suggested banks be permitted to offer both
// insured and uninsured deposits" parsed with "banks" the object of "suggested" and "be
// permitted" its open complement (xcomp) had given "Brittain -suggested-> banks" (judged wrong:
// what he suggested is that banks be permitted ...). After a verb of proposing or demanding
// (suggest, propose, recommend, demand, insist, urge, request, require, ask, order), an object
// noun followed by an xcomp (or an acl of that noun: "demanded the plant be reopened") that has
// no "to" and is, or has as its auxiliary, a base-form "be"
// (VB) is a content clause: the noun becomes the clause's subject (nsubj:pass under a passive
// auxiliary), the clause the verb's ccomp. Lemmas must be filled. Never throws.
void RepairSubjunctiveComplements(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
