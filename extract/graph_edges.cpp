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

}  // namespace

std::vector<bool> GraphEdges(const std::vector<EmittedTriple>& emitted) {
  std::vector<bool> keep;
  keep.reserve(emitted.size());
  for (const EmittedTriple& e : emitted) keep.push_back(!IsSpeechVenue(e.clause));
  return keep;
}

}  // namespace kg::extract
