#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reports told to someone: "Iemura told a news conference sales are
// forecast at 3,500 billion yen", "an official told Reuters Japan is likely to approve the loan"
// parsed with the one told a compound of the report's subject, so the report's subject read
// "news conference sales" and "Reuters Japan", and the statement began with the audience. After
// a verb that takes an addressee before its report (tell, inform, assure, remind, notify, warn)
// with no object of its own, the words between it and the subject of its clausal complement that
// the parse made part of that subject are the one told when one of them is an audience of news
// (a conference, luncheon, meeting, briefing, interview, hearing, seminar or symposium;
// reporters, journalists, correspondents; Parliament, Congress, the Senate, a committee; a news
// agency): that word becomes the verb's object, the words before it its own, and a name the
// recogniser ran on from the audience into the subject ("Reuters Japan") starts after it. So
// when the parse made the audience itself the subject and the name after it its flat or compound
// part ("officials told Reuters MHI is the world's largest shipbuilder"): the name is the subject.
// Never throws.
void RepairToldAudiences(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
