#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::extract {

// Nominal events the parse makes plain: an event noun as the subject of a verb of origin, with
// the doer in a "from" phrase. "Funding for the missiles has come from Denmark" gives Denmark
// -fund-> missiles; "Payments to the minister came from Vantora" gives Vantora -pay-> minister.
// The event's object is the noun's nmod with "for", "of" or "to".

// The verb of an event noun ("funding" -> "fund", "payment" -> "pay", "loan" -> "lend"), or empty
// when the noun names no event kg reads this way. Lemma in lower case.
[[nodiscard]] std::optional<std::string> EventVerbOfNoun(std::string_view noun);

// True for the verbs that carry such an event's origin: come, flow, arrive, originate, stem.
[[nodiscard]] bool IsOriginVerb(std::string_view lemma);

}  // namespace kg::extract
