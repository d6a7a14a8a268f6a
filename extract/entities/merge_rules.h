#pragma once

#include <span>
#include <string_view>

namespace kg::extract {

// The identity rules by which EntityResolver joins a mention to an entity named otherwise, as
// data: each join is recorded with its rule's name (model::EntityMerge, the store's merges
// table, `kg merges`), so a wrong one can be traced to the rule that made it.
enum class MergeRule {
  kNameVariant,          // same identity key: legal suffix, full stops ("Vantora Inc." = "Vantora")
  kExonym,               // a curated older name ("Kiev" = "Kyiv")
  kCountryName,          // a country's other spelling or code ("U.S." = "United States")
  kTitle,                // a title stripped ("President Macron" = "Emmanuel Macron"'s "Macron")
  kSurname,              // a one-word name, the last word of the one full name ("Macron")
  kFirmShortName,        // a one-word name, the first word of the one firm ("Precambrian")
  kAcronym,              // the initials of the one long form ("EU" = "European Union")
  kDefiniteDescription,  // "the company", "the summit": the nearest fitting entity before it
  kCoreference,          // a pronoun: the antecedent extract/entities/coreference.h chose
};

struct MergeRuleInfo {
  MergeRule id;
  std::string_view name;  // stable spelling stored with each merge: "surname"
  std::string_view example;
};

// Every rule, in MergeRule order.
[[nodiscard]] std::span<const MergeRuleInfo> MergeRules();

// The stored name of rule. Never fails: every MergeRule has an entry (a static_assert checks).
[[nodiscard]] std::string_view MergeRuleName(MergeRule rule);

}  // namespace kg::extract
