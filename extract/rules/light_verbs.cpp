#include "extract/rules/light_verbs.h"

#include <algorithm>
#include <array>

namespace kg::extract {

namespace {

constexpr std::array<std::string_view, 8> kLightVerbs{"have", "hold", "make",    "pay",
                                                      "take", "give", "conduct", "launch"};

struct EventNoun {
  std::string_view noun;
  std::string_view verb;
  std::string_view direct_preposition;
};

constexpr std::array kEventNouns{
    EventNoun{"meeting", "meet", "with"},
    EventNoun{"talk", "talk", ""},
    EventNoun{"visit", "visit", "to"},
    EventNoun{"trip", "travel", ""},
    EventNoun{"call", "call", "to"},
    EventNoun{"phone", "call", "to"},
    EventNoun{"discussion", "discuss", ""},
    EventNoun{"negotiation", "negotiate", ""},
    EventNoun{"conversation", "talk", ""},
    EventNoun{"speech", "speak", ""},
    EventNoun{"decision", "decide", ""},
    EventNoun{"attack", "attack", "on"},
    EventNoun{"investigation", "investigate", "into"},
    EventNoun{"payment", "pay", "to"},
    EventNoun{"promise", "promise", ""},
    EventNoun{"offer", "offer", ""},
    EventNoun{"agreement", "agree", ""},
    EventNoun{"deal", "agree", ""},
};

}  // namespace

std::optional<LightVerbEvent> LightVerb(std::string_view verb, std::string_view noun) {
  if (std::find(kLightVerbs.begin(), kLightVerbs.end(), verb) == kLightVerbs.end())
    return std::nullopt;
  // Some taggers leave the plural as the lemma ("talks", "meetings").
  if (noun.size() > 3 && noun.back() == 's') {
    const std::string_view singular = noun.substr(0, noun.size() - 1);
    for (const EventNoun& e : kEventNouns)
      if (e.noun == singular)
        return LightVerbEvent{std::string(e.verb), std::string(e.direct_preposition)};
  }
  for (const EventNoun& e : kEventNouns)
    if (e.noun == noun)
      return LightVerbEvent{std::string(e.verb), std::string(e.direct_preposition)};
  return std::nullopt;
}

bool IsSupportVerb(std::string_view verb) {
  static constexpr std::array<std::string_view, 9> kSupportVerbs{
      "have", "take", "make", "give", "put", "pay", "hold", "do", "get"};
  return std::find(kSupportVerbs.begin(), kSupportVerbs.end(), verb) != kSupportVerbs.end();
}

}  // namespace kg::extract
