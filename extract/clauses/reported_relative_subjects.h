#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs the parse of a relative clause whose relative word is the subject of a report inside
// it: "Funaro announced a plan, which he said would cut inflation", "the tariff, which officials
// say would protect farmers", "The proposal, which analysts said would cut taxes, was rejected".
// The parser hangs the noun on the reported verb as its subject ("plan -would cut-> inflation",
// the writer's fact) or makes the verb of saying the sentence's root ("proposal -said-> ...").
// When a relative word (which, who, that) is followed by a speaker's phrase (one to five
// determiners, adjectives, numbers, nouns, proper nouns or pronouns with a noun or pronoun
// among them), a finite verb of saying or "expect" (nlp::IsVerbOfSaying) and, right after it, a
// finite verb or auxiliary, the tree becomes UD's: the verb of saying an acl:relcl of the
// noun before the relative word (the clause's head when the parse made one, else the noun
// before a comma), the phrase its nsubj, the reported clause its ccomp with the relative
// word as subject (nsubj:pass under a passive auxiliary). The noun's own head is the verb
// the reported clause had hung on (obj, or obl with a preposition); when the noun opens the
// sentence and a finite verb follows the comma that closes the relative clause, that verb is
// the root and the noun its subject ("..., was rejected"). The tokens are left as they were
// when the result would not be one tree. Never throws.
void RepairReportedRelativeSubjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
