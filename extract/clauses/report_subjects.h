#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reports whose subject carries a relative clause or a parenthesis:
// "Traders said rumors, which began yesterday, added to speculation", "He said the rest of the
// refinery, including the cracker, was undamaged", "Fish said the pact that was rejected
// contained a cost of living increase" parsed with the report's subject a second nsubj of the
// verb of saying and the report's verb hung on the relative clause (conj, xcomp) or on the
// saying (parataxis, advcl), so the rules stored no report, or "pact -was rejected contained->
// increase". A verb of saying (nlp::IsVerbOfSaying; lemmas filled) with a subject before it, a
// second nominal subject after it and no clausal complement (but a relative clause the parse
// hung as one: "It said Oteiba, who had attended the meeting, would stay") has, as its report
// (ccomp), the
// first verb or predicate after that second subject's phrase that is finite (VBD, VBZ, VBP, a
// past form tagged VBN, or one with a finite auxiliary or copula) and has no subject of its own,
// passing over the words of a relative clause (one whose subject is which, who or that: its
// conjuncts excepted); the second subject becomes the report's subject (nsubj:pass for a passive
// one), a relative clause hung elsewhere its acl:relcl, and the conjuncts of the verb the
// relative clause had after the report's verb go with the report. Never throws.
void RepairReportSubjects(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
