#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

// ASCII lower case; other bytes (UTF-8 letters) unchanged.
[[nodiscard]] std::string Lower(std::string_view s);

// True when the word's first byte is an ASCII capital ("Orvik", "N.J."); false for "" and for a
// word opening on a digit, a mark or a UTF-8 letter.
[[nodiscard]] bool StartsWithCapital(std::string_view word);

// True for a number written with digits and at least one full stop, commas allowed, opening and
// ending on a digit ("3.65", "1,000.50"; not "3", "U.S", "3.").
[[nodiscard]] bool IsDecimalNumber(std::string_view word);

// Whether `word` (lower case) is an adverb that makes an amount a change: up, down, off, higher,
// lower ("sales were off 1.3 pct", "production was up 4.2 pct").
[[nodiscard]] bool IsChangeAdverb(std::string_view word);

// Whether a token's form is a quotation mark: the straight one, the Penn Treebank's `` and '',
// or a curly opening or closing one (U+201C, U+201D).
[[nodiscard]] bool IsQuotationMark(std::string_view form);

// The words of s separated by single or repeated spaces.
[[nodiscard]] std::vector<std::string> SplitWords(std::string_view s);

// How many words SplitWords would give, without making them.
[[nodiscard]] std::size_t CountWords(std::string_view s);

// True for the lemma of a weekday, a month or a relative day or period ("monday", "march",
// "yesterday", "year"), also after "mid-" ("mid-april"): words of dates, never roles or names of
// things.
[[nodiscard]] bool IsCalendarWord(std::string_view lemma);

// True for a weekday's name written out, lower case ("friday"; not "fri", nor "sun", a firm's
// name as often).
[[nodiscard]] bool IsWeekdayName(std::string_view word);

// True for a month's name, lower case, written out or as the wire abbreviates it, with or
// without its full stop ("february", "feb", "sept.").
[[nodiscard]] bool IsMonthName(std::string_view word);

// True for a day of the month written as an ordinal: "15th", "1st", "22nd", "3rd" (one or two
// digits and a suffix in any case; the suffix is not checked against the number).
[[nodiscard]] bool IsOrdinalDay(std::string_view word);

// True for a credit rating as Moody's and Standard and Poor's write them in news: a grade (Aaa,
// Aa, A, Baa, Ba, B, Caa, Ca; AAA, AA, BBB, BB, not CCC, which news more often writes for the
// Commodity Credit Corporation; P or Prime for commercial paper) with an
// optional notch ("1" to "3", after a hyphen or not) and an optional "+", "-", "-plus" or
// "-minus": "Aa-3", "A-1", "Baa2", "BB-minus", "Prime-2", "A-1-plus". Case-sensitive: "aa-3" is
// no rating. Source: Moody's Rating Symbols and Definitions; S&P Global Ratings Definitions.
[[nodiscard]] bool IsCreditRating(std::string_view word);

// True for a US state as the AP Stylebook writes it after a city: an abbreviation with its full
// stop ("Calif.", "Colo.", "N.J.", "W.Va."; 41 of them) or one of the eight states it never
// abbreviates ("Texas", "Ohio", "Utah", "Iowa", "Idaho", "Maine", "Alaska", "Hawaii"), plus the
// older "Tex." and "Kans.". Case-sensitive: "ill." and "wash." are no states. Source: AP
// Stylebook, "state names".
[[nodiscard]] bool IsApState(std::string_view word);

// True for the lemma of a verb of saying or thinking whose subject is a speaker and whose
// clausal complement is that speaker's claim: say, tell, claim, state, announce, add, report,
// allege, insist, argue, warn, believe, think, comment, speculate, find ("the study found that
// ..."), hope, feel, complain, point ("pointed out that"), show ("..., official figures show":
// data are a source as a speaker is), ... (59 verbs; the attribution rules add the denial verbs).
// Its subject is someone or something that can tell: a person, an organisation, a group, a
// document or figures.
[[nodiscard]] bool IsVerbOfSaying(std::string_view lemma);

// True for a complex preposition of three words, lower case ("in conjunction with", "in
// relation to", "on behalf of", "in exchange for", "in line with"): a preposition, a bare noun
// and a preposition that together do a preposition's work, so the noun names nothing. 32
// phrases, after the complex prepositions of the Cambridge Grammar of the English Language
// (Huddleston and Pullum 2002, ch. 7) that news copy uses; and 14 of four words with "the"
// before the noun ("in the wake of", "on the question of", "at the request of").
[[nodiscard]] bool IsComplexPreposition(std::string_view phrase);

}  // namespace kg::nlp
