#include "extract/rules/control.h"

#include <algorithm>
#include <array>

namespace kg::extract {

namespace {

// "plead with X to", "call on X to", "appeal to X to": the controller is an oblique.
// The causatives after them (lead, cause, prompt, ...) take their object as the infinitive's
// subject too: "conditions led Intel to reassess its policy" is Intel's reassessing.
constexpr std::array<std::string_view, 36> kObjectControl{
    "urge",   "ask",      "order",   "allow",    "persuade",  "force",     "tell",   "encourage",
    "invite", "permit",   "require", "instruct", "advise",    "compel",    "direct", "request",
    "press",  "pressure", "warn",    "enable",   "authorize", "authorise", "oblige", "beg",
    "plead",  "call",     "appeal",  "lead",     "cause",     "prompt",    "induce", "spur",
    "let",    "convince", "entitle", "empower"};

constexpr std::array<std::string_view, 6> kCausatives{"lead",   "cause", "prompt",
                                                      "induce", "spur",  "let"};

constexpr std::array<std::string_view, 25> kSubjectControl{
    "agree",  "promise",   "pledge",  "vow",     "decide",  "plan",   "intend",   "aim",    "hope",
    "want",   "wish",      "seek",    "try",     "attempt", "offer",  "threaten", "refuse", "fail",
    "manage", "undertake", "resolve", "prepare", "propose", "choose", "continue"};

constexpr std::array<std::string_view, 17> kObjectGerund{
    "see",  "hear", "watch", "notice", "observe", "find", "keep",    "leave",  "catch",
    "spot", "have", "get",   "send",   "set",     "feel", "imagine", "picture"};

constexpr std::array<std::string_view, 18> kPrevention{
    "bar",     "prevent",  "stop",     "prohibit", "ban",   "block",
    "keep",    "restrain", "forbid",   "preclude", "deter", "discourage",
    "exclude", "hinder",   "dissuade", "enjoin",   "debar", "disqualify"};

}  // namespace

bool IsPreventionVerb(std::string_view lemma) {
  return std::find(kPrevention.begin(), kPrevention.end(), lemma) != kPrevention.end();
}

bool TakesObjectGerund(std::string_view lemma) {
  return std::find(kObjectGerund.begin(), kObjectGerund.end(), lemma) != kObjectGerund.end();
}

std::string ObjectControlParticiple(std::string_view lemma) {
  if (lemma == "tell") return "told";
  if (lemma == "find") return "found";
  if (lemma == "lead") return "led";
  // "let" has no passive before an infinitive ("*was let to sell"; Huddleston & Pullum 2002,
  // ch. 14): its near-synonym's stands in.
  if (lemma == "let") return "allowed";
  if (lemma == "spur") return "spurred";
  // A final stressed consonant doubles.
  if (lemma == "beg" || lemma == "compel" || lemma == "permit")
    return std::string(lemma) + lemma.back() + "ed";
  if (!lemma.empty() && lemma.back() == 'e') return std::string(lemma) + "d";
  return std::string(lemma) + "ed";
}

bool IsSubjectControlVerb(std::string_view lemma) {
  return std::find(kSubjectControl.begin(), kSubjectControl.end(), lemma) != kSubjectControl.end();
}

bool IsRaisingToObjectVerb(std::string_view lemma) {
  // Not "need" and "consider": "needed action from Japan to boost demand", "consider proposals to
  // settle" take an infinitive of their object noun, not of a raised subject.
  static constexpr std::array<std::string_view, 7> kRaising{"expect", "want",   "like",   "prefer",
                                                            "wish",   "intend", "believe"};
  return std::find(kRaising.begin(), kRaising.end(), lemma) != kRaising.end();
}

bool IsEnablingVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 10> kEnabling{
      "allow",   "permit", "enable", "authorize", "authorise",
      "require", "oblige", "force",  "compel",    "entitle"};
  return std::find(kEnabling.begin(), kEnabling.end(), lemma) != kEnabling.end() ||
         IsCausativeVerb(lemma);
}

bool IsCausativeVerb(std::string_view lemma) {
  return std::find(kCausatives.begin(), kCausatives.end(), lemma) != kCausatives.end();
}

bool IsExpectationVerb(std::string_view lemma) { return lemma == "expect" || lemma == "believe"; }

bool IsDesireVerb(std::string_view lemma) {
  return lemma == "want" || lemma == "wish" || lemma == "like" || lemma == "prefer";
}

bool IsObjectControlVerb(std::string_view lemma) {
  return std::find(kObjectControl.begin(), kObjectControl.end(), lemma) != kObjectControl.end();
}

}  // namespace kg::extract
