#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// The ways news text writes one name differently, as pure functions on names. The resolver asks
// them whether two names may be one entity; each answer names the rule, so every merge it makes
// can be recorded with the rule that made it and undone.

// Why two names were taken as one entity; stored with the merge.
enum class IdentityRule {
  kSameKey,  // equal after case, punctuation, "the" and organisation suffixes: "Vantora Inc."
  kAcronym,  // one is the initials of the other: "EU" / "European Union"
  kExonym,   // a curated older or foreign name: "Kiev" / "Kyiv"
};

// "same key", "acronym", "exonym": the spelling stored with a merge.
[[nodiscard]] std::string_view RuleName(IdentityRule rule);

// The key two spellings of one organisation or place share: lower case, full stops and a leading
// "the" dropped, inner spaces single, and a legal-form suffix removed ("Inc.", "Corp", "Ltd",
// "Plc", "A/S", "AG", "GmbH", "S.A.", "N.V.", "LLC", "Co"). So "The Vantora Group Inc." and
// "Vantora Group" share "vantora group", and "E.U." and "EU" share "eu". Never empty for a
// non-empty name: a name that is only a suffix keeps it.
[[nodiscard]] std::string IdentityKey(std::string_view name);

// True for a legal-form word ("Inc.", "Corp", "Ltd", "Plc", "A/S", "AG", "GmbH", "S.A.", "N.V.",
// "LLC", "Co", ...), any case, full stops ignored.
[[nodiscard]] bool IsLegalSuffix(std::string_view word);

// The legal form a name ends in, lower case without full stops, one spelling per form: "co" for
// "Co", "Co." , "Company" and "Co Ltd" (the first word of a run of suffixes), "corp" for "Corp"
// and "Corporation", "inc" for "Inc" and "Incorporated", "ltd" for "Ltd" and "Limited", else the
// suffix itself ("ag", "plc", "a/s"); "" when the name has none. So "Procter and Gamble Co" and
// "Procter and Gamble AG" differ in form where their IdentityKey is one.
[[nodiscard]] std::string LegalForm(std::string_view name);

// The name without its legal-form suffix ("Nordvik Energy A/S" -> "Nordvik Energy"), as written;
// the name itself when it has none.
[[nodiscard]] std::string WithoutLegalSuffix(std::string_view name);

// True when `headline` writes `name` without its legal form as consecutive whole words, in any
// case: "DEGUSSA COMBINES PHARMACEUTICAL INTERESTS" names "Degussa AG", "BANKS FILE SUIT AGAINST
// SAUDI COMPANY" names no "Saudi Research Co" ("research" is not written), "First" alone of
// "FIRST QUARTER NET" names no "First Union Corp". Words are split at anything but letters,
// digits, "&", "-" and an inner apostrophe, after Unicode case folding (model/unicode.h); full
// stops and a possessive "'s" are dropped.
[[nodiscard]] bool HeadlineNames(std::string_view headline, std::string_view name);
// The same with the headline already split by HeadlineWords (once per article, for its many
// names).
[[nodiscard]] bool HeadlineNames(const std::vector<std::string>& headline_words,
                                 std::string_view name);
// A headline's (or name's) words as HeadlineNames compares them: case-folded, split at anything
// but letters, digits, "&", "-" and an inner apostrophe, full stops and a possessive dropped
// ("DEGUSSA'S U.S. UNIT" -> "degussa", "us", "unit").
[[nodiscard]] std::vector<std::string> HeadlineWords(std::string_view text);

// True when short_form is an acronym of long_form: its letters are the initials of the long
// form's words in order, where "of", "for", "and", "the", "de", "on" and "in" may be skipped and
// a hyphenated word may give one initial or one per part ("Co-operation" gives C or C and O).
// The short form must be 2 to 8 letters, written in capitals (full stops allowed: "E.U."), and
// the long form must have as many content words as the acronym has letters, or more only by
// skippable words. "EU"/"European Union", "NATO"/"North Atlantic Treaty Organization",
// "OECD"/"Organisation for Economic Co-operation and Development": true. "US"/"Uber Systems"
// is true too: whether to merge is the resolver's call, made only for names in one article or
// typed alike.
[[nodiscard]] bool IsAcronymOf(std::string_view short_form, std::string_view long_form);

// The current English name for a curated older or foreign one: "Kiev" -> "Kyiv", "Bombay" ->
// "Mumbai", "Peking" -> "Beijing". Case-insensitive. Empty when the name is not on the list.
// Source: the names the BBC and AP style guides moved to (Kyiv 2019, Odesa and Kharkiv 2022).
[[nodiscard]] std::optional<std::string> CurrentNameOf(std::string_view name);

// Which rule, if any, makes a and b one entity; empty when none does. Order: same key, exonym,
// acronym (either way round).
[[nodiscard]] std::optional<IdentityRule> SameEntity(std::string_view a, std::string_view b);

}  // namespace kg::extract
