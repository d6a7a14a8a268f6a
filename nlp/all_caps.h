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
// WordNet does not know stays in capitals ("CIA", "NATO"), and so does a letter before a full
// stop ("U.S.", "J.P. MORGAN"); the stretch's first word gets a
// capital. Only ASCII letters change, so byte and code point offsets into the result are
// offsets into `text`. REQUIRES: valid UTF-8.
[[nodiscard]] std::string RecaseAllCaps(std::string_view text, Lexicon& lexicon);

// Text with its headline-case lines ("Pledge of Security: 26 Nations Commit to Support Ukraine
// Postwar") in sentence case, for the same reason: the tagger reads every capital as a name
// ("Ukraine Postwar" a person). A line counts when it does not end in . ! ? or a quote, has at
// least three words of four or more letters, and every such word starts with a capital. In it,
// each capitalised word after the first becomes lower case when it is a function word or WordNet
// knows it as a common word (a noun with a sense that is no proper name, or any other part of
// speech; not weekdays or months): "Ukraine", "Macron" and "NATO" keep theirs. Only ASCII letters
// change, so offsets into the result are offsets into `text`. REQUIRES: valid UTF-8.
[[nodiscard]] std::string RecaseHeadlines(std::string_view text, Lexicon& lexicon);

// Text with the capital a wire service puts on a small word after "U.S." or "U.K." ("the U.S.
// And Japan", "The U.S. Wants South Korea to cut", "U.S. Officials said"; after "U.S.," only the
// closed list: "the U.S., Whose nominee", not "the U.S., Japan") taken off, for the
// same reason: the tagger read "U.S. Wants South Korea" as one place's name and the recogniser
// "U.S. Officials" and "U.S. Pressure" as organisations. A closed list of function words,
// auxiliaries and reporting verbs changes anywhere; a word WordNet knows as a common word
// (`lexicon`) only where no capitalised word follows it and it is no organisation's word or
// one-word institution ("U.S. Agriculture Department", "U.S. Treasury", "U.K. Government" and
// words in capitals stay), nor where a name goes on after "of", or after "and" to an
// organisation's word ("U.S. Securities and Exchange Commission" had become "U.S. securities"
// and the node "Exchange Commission"). Only ASCII letters change, so offsets into the result
// are offsets into `text`. REQUIRES: valid UTF-8.
[[nodiscard]] std::string RecaseAfterCountryAbbreviations(std::string_view text, Lexicon& lexicon);

}  // namespace kg::nlp
