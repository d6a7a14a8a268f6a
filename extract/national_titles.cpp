#include "extract/national_titles.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/rules/catalogue.h"
#include "nlp/words.h"

namespace kg::extract {

void OwnTitlesByNationality(std::vector<EmittedTriple>& emitted, const nlp::Gazetteer& gazetteer) {
  const auto compass = [](std::string_view w) {
    return w == "West" || w == "East" || w == "North" || w == "South";
  };
  for (EmittedTriple& e : emitted) {
    ClauseTriple& c = e.clause;
    if (c.rule != RuleId::kTitleRole || c.relation != "be") continue;
    const std::vector<std::string> words = nlp::SplitWords(c.object.name);
    // The nationality's words: the longest of one or two that names a country, with a title after.
    std::size_t n = 0;
    std::optional<std::string> country;
    for (std::size_t k = 2; k >= 1 && !country; --k) {
      if (words.size() <= k) continue;
      std::string demonym;
      for (std::size_t i = 0; i < k; ++i) demonym += (i == 0 ? "" : " ") + words[i];
      country = gazetteer.CountryOfNationality(demonym);
      // "West German", "North Korean": a point of the compass before a nationality names the
      // country so called ("West Germany", news copy's node for it; "North Korea", not the
      // "South Korea" the list gives "Korean").
      if (!country && k == 2 && compass(words[0]))
        if (auto second = gazetteer.CountryOfNationality(words[1])) {
          const std::size_t space = second->find(' ');
          if (space != std::string::npos && compass(second->substr(0, space)))
            second = second->substr(space + 1);
          country = words[0] + " " + *second;
        }
      // A country's own name before the title: "U.S. Treasury Secretary".
      if (!country)
        if (const nlp::Country* named = gazetteer.FindCountry(demonym)) country = named->name;
      n = k;
    }
    if (!country) continue;
    std::string title;
    std::size_t demonym_length = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i < n) {
        demonym_length += words[i].size() + (i == 0 ? 0 : 1);
        continue;
      }
      title += (title.empty() ? "" : " ") + words[i];
    }
    // The nationality of a body before its officer's title is the body's, not the title's
    // ("French Maize Producers Association president"); a ministry's is the country's.
    const std::vector<std::string> title_words = nlp::SplitWords(title);
    if (std::none_of(title_words.begin(), title_words.end(),
                     [](const std::string& w) { return nlp::Gazetteer::IsPersonTitle(w); }) ||
        std::any_of(title_words.begin(), title_words.end(), [](const std::string& w) {
          return nlp::Gazetteer::IsOrganizationWord(w) && nlp::Lower(w) != "ministry";
        }))
      continue;
    c.relation = title + " of";
    c.predicate = nlp::Lower(title) + " of";
    c.object.name = *country;
    c.object.text = *country;
    c.object.type = model::EntityType::kCountry;
    c.object.named = true;
    c.object.end = c.object.start + demonym_length;
    e.triple = ToModelTriple(c, e.triple.evidence);
  }
}

}  // namespace kg::extract
