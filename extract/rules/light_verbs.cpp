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

bool IsIdiomNoun(std::string_view verb, std::string_view noun) {
  struct Idiom {
    std::string_view verb;
    std::string_view noun;
  };
  static constexpr std::array kIdioms{
      Idiom{"give", "rise"},      Idiom{"give", "way"},          Idiom{"give", "birth"},
      Idiom{"give", "credence"},  Idiom{"give", "priority"},     Idiom{"take", "advantage"},
      Idiom{"take", "place"},     Idiom{"take", "effect"},       Idiom{"take", "control"},
      Idiom{"take", "charge"},    Idiom{"take", "note"},         Idiom{"take", "care"},
      Idiom{"take", "hold"},      Idiom{"take", "shape"},        Idiom{"take", "stock"},
      Idiom{"take", "issue"},     Idiom{"take", "aim"},          Idiom{"take", "notice"},
      Idiom{"take", "account"},   Idiom{"take", "possession"},   Idiom{"take", "part"},
      Idiom{"make", "use"},       Idiom{"make", "sense"},        Idiom{"make", "way"},
      Idiom{"make", "room"},      Idiom{"make", "headway"},      Idiom{"make", "mention"},
      Idiom{"pay", "attention"},  Idiom{"pay", "tribute"},       Idiom{"pay", "heed"},
      Idiom{"put", "pressure"},   Idiom{"put", "emphasis"},      Idiom{"get", "hold"},
      Idiom{"have", "access"},    Idiom{"have", "recourse"},     Idiom{"hold", "sway"},
      Idiom{"keep", "track"},     Idiom{"keep", "pace"},         Idiom{"take", "root"},
      Idiom{"draw", "attention"}, Idiom{"direct", "attention"},  Idiom{"focus", "attention"},
      Idiom{"turn", "attention"}, Idiom{"attract", "attention"},
  };
  return std::any_of(kIdioms.begin(), kIdioms.end(),
                     [&](const Idiom& i) { return i.verb == verb && i.noun == noun; });
}

}  // namespace kg::extract
