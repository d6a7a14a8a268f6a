#pragma once

#include <string>
#include <vector>

#include "nlp/entity_recognizer.h"

namespace kg::nlp {

// Values by rule, not by the model: PERCENT ("12 %", "3.5 percent"), MONEY ("$ 4 million",
// "40 million dollars", "US$ 5", "2,000 euros", the newswire's "800 mln stg" and "500 mln
// guilders": Gazetteer::IsCurrencyWord; a country's dollar with the country between, "50 mln
// Hong Kong dlrs", "235 mln H.K. Dlrs"), DATE ("August 30", "30 August 1996", "Monday",
// "1996-08-30", a year 1900-2099 after "in"/"since"/"by") and QUANTITY (a number before a unit:
// "5 km", "300 tonnes", "2 million barrels"; in words too before a unit: "seven billion
// tonnes"). Mentions do not overlap and come in token order.
[[nodiscard]] std::vector<EntityMention> FindValues(const std::vector<std::string>& tokens);

}  // namespace kg::nlp
