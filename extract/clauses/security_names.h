#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of the names of securities: "subordinated debt", "preferred stock",
// "guaranteed notes", "secured debentures" are kinds of debt and equity (a bond's rank or
// backing; Fabozzi, The Handbook of Fixed Income Securities, ch. 1), but the parser, trained on
// little financial text, read the participle as a verb with the instrument its object: "Moody's
// lowered ... senior debt to A-1, subordinated debt to A-2" gave "Moody's -subordinate-> debt",
// "A-1 subordinated debt and Aa-3 preferred stock" gave "A-1 -subordinated-> debt". A past
// participle in "-ed" of subordinate, prefer, guarantee, secure or collateralise, hung as a verb
// with no auxiliary and no subject but a credit rating right before it ("A-1", "Baa-2"), whose
// object is an instrument (debt, note, debenture, bond,
// eurobond, stock, share, paper, obligation, deposit, loan, certificate, security) that follows
// it with only that noun's own modifiers between ("subordinated senior debt", "convertible
// subordinated debentures"), is that noun's adjective (amod, tagged JJ): the noun takes the
// participle's place in the tree (after another object of the verb it was a conjunct of, the
// next item of that object's list), a subject right before the participle ("A-1", the rating)
// becomes the noun's compound, its obliques the noun's nmod, and every other dependent moves to
// the noun. Lemmas must be filled. Never throws.
void RepairSecurityNames(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
