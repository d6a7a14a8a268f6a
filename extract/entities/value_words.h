#pragma once

// Private to extract/entities: the small lexer and word lists the value parsers share.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::values_internal {

// One piece of a value phrase. Digits with their separators form one kNumber piece ("1,234.5");
// letters (with inner full stops, "U.S.") one kWord, lower-cased; "$", "US$", "€", "£", "¥"
// and "%" are kSymbol pieces. Spaces, hyphens, commas between words and brackets separate.
struct Piece {
  enum class Kind { kNumber, kWord, kSymbol } kind = Kind::kWord;
  std::string text;      // lower-cased for words; as written for numbers and symbols
  std::string original;  // as written
};

[[nodiscard]] std::vector<Piece> Lex(std::string_view phrase);

// 1e3 for "thousand"/"k", 1e6 for "million"/"mln"/"mn"/"m", 1e9 for "billion"/"bln"/"bn"/"b",
// 1e12 for "trillion"/"tn"; empty otherwise.
[[nodiscard]] std::optional<double> ScaleOf(std::string_view word);

// 1-12 for a month name or its abbreviation ("mar", "sept."), else empty.
[[nodiscard]] std::optional<int> MonthOf(std::string_view word);
// 0 (Sunday) to 6 for a weekday name or its abbreviation, else empty.
[[nodiscard]] std::optional<int> WeekdayOf(std::string_view word);

// Words that may stand before an amount without changing it ("about", "nearly", "over", "at
// least", "a record", "a net").
[[nodiscard]] bool IsApproximator(std::string_view word);

// The ISO 4217 code a currency symbol stands for ("$" -> USD, "C$" -> CAD, "€" -> EUR).
[[nodiscard]] std::optional<std::string> CurrencyOfSymbol(std::string_view symbol);

// The ISO 4217 code named by the words at pieces[i...]: an ISO code written in capitals
// ("EUR"), a common word or newswire abbreviation ("dlrs", "euros", "stg", "yen"), or an ISO
// 4217 name, singular or plural ("Swiss francs", "Norwegian crowns" is not one). Sets *used to
// the number of pieces read. Longest match wins.
[[nodiscard]] std::optional<std::string> CurrencyOfWords(const std::vector<Piece>& pieces,
                                                         std::size_t i, std::size_t* used);

}  // namespace kg::extract::values_internal
