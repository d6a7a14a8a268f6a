#include "extract/graph_edges.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/rules/attribution.h"

namespace kg::extract {
namespace {

// "say in" -> "say": the verb of a predicate with its case marker.
std::string_view VerbOf(std::string_view predicate) {
  return predicate.substr(0, predicate.find(' '));
}

// The marker of a predicate ("say in" -> "in"), "" without one.
std::string_view MarkerOf(std::string_view predicate) {
  const std::size_t space = predicate.rfind(' ');
  return space == std::string_view::npos ? std::string_view() : predicate.substr(space + 1);
}

// Where, when or through what something was said: "in a statement", "at a news conference", "on
// Tuesday". What it was about stays ("warned of a recession", "spoke about the deal").
bool IsSpeechVenue(const ClauseTriple& t) {
  static constexpr std::array<std::string_view, 8> kVenues{"in",    "at",     "on",      "during",
                                                           "after", "before", "through", "via"};
  const std::string_view marker = MarkerOf(t.predicate);
  return t.rule == RuleId::kSubjectOblique && IsSpeechVerb(VerbOf(t.predicate)) &&
         std::find(kVenues.begin(), kVenues.end(), marker) != kVenues.end();
}

// A speech edge whose clause came out as a fragment with no subject ("is possible", "near",
// "pct"): what the parse made of a clause it broke, which a reader cannot read as a claim.
bool IsFragmentClause(const ClauseTriple& t) {
  static constexpr std::array<std::string_view, 17> kVerbFirst{
      "is",   "are",   "was", "were",  "be",  "been",  "has",  "have",  "had",
      "will", "would", "can", "could", "may", "might", "must", "should"};
  if ((t.rule != RuleId::kSpeech && t.rule != RuleId::kAccordingTo) || t.object.named ||
      !t.object.value.empty())
    return false;
  const std::string_view name = t.object.name;
  const std::string_view first = name.substr(0, name.find(' '));
  return first.size() == name.size() ||
         std::find(kVerbFirst.begin(), kVerbFirst.end(), first) != kVerbFirst.end();
}

}  // namespace

std::vector<bool> GraphEdges(const std::vector<EmittedTriple>& emitted) {
  std::vector<bool> keep;
  keep.reserve(emitted.size());
  for (const EmittedTriple& e : emitted)
    keep.push_back(!IsSpeechVenue(e.clause) && !IsFragmentClause(e.clause));
  return keep;
}

}  // namespace kg::extract
