#include "extract/graph_confidence.h"

#include <algorithm>

#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::size_t kLongSentence = 28;
constexpr std::size_t kVeryLongSentence = 40;
constexpr std::size_t kLongPhrase = 5;
constexpr std::size_t kLongRelation = 4;
constexpr std::size_t kLongClause = 20;

bool IsPlainPhrase(const Argument& a) {
  return !a.named && a.value.empty() && a.type == model::EntityType::kOther;
}

}  // namespace

double GraphConfidence(const EmittedTriple& triple, std::size_t sentence_words) {
  const ClauseTriple& t = triple.clause;
  double confidence = t.confidence;
  if (t.subject.pronoun || t.object.pronoun) confidence *= 0.75;
  if (sentence_words > kVeryLongSentence)
    confidence *= 0.8;
  else if (sentence_words > kLongSentence)
    confidence *= 0.9;
  if (t.rule == RuleId::kPassiveAgent) confidence *= 0.8;
  // A relation of many words is a chain of verbs ("seek sought to depict as"): each link is a
  // chance for a wrong attachment.
  if (nlp::CountWords(t.relation) >= kLongRelation) confidence *= 0.85;
  const bool clause_node = t.rule == RuleId::kSpeech || t.rule == RuleId::kAccordingTo;
  // A long reported clause is more often cut or run together with the next one.
  if (clause_node && nlp::CountWords(t.object.name) > kLongClause) confidence *= 0.85;
  if (!clause_node && IsPlainPhrase(t.object)) {
    if (nlp::CountWords(t.object.name) >= kLongPhrase) confidence *= 0.85;
    const bool oblique = t.rule == RuleId::kSubjectOblique || t.rule == RuleId::kPassiveOblique ||
                         t.rule == RuleId::kCopulaOblique;
    if (oblique) confidence *= 0.9;
  }
  return std::clamp(confidence, 0.05, 0.99);
}

}  // namespace kg::extract
