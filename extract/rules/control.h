#pragma once

#include <string>
#include <string_view>

namespace kg::extract {

// Object control (Jackendoff & Culicover 2003; UD's xcomp guidelines): with these verbs the
// OBJECT of the verb is the understood subject of its xcomp, "Macron urged Putin to end the war"
// -> Putin is the one to end it; with plead, call and appeal the controller is the oblique
// ("called on Iran to free"). Every other xcomp takes the governor's subject ("Germany
// refused to fund", subject control) or, for a passive raising verb, its nsubj:pass ("Iran is
// expected to sign").
[[nodiscard]] bool IsObjectControlVerb(std::string_view lemma);

// Raising to object (Postal 1974; Huddleston & Pullum 2002, ch. 14 on plain-complex catenatives):
// expect, want, like, prefer, wish, intend, believe. Their object is no thing they act on, only
// the understood subject of their xcomp: "expects the EPA to sue the company" says nothing of
// "expect -> EPA"; the EPA is the one to sue.
[[nodiscard]] bool IsRaisingToObjectVerb(std::string_view lemma);

// Object-control verbs that enable or oblige (Huddleston & Pullum 2002, ch. 14; Levin 1993,
// 59 "force" and 64 "allow"): allow, permit, enable, authorize, authorise, require, oblige, force,
// compel, entitle, and the causatives of IsCausativeVerb ("conditions led Intel to reassess" did
// nothing else to Intel). What
// they do to their object is only what the infinitive says: "the sales will allow Kaiser to reduce
// its debt" allows Kaiser nothing but the reducing, so "sales -allow-> Kaiser" is no fact of its
// own, unlike "urged Putin", "asked the court", "warned Iran" (acts aimed at the object). REQUIRES
// nothing; false for every other lemma.
[[nodiscard]] bool IsEnablingVerb(std::string_view lemma);

// Causatives (Levin 1993, 27 "engender"; Huddleston & Pullum 2002, ch. 14): lead, cause, prompt,
// induce, spur, let. Object control and enabling only with an open complement the parse made an
// xcomp ("caused investors to sell"), never an infinitive of purpose or a later clause the parse
// hung on them as an advcl ("would cause inflation and lead to trade friction"). Not "help":
// its subject shares the doing ("the move will help us increase our share" helps increase it).
[[nodiscard]] bool IsCausativeVerb(std::string_view lemma);

// Raising verbs of expectation and belief (expect, believe; Postal 1974): "McCrann expects Wang
// to report a loss" is what McCrann thinks Wang will do, read in the passive ("Wang is expected
// to report") and credited to McCrann.
[[nodiscard]] bool IsExpectationVerb(std::string_view lemma);

// Raising verbs of desire (want, wish, like, prefer; Postal 1974, Huddleston & Pullum 2002,
// ch. 14): "The U.S. wants South Korea to cut its surplus" says what, in the wanter's view, South
// Korea should do ("South Korea should cut", credited to the U.S.), nothing South Korea wants.
[[nodiscard]] bool IsDesireVerb(std::string_view lemma);

// Verbs whose infinitive complement is what they say about their subject's own doing, never a
// purpose (Huddleston & Pullum 2002, ch. 14, catenatives): agree, promise, pledge, vow, decide,
// plan, intend, aim, hope, want, wish, seek, try, attempt, offer, threaten, refuse, fail,
// manage, undertake, resolve, prepare, propose, choose, continue. "both sides agreed at
// the U.N. last year to revive the economy" parsed with "revive" an advcl is the agreed thing,
// not what they agreed for.
[[nodiscard]] bool IsSubjectControlVerb(std::string_view lemma);

// The past participle of an object-control verb ("urge" -> "urged", "tell" -> "told", "beg" ->
// "begged", "find" -> "found", "lead" -> "led", "let" -> "allowed", which has no passive of its
// own before an infinitive), for its passive ("Lyng was urged to adjust", "Wang is expected to
// report", "the offer was found to be fair"). REQUIRES: IsObjectControlVerb(lemma),
// IsExpectationVerb(lemma) or a verb of judging before "to be" (consider, deem, find, ...).
[[nodiscard]] std::string ObjectControlParticiple(std::string_view lemma);

// Verbs whose object can carry a gerund predicate of its own (perception, finding, keeping,
// causing: "saw prices falling", "kept rates rising", "left workers waiting"; Huddleston & Pullum
// 2002, ch. 14 on catenative verbs with an intervening object). After any other verb a gerund
// following its object modifies that object ("approved loans totalling $250 million", "bought the
// securities comprising the units"), whatever the parser made of it.
[[nodiscard]] bool TakesObjectGerund(std::string_view lemma);

// Verbs that keep their object from a "from" gerund (negative implicatives with object control,
// Karttunen 1971; Huddleston & Pullum 2002, ch. 14): bar, prevent, stop, prohibit, ban, block,
// keep, restrain, forbid, preclude, deter, discourage, exclude, hinder, dissuade, enjoin, debar,
// disqualify. "barred Toshiba Machine from doing business with the Soviet Bloc": Toshiba Machine
// is the one not doing business.
[[nodiscard]] bool IsPreventionVerb(std::string_view lemma);

}  // namespace kg::extract
