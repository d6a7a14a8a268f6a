#include "extract/event_descriptions.h"

#include <algorithm>
#include <array>
#include <cctype>
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

// How a description's head fails to name what a named thing can be: kNone when it does (or may),
// kEvent for an act, attribute, event, feeling, phenomenon or process (WordNet 3.0 lexnames 4, 7,
// 11, 12, 19, 22), kOther for an amount or a time (23 noun.quantity: "3.4 pct increase", 28
// noun.time: "intermittent falls"), for thoughts, messages, holdings or states in the plural (9
// noun.cognition, 10 noun.communication: "signs", 21 noun.possession: "shares", 26 noun.state;
// in the singular they are as often what a body is: "a monopoly", "a trade magazine", "a
// research program", "a real estate investment trust"), or for a word WordNet knows as no noun
// ("likely", "largest": a piece the parse cut).
enum class Misfit { kNone, kEvent, kOther };

Misfit DescriptionMisfit(nlp::Lexicon& lexicon, const std::string& word) {
  static constexpr std::array<int, 6> kEventFiles{4, 7, 11, 12, 19, 22};
  static constexpr std::array<int, 2> kAmountFiles{23, 28};
  static constexpr std::array<int, 4> kPluralFiles{9, 10, 21, 26};
  // Nouns whose first sense is of those kinds but that name a body or a holding in business
  // news: "a joint venture", "a state-owned enterprise", "first mortgage bonds", "special drawing
  // rights", "a unit of", "the capital", "the exchange", "the operator".
  static constexpr std::array<std::string_view, 14> kThings{
      "venture", "enterprise", "concern", "market",  "service",  "project",  "deal",
      "bond",    "right",      "unit",    "capital", "exchange", "operator", "office"};
  if (word.empty()) return Misfit::kNone;
  const std::string lemma = lexicon.NounLemma(word);
  if (std::find(kThings.begin(), kThings.end(), lemma) != kThings.end()) return Misfit::kNone;
  const nlp::NounInfo& noun = lexicon.Noun(lemma);
  if (noun.senses.empty()) return lexicon.IsCommonWord(word) ? Misfit::kOther : Misfit::kNone;
  const int file = noun.senses.front().lex_file;
  if (std::find(kEventFiles.begin(), kEventFiles.end(), file) != kEventFiles.end())
    return Misfit::kEvent;
  if (std::find(kAmountFiles.begin(), kAmountFiles.end(), file) != kAmountFiles.end())
    return Misfit::kOther;
  if (lemma != word &&
      std::find(kPluralFiles.begin(), kPluralFiles.end(), file) != kPluralFiles.end())
    return Misfit::kOther;
  return Misfit::kNone;
}

// Whether a description spells out what a short name stands for: the name a code ("EEP",
// "PSL2", "Sterling M3": one word with two capitals, or any digit) or the description a name of
// its own, every word capitalised ("London Interbank Offered Rate" of "Libor").
bool SpellsOut(const std::string& name, const std::string& description) {
  const bool code =
      std::any_of(name.begin(), name.end(),
                  [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }) ||
      (name.find(' ') == std::string::npos &&
       std::count_if(name.begin(), name.end(), [](char ch) {
         return std::isupper(static_cast<unsigned char>(ch)) != 0;
       }) >= 2);
  const std::vector<std::string> words = nlp::SplitWords(description);
  const bool named =
      !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) {
        return std::isupper(static_cast<unsigned char>(w.front())) != 0;
      });
  return code || named;
}

}  // namespace

void DropEventDescriptions(const std::vector<EmittedTriple>& emitted, nlp::Lexicon& lexicon,
                           std::vector<bool>& edges) {
  for (std::size_t i = 0; i < emitted.size() && i < edges.size(); ++i) {
    const ClauseTriple& c = emitted[i].clause;
    if (!edges[i] || c.rule != RuleId::kAppositionIsA || c.object.named) continue;
    const Misfit misfit = DescriptionMisfit(lexicon, HeadWord(c.object.name));
    if (misfit == Misfit::kEvent ||
        (misfit == Misfit::kOther && !SpellsOut(c.subject.name, c.object.name)))
      edges[i] = false;
  }
}

}  // namespace kg::extract
