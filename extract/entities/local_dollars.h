#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/entities/values.h"

namespace kg::extract {

// The dollar a wire story means by a bare "dlrs", "dollars" or "cts" when it was filed from
// `place`, the first words of its dateline ("TORONTO" of "TORONTO, March 3 - "; any case): CAD
// for a Canadian city (Toronto, Ottawa, Montreal, Vancouver, Calgary, Edmonton, Winnipeg,
// Halifax, Regina, Saskatoon), AUD for an Australian one (Sydney, Melbourne, Canberra, Perth,
// Brisbane, Adelaide), NZD (Wellington, Auckland, Christchurch), HKD (Hong Kong), SGD
// (Singapore); empty for any other place. Reuters copy names the U.S. dollar as "U.S. dlrs" in
// such stories and the local one bare ("TORONTO - ... net profit of 5.6 mln dlrs"); sheet 1211
// judged "Canada Savings Bonds ... 400 mln dlrs" read as USD a wrong qualifier.
[[nodiscard]] std::optional<std::string> LocalDollarOfPlace(std::string_view place);

// The place a story's text opens its dateline with (nlp/dateline.h: DatelineLength on each of
// its first four non-empty lines, a headline before it), up to the first comma, bracket or dash:
// "TORONTO" of "TORONTO, March 3 - Canada's ..."; empty when the story has no dateline.
[[nodiscard]] std::string DatelinePlace(std::string_view text);

// `value` read from `phrase` (ParseValue's): when it is in U.S. dollars and the phrase does not
// name them itself ("U.S. dlrs", "US$", "$", "American dollars"), its currency becomes `local`
// (an ISO 4217 code; nothing changes when empty).
void LocaliseDollar(Value& value, std::string_view phrase, const std::string& local);

}  // namespace kg::extract
