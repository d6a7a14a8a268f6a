#include "extract/clauses/event_time_attachments.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 4> kPrepositions = {"at", "in", "on", "during"};

// What moves a date: "delayed the meeting to June 22 from May 14".
constexpr std::array<std::string_view, 7> kDatePrepositions = {"to", "from",    "until", "till",
                                                               "by", "through", "after"};

// Occasions, parts of the day and the media a thing is said in: nouns that date or place an
// event, never a thing acted on ("resigned from the board in a letter").
constexpr std::array<std::string_view, 23> kOccasions = {
    "meeting", "session",   "conference", "summit",  "talks",     "hearing",
    "sitting", "morning",   "afternoon",  "evening", "night",     "weekend",
    "letter",  "statement", "interview",  "filing",  "speech",    "release",
    "memo",    "broadcast", "communique", "telex",   "newsletter"};

bool IsOccasion(const nlp::Token& t) {
  return t.upos == "NOUN" &&
         std::find(kOccasions.begin(), kOccasions.end(), nlp::Lower(t.lemma)) != kOccasions.end();
}

// A date after "to", "from", "until"...: the phrase's head tagged DATE by the recogniser.
bool IsMovedDate(const TokenTree& s, int n) {
  const nlp::Token& t = s.At(n);
  if (!t.entity.ends_with("-DATE")) return false;
  const int marker = s.Child(n, "case");
  return marker >= 0 && FormIsOneOf(s.At(marker), kDatePrepositions);
}

// An amount or a clock time after "at": the level or hour the verb sets ("estimated the shortage
// in the system at 950 mln stg", "followed by a news conference at around 1030 GMT").
bool IsAtAmount(const TokenTree& s, int n) {
  const int marker = s.Child(n, "case");
  if (marker < 0 || nlp::Lower(s.At(marker).form) != "at") return false;
  return IsAmountToken(s.At(n)) || s.Child(n, "nummod") >= 0;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 0; n < s.size(); ++n) {
    const nlp::Token& phrase = s.At(n);
    // Cheap tests first: a long unpunctuated "sentence" reaches every repair.
    if (BaseRel(phrase) != "nmod") continue;
    const bool moved = IsMovedDate(s, n) || IsAtAmount(s, n);
    if (!moved) {
      if (!IsOccasion(phrase)) continue;
      const int marker = s.Child(n, "case");
      if (marker < 0 || !FormIsOneOf(s.At(marker), kPrepositions)) continue;
    }
    // Up through the nouns the phrase hangs in to the object or oblique of a verb.
    int up = s.Head(n);
    for (int steps = 0;
         up >= 0 && steps < s.size() && BaseRel(s.At(up)) == "nmod" && IsNominal(s.At(up)); ++steps)
      up = s.Head(up);
    if (up < 0 || up > n) continue;
    const std::string_view rel = BaseRel(s.At(up));
    if (rel != "obj" && rel != "iobj" && rel != "obl") continue;
    if (!moved && IsOccasion(s.At(up))) continue;
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
