#include "extract/rules/catalogue.h"

#include <array>
#include <cstddef>

namespace kg::extract {

namespace {

constexpr std::array kRules{
    RuleInfo{RuleId::kSubjectObject, "nsubj-obj", 0.80, Doer::kSubject,
             "Denmark funds the missiles"},
    RuleInfo{RuleId::kSubjectIndirect, "nsubj-iobj", 0.65, Doer::kSubject,
             "Kelso gave Oxfam a grant"},
    RuleInfo{RuleId::kSubjectOblique, "nsubj-obl", 0.50, Doer::kSubject,
             "The delegation travelled to Kyiv"},
    RuleInfo{RuleId::kPassiveAgent, "pass-agent", 0.75, Doer::kAgent,
             "Iran was sanctioned by the EU"},
    RuleInfo{RuleId::kPassiveOblique, "pass-obl", 0.50, Doer::kNone,
             "Reporters were held in Minsk"},
    RuleInfo{RuleId::kCopula, "cop", 0.60, Doer::kNone, "Oskar and Yusuf are close allies"},
    RuleInfo{RuleId::kCopulaOblique, "cop-obl", 0.50, Doer::kNone, "The envoy is in Oman"},
    RuleInfo{RuleId::kSpeech, "speech", 0.70, Doer::kSubject, "Berg said the talks failed"},
    RuleInfo{RuleId::kAccordingTo, "according-to", 0.70, Doer::kSubject,
             "According to the Tribune, Vantora paid the minister"},
    RuleInfo{RuleId::kLightVerb, "light-verb", 0.65, Doer::kSubject,
             "Witkoff had separate meetings with Zelenskyy"},
    RuleInfo{RuleId::kAppositionIsA, "appos-isa", 0.60, Doer::kNone,
             "Lina Sorel, a former banker, joined Kelso"},
    RuleInfo{RuleId::kAppositionRole, "appos-role", 0.70, Doer::kNone,
             "Vantora's chief executive, Lina Sorel, resigned"},
    RuleInfo{RuleId::kTitleRole, "title-role", 0.60, Doer::kNone,
             "Chancellor Olaf Brandt said Germany will help"},
    // The doer comes after the event's object in the sentence, as a by-agent does.
    RuleInfo{RuleId::kNominalEvent, "nominal-event", 0.60, Doer::kAgent,
             "Funding for the missiles has come from Denmark"},
    // Derived from a noun's modifier, so below the verb's own arguments.
    RuleInfo{RuleId::kObjectModifier, "obj-nmod", 0.55, Doer::kSubject,
             "Lena Ortiz sought advice from Tomas Berg"},
    RuleInfo{RuleId::kWorth, "worth", 0.65, Doer::kNone, "Kelso sold 40 trucks worth $2 million"},
};

constexpr bool InIdOrder() {
  for (std::size_t i = 0; i < kRules.size(); ++i)
    if (static_cast<std::size_t>(kRules[i].id) != i) return false;
  return true;
}
static_assert(InIdOrder(), "kRules must list every RuleId once, in enum order");
static_assert(kRules.size() == static_cast<std::size_t>(RuleId::kWorth) + 1,
              "every RuleId needs a catalogue entry");

}  // namespace

std::span<const RuleInfo> RuleCatalogue() { return kRules; }

const RuleInfo& Rule(RuleId id) { return kRules[static_cast<std::size_t>(id)]; }

}  // namespace kg::extract
