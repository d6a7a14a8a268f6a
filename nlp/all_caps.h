#pragma once

#include <string>
#include <string_view>

#include "nlp/lexicon.h"

namespace kg::nlp {

// Text with its all-capital sentences ("KELSO HOLDINGS SUED VANTORA ON MONDAY.", wire headlines
// and alerts) in ordinary case, for the tagger and parser, which learnt from ordinary text and
// read capitals as names. A stretch counts as all-capital when it has at least two words of two
// or more letters and no lower-case ASCII letter; stretches end at . ! ? and line breaks. In it,
// each word becomes lower case when it is a function word or WordNet knows it (not weekdays or
// months), else keeps a capital initial ("Kelso", "Vantora"); a word of up to four letters that
// WordNet does not know stays in capitals ("CIA", "NATO"); the stretch's first word gets a
// capital. Only ASCII letters change, so byte and code point offsets into the result are
// offsets into `text`. REQUIRES: valid UTF-8.
[[nodiscard]] std::string RecaseAllCaps(std::string_view text, Lexicon& lexicon);

}  // namespace kg::nlp
