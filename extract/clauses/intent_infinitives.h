#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of nouns of intent: "set a deadline for its offer to acquire Japan
// Fund Inc" parsed as "for X to do" (the offer the infinitive's subject, "for" its marker), so
// "offer -acquire-> Japan Fund Inc" was stored, a deed of the offer. An infinitive (VB) marked by
// both "for" and "to" whose subject is a noun of intent (rules/modality.h: InfinitiveStance,
// "offer", "plan", "bid", ...) is that noun's clause (acl): the noun takes the infinitive's place
// in the tree as an oblique with "for" its case.
// And "contained a proposal to cut the basic rate", "could undermine plans for reinforcing the
// EMS", "would seek permission to increase capital" parsed with the infinitive (VB after "to")
// or gerund (VBG after "for") an advcl (or xcomp) of the verb, so the verb's subject did the deed
// ("budget -cut-> basic rate") and the object was cut to "proposal": such a clause with no subject
// that starts right after the verb's object (or its oblique after "for": "will ask for
// authorisation to issue bonds", whatever the verb), a noun that takes one (rules/modality.h:
// NounTakesInfinitive; not "demand", mostly a purpose: "boost demand to absorb imports"), is that
// noun's acl, unless the verb takes an object and an infinitive (rules/control.h: "expects the
// measures to prop up the economy") or is a light verb with its event noun (rules/light_verbs.h:
// "make an offer"). The other way round, "made an offer to buy Tarn Inc", "made a decision to close
// the plant" parsed with the infinitive the event noun's acl gave no triple: an infinitive with no
// subject of its own hung on the object of a light verb that makes an event of it is the verb's
// xcomp (the deed the subject's, with the event's stance). Lemmas must be filled. Never throws.
void RepairIntentInfinitives(std::vector<nlp::AnalyzedSentence>& sentences);

}  // namespace kg::extract
