#pragma once

// How close a name someone typed is to a stored name, for "did you mean" hints. Shared by the
// store's ClosestNames and anything else that suggests names.

#include <cstddef>
#include <string_view>

namespace kg::model {

// 0 when query is the acronym of name ("EU" for "European Union", "NATO" for "North Atlantic
// Treaty Organization"; small words such as "of" and "the" may be skipped) or equal to it once
// case and accents are ignored ("emile" for "\u00C9mile"); otherwise the Levenshtein distance, in
// code points, between the two names' LooseKey forms. Both are UTF-8.
[[nodiscard]] std::size_t HintDistance(std::string_view query, std::string_view name);

// Whether a hint at distance d is worth showing for a query of query_length code points.
[[nodiscard]] bool IsCloseEnough(std::size_t d, std::size_t query_length);

}  // namespace kg::model
