#include "extract/rules/nominal_events.h"

#include <algorithm>
#include <array>

namespace kg::extract {

namespace {

struct EventNoun {
  std::string_view noun;
  std::string_view verb;
};

constexpr std::array kEventNouns{
    EventNoun{"funding", "fund"},
    EventNoun{"financing", "finance"},
    EventNoun{"support", "support"},
    EventNoun{"payment", "pay"},
    EventNoun{"investment", "invest"},
    EventNoun{"donation", "donate"},
    EventNoun{"backing", "back"},
    EventNoun{"loan", "lend"},
    EventNoun{"assistance", "assist"},
    EventNoun{"supply", "supply"},
    EventNoun{"delivery", "deliver"},
    EventNoun{"shipment", "ship"},
    EventNoun{"contribution", "contribute"},
};

constexpr std::array<std::string_view, 5> kOriginVerbs{"come", "flow", "arrive", "originate",
                                                       "stem"};

}  // namespace

std::optional<std::string> EventVerbOfNoun(std::string_view noun) {
  // Some taggers leave the plural as the lemma ("payments").
  if (noun.size() > 3 && noun.back() == 's') noun.remove_suffix(1);
  for (const EventNoun& e : kEventNouns)
    if (e.noun == noun) return std::string(e.verb);
  return std::nullopt;
}

bool IsOriginVerb(std::string_view lemma) {
  return std::find(kOriginVerbs.begin(), kOriginVerbs.end(), lemma) != kOriginVerbs.end();
}

}  // namespace kg::extract
