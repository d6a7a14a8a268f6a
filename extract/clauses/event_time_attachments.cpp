#include "extract/clauses/event_time_attachments.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 4> kPrepositions = {"at", "in", "on", "during"};

// Occasions and parts of the day: nouns that date or place an event, never a thing acted on.
constexpr std::array<std::string_view, 12> kOccasions = {
    "meeting", "session", "conference", "summit",  "talks", "hearing",
    "sitting", "morning", "afternoon",  "evening", "night", "weekend"};

bool IsOccasion(const nlp::Token& t) {
  return t.upos == "NOUN" &&
         std::find(kOccasions.begin(), kOccasions.end(), nlp::Lower(t.lemma)) != kOccasions.end();
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 0; n < s.size(); ++n) {
    const nlp::Token& phrase = s.At(n);
    // Cheap tests first: a long unpunctuated "sentence" reaches every repair.
    if (BaseRel(phrase) != "nmod" || !IsOccasion(phrase)) continue;
    const int marker = s.Child(n, "case");
    if (marker < 0 || !FormIsOneOf(s.At(marker), kPrepositions)) continue;
    // Up through the nouns the phrase hangs in to the object or oblique of a verb.
    int up = s.Head(n);
    for (int steps = 0;
         up >= 0 && steps < s.size() && BaseRel(s.At(up)) == "nmod" && IsNominal(s.At(up)); ++steps)
      up = s.Head(up);
    if (up < 0 || up > n) continue;
    const std::string_view rel = BaseRel(s.At(up));
    if (rel != "obj" && rel != "iobj") continue;
    if (IsOccasion(s.At(up))) continue;
    const int verb = s.Head(up);
    if (verb < 0 || s.At(verb).upos != "VERB" || verb > up) continue;
    s.Attach(n, verb, "obl");
  }
}

}  // namespace

void RepairEventTimeAttachments(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
