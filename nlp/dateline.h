#pragma once

#include <cstddef>
#include <string_view>

namespace kg::nlp {

// The length of the dateline that opens a wire story's first sentence, dash and space included
// ("WASHINGTON, Feb 26 - ", "PARIS (Reuters) - "); 0 when the sentence has none. A dateline says
// where the story was filed, not who did what: the parser gets the sentence without it, which
// is shorter and parses as an ordinary clause.
//
// What counts: at most 8 words before " - " (or " -- "), the first in capitals, every word
// capitalised or a number (or a country's "the" after a comma: "GRONINGEN, the Netherlands, March
// 31 - "), and a comma or a parenthesis among them (so that "NATO - the alliance - met" keeps its
// subject); or a place in title case followed by a comma and a date of a month's
// name and a day ("Caracas, March 6 - ", "Lagos, Sept. 12 - "; the words after the first in any
// case, as a recased all-capitals story has them: "La paz, march 4 - "), a region in capitalised
// words and a comma allowed between them ("Edmonton, Alberta, March 17 - ", "Greensboro, N.C.,
// June 1 - "); or one place in title case before a sentence that starts with a capital, as a
// digest of wire items opens each ("Abidjan - The African Development Bank said ..."), or in
// capitals, one to three words of five capitals or more in all ("WELLINGTON - New Zealand's budget
// deficit widened", "HONG KONG - Gold was trading"; not "NATO - ").
[[nodiscard]] std::size_t DatelineLength(std::string_view sentence);

}  // namespace kg::nlp
