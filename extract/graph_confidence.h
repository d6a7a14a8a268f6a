#pragma once

#include "model/triple.h"

namespace kg::extract {

// A stored news edge's confidence in (0, 1): how likely a reader judges it correct, from what the
// edge itself says. A logistic model over twelve features of the triple (its rule family in
// `triple.rule`, as extract/rules/catalogue.h spells it; whether it is a plain assertion
// (model::IsAsserted), modal, negated; whether its subject is a named thing; whether an end is a
// bare one-word phrase; a relation of three words or more; an evidence sentence of more than 35
// words), fitted by bench/fit_confidence.py on 400 triples from 40 Reuters stories judged blind
// (bench/judged/2026-12-01-confidence-train and -train2), none of them stories of the judged test
// sample. 5-fold cross-validated on those sheets, the top half by this confidence is 64% correct
// and the bottom half 46% (the confidence it replaces ranked the first sheet the wrong way: 48% /
// 61%). Kept within [0.05, 0.99]. Never throws.
[[nodiscard]] double GraphConfidence(const model::Triple& triple);

}  // namespace kg::extract
