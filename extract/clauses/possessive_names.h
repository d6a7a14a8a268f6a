#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of possessives: "The Bank of Japan's governor met the Bank of
// England's chief cashier" parsed with "governor" an "of" nmod of "Bank" and "Japan's" its
// possessor, so the bank meets the bank. When a proper noun with a possessive "'s" is the
// nmod:poss of a noun that hangs as an "of" nmod on an earlier proper noun, and the "of" stands
// between that earlier noun and the possessor ("Bank of Japan's"), the possessor phrase is the
// name "Bank of Japan": the possessed noun takes the earlier noun's place in the tree, the
// earlier noun becomes its nmod:poss, and the possessor that noun's "of" nmod (UD's reading of
// "the King of France's hat"). And "Moody's expects ..." parsed with "'s" an auxiliary ("is") of
// a verb in a tense of its own (VBZ, VBD, VBP: no auxiliary precedes one), or read as the
// possessive of a subject ("Moody's noted": the subject owns nothing), ends the name before it
// ("Moody's", flat; the name's entity tag goes on): the node had been "Moody". A firm the
// gazetteer knows by its possessive (nlp::Gazetteer::IsPossessiveFirm) keeps its "'s" before any
// verb form ("Moody's also cited", read "Moody has cited") and is tagged an organisation (the
// recogniser had made "Moody" a person). And a firm named
// by a founder's possessive (nlp::Gazetteer::IsPossessiveFirm) as the possessor of a proper noun
// whose only words before it are proper nouns of its name ("Moody's Investors Service") is the
// front of that name (compound; the span tagged ORGANIZATION). Never throws.
void RepairPossessiveNames(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
