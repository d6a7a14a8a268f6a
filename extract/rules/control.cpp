#include "extract/rules/control.h"

#include <algorithm>
#include <array>

namespace kg::extract {

namespace {

constexpr std::array<std::string_view, 24> kObjectControl{
    "urge",   "ask",      "order",   "allow",    "persuade",  "force",     "tell",   "encourage",
    "invite", "permit",   "require", "instruct", "advise",    "compel",    "direct", "request",
    "press",  "pressure", "warn",    "enable",   "authorize", "authorise", "oblige", "beg"};

}  // namespace

bool IsObjectControlVerb(std::string_view lemma) {
  return std::find(kObjectControl.begin(), kObjectControl.end(), lemma) != kObjectControl.end();
}

}  // namespace kg::extract
