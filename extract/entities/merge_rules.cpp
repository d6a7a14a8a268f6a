#include "extract/entities/merge_rules.h"

#include <array>
#include <cstddef>

namespace kg::extract {
namespace {

constexpr std::array<MergeRuleInfo, 9> kRules = {{
    {MergeRule::kNameVariant, "name-variant", "Vantora Inc. = Vantora"},
    {MergeRule::kExonym, "exonym", "Kiev = Kyiv"},
    {MergeRule::kCountryName, "country-name", "U.S. = United States"},
    {MergeRule::kTitle, "title", "President Macron = Macron"},
    {MergeRule::kSurname, "surname", "Macron = Emmanuel Macron"},
    {MergeRule::kFirmShortName, "firm-short-name",
     "Precambrian = Precambrian Shield Resources Ltd"},
    {MergeRule::kAcronym, "acronym", "EU = European Union"},
    {MergeRule::kDefiniteDescription, "definite-description", "the company = Vantora"},
    {MergeRule::kCoreference, "coreference", "he = Emmanuel Macron"},
}};

constexpr bool InOrder() {
  for (std::size_t i = 0; i < kRules.size(); ++i)
    if (static_cast<std::size_t>(kRules[i].id) != i) return false;
  return true;
}
static_assert(InOrder(), "kRules is in MergeRule order, one entry per rule");
static_assert(static_cast<std::size_t>(MergeRule::kCoreference) + 1 == kRules.size());

}  // namespace

std::span<const MergeRuleInfo> MergeRules() { return kRules; }

std::string_view MergeRuleName(MergeRule rule) {
  return kRules[static_cast<std::size_t>(rule)].name;
}

}  // namespace kg::extract
