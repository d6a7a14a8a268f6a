#include "extract/entities/local_dollars.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "nlp/dateline.h"
#include "nlp/words.h"

namespace kg::extract {

std::optional<std::string> LocalDollarOfPlace(std::string_view place) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kPlaces{{
      {"toronto", "CAD"},    {"ottawa", "CAD"},    {"montreal", "CAD"},     {"vancouver", "CAD"},
      {"calgary", "CAD"},    {"edmonton", "CAD"},  {"winnipeg", "CAD"},     {"halifax", "CAD"},
      {"regina", "CAD"},     {"saskatoon", "CAD"}, {"sydney", "AUD"},       {"melbourne", "AUD"},
      {"canberra", "AUD"},   {"perth", "AUD"},     {"brisbane", "AUD"},     {"adelaide", "AUD"},
      {"wellington", "NZD"}, {"auckland", "NZD"},  {"christchurch", "NZD"}, {"hong kong", "HKD"},
      {"singapore", "SGD"},
  }};
  const std::string lower = nlp::Lower(place);
  for (const auto& [name, code] : kPlaces)
    if (lower == name) return std::string(code);
  return std::nullopt;
}

std::string DatelinePlace(std::string_view text) {
  // The dateline opens the story's first paragraph, after a headline line or two.
  std::size_t start = 0;
  for (int lines = 0; lines < 4 && start < text.size(); ++lines) {
    while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start])) != 0)
      ++start;
    const std::size_t end = text.find('\n', start);
    const std::string_view line =
        text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
    if (const std::size_t length = nlp::DatelineLength(line); length > 0) {
      std::string_view place = line.substr(0, std::min(length, line.find_first_of(",(-")));
      while (!place.empty() && std::isspace(static_cast<unsigned char>(place.back())) != 0)
        place.remove_suffix(1);
      return std::string(place);
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return "";
}

void LocaliseDollar(Value& value, std::string_view phrase, const std::string& local) {
  if (local.empty() || value.currency != "USD") return;
  const std::string lower = nlp::Lower(phrase);
  for (const std::string_view us : {"u.s.", "us$", "$", "american", "us dollar", "us dlr"})
    if (lower.find(us) != std::string::npos) return;
  value.currency = local;
}

}  // namespace kg::extract
