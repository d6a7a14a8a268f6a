#include "extract/clauses/trailing_speakers.h"

#include <cstddef>

#include "extract/rules/attribution.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

constexpr int kMaxSpeakerWords = 6;

bool IsNoun(const nlp::Token& t) {
  return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON";
}

void Repair(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  int verb = n - 1;
  while (verb >= 0 && at(verb).upos == "PUNCT") --verb;
  if (verb < 2 || at(verb).upos != "VERB" || !IsSpeechVerb(at(verb).lemma)) return;
  for (int c = 0; c < n; ++c)
    if (at(c).head == verb + 1 && nlp::IsRel(at(c), "nsubj")) return;
  int comma = verb - 1;
  while (comma >= 0 && at(comma).form != ",") --comma;
  if (comma < 0 || verb - comma - 1 > kMaxSpeakerWords || verb - comma - 1 < 1) return;
  int subject = -1;
  for (int k = comma + 1; k < verb; ++k) {
    const nlp::Token& t = at(k);
    if (t.upos == "VERB" || t.upos == "AUX" || t.upos == "PUNCT" || t.upos == "ADP") return;
    const bool inside = t.head - 1 > comma && t.head - 1 < verb;
    if (inside) continue;
    if (!IsNoun(t)) return;
    if (subject < 0) {
      subject = k;
    } else {
      at(k).head = subject + 1;
      at(k).deprel = "conj";
    }
  }
  if (subject < 0) return;
  at(subject).head = verb + 1;
  at(subject).deprel = "nsubj";
  at(comma).head = verb + 1;
}

}  // namespace

void RepairTrailingSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s);
}

}  // namespace kg::extract
