#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::extract {

// Light-verb constructions: a semantically light verb whose object names the event ("had
// meetings with Zelenskyy", "held talks with Kyiv", "made a visit to Paris", "paid a visit to").
// The triple is the event's own verb: meet Zelenskyy, talk with Kyiv, visit Paris. Source: the
// light-verb lists of Grefenstette & Teufel (1995) and PropBank's LVC frames, cut to news use.
struct LightVerbEvent {
  std::string verb;                // the event's verb lemma: "meet"
  std::string direct_preposition;  // the preposition whose object becomes the verb's object
                                   // ("with" for meet: "meetings with X" -> meet X); "" for none
};

// The event a light verb and its object noun express, or empty when the pair is not one:
// ("have", "meeting") -> meet/with; ("hold", "talk") -> talk/"" (so "talk with X" stays);
// ("make", "visit") -> visit/to. Lemmas in lower case.
[[nodiscard]] std::optional<LightVerbEvent> LightVerb(std::string_view verb, std::string_view noun);

// Verbs light enough that an oblique after their object qualifies the object rather than the
// act: have, take, make, give, put, pay, hold, do, get ("took place in January", "gave final
// approval to the merger", "had a loss from insurance", "put the crop at 26 mln bags"). An
// oblique edge of such a verb names the object in its relation ("take place in", "have loss
// from"); without it the edge reads "took in January". The recipient "to" of give and pay stays
// the verb's ("gave the award to Berg": give to). Lemma in lower case. Source: the light
// verbs of Grefenstette & Teufel (1995).
[[nodiscard]] bool IsSupportVerb(std::string_view verb);

// Whether a support verb and its object noun are one idiom whose noun names no thing of its own
// ("give rise to", "take place", "take advantage of", "make use of", "pay attention to", "take
// effect"): the noun is no object node ("cuts -gave-> rise" was judged wrong); the predicate is
// read with what the noun's "of" phrase or the verb's oblique names ("took advantage of -> low
// prices", "gave rise to -> protests"). Lemmas in lower case. A list of 44 common English
// verb-noun idioms, of the support verbs above and of keep ("keeps track of all calls": the node
// "track of all calls" was judged junk), draw, direct, focus, turn and attract ("attention"),
// gathered for news copy; not a published list.
[[nodiscard]] bool IsIdiomNoun(std::string_view verb, std::string_view noun);

}  // namespace kg::extract
