#include "extract/event_descriptions.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/rules/catalogue.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The description's head: its last word before a preposition ("chairman of the board" ->
// "chairman"), lower case.
std::string HeadWord(const std::string& description) {
  static constexpr std::array<std::string_view, 8> kPrepositions{"of", "for", "to",   "in",
                                                                 "on", "at",  "with", "from"};
  const std::vector<std::string> words = nlp::SplitWords(description);
  std::string head;
  for (const std::string& w : words) {
    const std::string lower = nlp::Lower(w);
    if (std::find(kPrepositions.begin(), kPrepositions.end(), lower) != kPrepositions.end()) break;
    head = lower;
  }
  return head;
}

bool NamesAnEvent(nlp::Lexicon& lexicon, const std::string& word) {
  // WordNet 3.0 lexnames: 4 noun.act, 7 noun.attribute, 11 noun.event, 12 noun.feeling,
  // 19 noun.phenomenon, 22 noun.process.
  static constexpr std::array<int, 6> kEventFiles{4, 7, 11, 12, 19, 22};
  // Nouns whose first sense is an act or a force but that name a body or a holding in business
  // news: "a joint venture", "a state-owned enterprise", "first mortgage bonds", "special drawing
  // rights".
  static constexpr std::array<std::string_view, 9> kThings{
      "venture", "enterprise", "concern", "market", "service", "project", "deal", "bond", "right"};
  if (word.empty()) return false;
  const std::string lemma = lexicon.NounLemma(word);
  if (std::find(kThings.begin(), kThings.end(), lemma) != kThings.end()) return false;
  const nlp::NounInfo& noun = lexicon.Noun(lemma);
  return !noun.senses.empty() && std::find(kEventFiles.begin(), kEventFiles.end(),
                                           noun.senses.front().lex_file) != kEventFiles.end();
}

}  // namespace

void DropEventDescriptions(const std::vector<EmittedTriple>& emitted, nlp::Lexicon& lexicon,
                           std::vector<bool>& edges) {
  for (std::size_t i = 0; i < emitted.size() && i < edges.size(); ++i) {
    const ClauseTriple& c = emitted[i].clause;
    if (edges[i] && c.rule == RuleId::kAppositionIsA && !c.object.named &&
        NamesAnEvent(lexicon, HeadWord(c.object.name)))
      edges[i] = false;
  }
}

}  // namespace kg::extract
