#include "extract/graph_confidence.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "extract/rules/catalogue.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// bench/fit_confidence.py's output on bench/judged/2026-12-01-confidence-train and
// bench/judged/2026-12-01-confidence-train2 (L2 penalty 2), in its feature order.
constexpr double kIntercept = 0.113;
constexpr double kSpeech = 0.678;
constexpr double kCopula = -0.647;
constexpr double kRole = 0.313;
constexpr double kOblique = 0.179;
constexpr double kNotPlain = -0.145;  // not model::IsAsserted: reported, modal or negated
constexpr double kModal = -0.020;
constexpr double kNegated = -0.869;
constexpr double kSubjectNamed = 0.463;
constexpr double kSubjectBare = 0.221;
constexpr double kObjectBare = -0.459;
constexpr double kLongRelation = -0.230;
constexpr double kLongSentence = -0.610;

constexpr std::size_t kLongRelationWords = 3;
constexpr std::size_t kLongSentenceWords = 35;

bool RuleIn(std::string_view rule, std::initializer_list<RuleId> ids) {
  return std::any_of(ids.begin(), ids.end(), [&](RuleId id) { return Rule(id).name == rule; });
}

// A named thing: what fit_confidence.py counts as a subject that is not OTHER or a value.
bool Named(model::EntityType type) {
  switch (type) {
    case model::EntityType::kOther:
    case model::EntityType::kMoney:
    case model::EntityType::kDate:
    case model::EntityType::kQuantity:
    case model::EntityType::kStatement:
      return false;
    case model::EntityType::kPerson:
    case model::EntityType::kOrganization:
    case model::EntityType::kCountry:
    case model::EntityType::kCity:
    case model::EntityType::kLocation:
    case model::EntityType::kEvent:
    case model::EntityType::kWeapon:
    case model::EntityType::kProduct:
      return true;
  }
  return false;
}

bool Bare(const model::EntityRef& end) {
  return end.type == model::EntityType::kOther && nlp::CountWords(end.name) == 1;
}

}  // namespace

double GraphConfidence(const model::Triple& t) {
  const bool speech = RuleIn(t.rule, {RuleId::kSpeech, RuleId::kAccordingTo});
  const std::string_view relation = t.relation.empty() ? t.predicate : t.relation;
  double z = kIntercept;
  if (speech) z += kSpeech;
  if (RuleIn(t.rule, {RuleId::kCopula, RuleId::kCopulaOblique})) z += kCopula;
  if (RuleIn(t.rule, {RuleId::kAppositionIsA, RuleId::kAppositionRole, RuleId::kTitleRole}))
    z += kRole;
  if (RuleIn(t.rule, {RuleId::kSubjectOblique, RuleId::kPassiveOblique, RuleId::kObjectModifier}))
    z += kOblique;
  if (!model::IsAsserted(t) && !speech) z += kNotPlain;
  if (!t.modality.empty()) z += kModal;
  if (t.negated) z += kNegated;
  if (Named(t.subject.type)) z += kSubjectNamed;
  if (Bare(t.subject)) z += kSubjectBare;
  if (Bare(t.object)) z += kObjectBare;
  if (nlp::CountWords(relation) >= kLongRelationWords) z += kLongRelation;
  if (nlp::CountWords(t.evidence.sentence) > kLongSentenceWords) z += kLongSentence;
  return std::clamp(1.0 / (1.0 + std::exp(-z)), 0.05, 0.99);
}

}  // namespace kg::extract
