#include "extract/rules/modality.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/rules/light_verbs.h"
#include "extract/rules/negation.h"

namespace kg::extract {

namespace {

constexpr std::array<std::string_view, 11> kModals{
    "may", "might", "could", "can", "will", "would", "shall", "should", "must", "ought", "wo"};

constexpr std::array<std::string_view, 21> kAttitudeNouns{
    "hope", "fear", "plan", "expectation", "threat", "promise", "demand", "call", "proposal",
    "risk", "chance", "possibility", "intention", "wish", "likelihood", "prospect", "probability",
    "danger",
    // Nouns of asking that take a subjunctive ("its request that Purolator enter into
    // negotiations"): what is asked for is no fact.
    "request", "recommendation", "requirement"};
// Nouns of evidence, and of telling and thinking: what the clause says is the teller's or the
// thinker's, not the writer's ("repeating earlier statements that Washington had no target for
// the dollar": FactBank's source-introducing nouns).
constexpr std::array<std::string_view, 38> kEvidentialNouns{"sign",
                                                            "indication",
                                                            "evidence",
                                                            "speculation",
                                                            "rumour",
                                                            "rumor",
                                                            "report",
                                                            "claim",
                                                            "suggestion",
                                                            "belief",
                                                            "view",
                                                            "doubt",
                                                            "concern",
                                                            "allegation",
                                                            "assumption",
                                                            "impression",
                                                            "feeling",
                                                            "consensus",
                                                            "opinion",
                                                            "perception",
                                                            "statement",
                                                            "announcement",
                                                            "assurance",
                                                            "guarantee",
                                                            "warning",
                                                            "argument",
                                                            "assertion",
                                                            "admission",
                                                            "message",
                                                            "reminder",
                                                            "conclusion",
                                                            "idea",
                                                            "notion",
                                                            "theory",
                                                            "hypothesis",
                                                            "understanding",
                                                            "acknowledgement",
                                                            "acknowledgment"};

// Nouns that vouch for their content clause: the writer states it ("the fact that prices fell").
constexpr std::array<std::string_view, 9> kFactNouns{"fact",        "news",         "recognition",
                                                     "realization", "realisation",  "knowledge",
                                                     "proof",       "confirmation", "certainty"};

constexpr std::array<std::string_view, 13> kIntentNouns{
    "plan", "proposal", "offer", "decision", "agreement", "threat", "promise",
    "call", "demand",   "hope",  "bid",      "attempt",   "effort"};
constexpr std::array<std::string_view, 12> kMeansNouns{
    "measure", "step",   "move",       "action", "campaign", "programme",
    "program", "policy", "initiative", "scheme", "strategy", "way"};

constexpr std::array<std::string_view, 11> kLikelihoodAdjectives{
    "likely",   "unlikely",  "possible",    "impossible",    "probable", "improbable",
    "doubtful", "uncertain", "conceivable", "inconceivable", "unclear"};

}  // namespace

bool IsLikelihoodAdjective(std::string_view lemma) {
  return std::find(kLikelihoodAdjectives.begin(), kLikelihoodAdjectives.end(), lemma) !=
         kLikelihoodAdjectives.end();
}

std::optional<std::string> InfinitiveStance(std::string_view noun) {
  if (std::find(kIntentNouns.begin(), kIntentNouns.end(), noun) != kIntentNouns.end())
    return std::string(noun);
  if (std::find(kMeansNouns.begin(), kMeansNouns.end(), noun) != kMeansNouns.end())
    return std::string(kPurpose);
  return std::nullopt;
}

bool IsRefusalNoun(std::string_view noun) {
  static constexpr std::array<std::string_view, 5> kRefusals{"failure", "refusal", "inability",
                                                             "unwillingness", "reluctance"};
  return std::find(kRefusals.begin(), kRefusals.end(), noun) != kRefusals.end();
}

bool NounTakesInfinitive(std::string_view noun) {
  static constexpr std::array<std::string_view, 33> kTakesInfinitive{
      "right",     "ability",       "chance",        "need",      "permission", "power",
      "authority", "obligation",    "willingness",   "readiness", "capacity",   "opportunity",
      "option",    "mandate",       "freedom",       "incentive", "reason",     "time",
      "intention", "commitment",    "determination", "pledge",    "license",    "licence",
      "approval",  "authorisation", "authorization", "consent",   "clearance",  "potential",
      "desire",    "tendency",      "capability"};
  return InfinitiveStance(noun).has_value() || IsRefusalNoun(noun) ||
         std::find(kTakesInfinitive.begin(), kTakesInfinitive.end(), noun) !=
             kTakesInfinitive.end();
}

std::optional<std::string> ContentClauseStance(std::string_view noun) {
  if (std::find(kAttitudeNouns.begin(), kAttitudeNouns.end(), noun) != kAttitudeNouns.end())
    return std::string(noun);
  if (std::find(kEvidentialNouns.begin(), kEvidentialNouns.end(), noun) != kEvidentialNouns.end())
    return std::string();
  return std::nullopt;
}

bool TakesContentClause(std::string_view noun) {
  return ContentClauseStance(noun).has_value() || noun == "question" ||
         std::find(kFactNouns.begin(), kFactNouns.end(), noun) != kFactNouns.end();
}

bool IsConditionWord(std::string_view word) {
  static constexpr std::array<std::string_view, 5> kConditions{"if", "unless", "provided",
                                                               "providing", "assuming"};
  return std::find(kConditions.begin(), kConditions.end(), word) != kConditions.end();
}

bool IsModalAuxiliary(std::string_view word) {
  return std::find(kModals.begin(), kModals.end(), word) != kModals.end();
}

std::string ModalAuxiliary(const nlp::DepTree& tree, int predicate) {
  for (const int c : tree.ChildrenWith(predicate, "aux")) {
    const std::string lemma = tree.Lemma(c);
    if (std::find(kModals.begin(), kModals.end(), lemma) != kModals.end())
      return lemma == "wo" ? "will" : lemma;  // "wo" is the first half of "won't"
  }
  return "";
}

int NegationHedgeAdverb(const nlp::DepTree& tree, int predicate) {
  static constexpr std::array<std::string_view, 14> kPartial{
      "fully",   "entirely",    "completely", "quite",         "totally",
      "wholly",  "always",      "altogether", "significantly", "substantially",
      "exactly", "necessarily", "really",     "directly"};
  for (const int c : tree.ChildrenWith(predicate, "advmod")) {
    const std::string word = tree.Lower(c);
    if (word == "necessarily") return c;
    if (c < predicate && std::find(kPartial.begin(), kPartial.end(), word) != kPartial.end())
      return c;
  }
  return nlp::DepTree::kNone;
}

std::string NegationHedge(const nlp::DepTree& tree, int predicate) {
  const int adverb = NegationHedgeAdverb(tree, predicate);
  return adverb == nlp::DepTree::kNone ? "" : "not " + tree.Lower(adverb);
}

std::string HedgeAdverb(const nlp::DepTree& tree, int predicate) {
  static constexpr std::array<std::string_view, 9> kHedges{"probably",   "possibly",   "perhaps",
                                                           "maybe",      "apparently", "presumably",
                                                           "supposedly", "reportedly", "allegedly"};
  for (const int c : tree.ChildrenWith(predicate, "advmod"))
    if (const std::string word = tree.Lower(c);
        std::find(kHedges.begin(), kHedges.end(), word) != kHedges.end())
      return word;
  return "";
}

std::string ComplementModality(const nlp::DepTree& tree, int governor) {
  const std::string lemma = tree.Lemma(governor);
  if (ImplicativeOf(lemma) != Implicative::kNone) return "";
  // "is going to sign" and "has to pay": the governor is the complement's tense or obligation.
  if (lemma == "go" && tree.Child(governor, "aux")) return "will";
  if (lemma == "have") return "must";
  // A passive raising verb ("is expected to", "is set to") reads as its participle.
  if (tree.Child(governor, "nsubj:pass") || tree.Child(governor, "aux:pass"))
    return tree.Lower(governor);
  // "made an offer to buy Tarn", "made a decision to close the plant": a light verb's event
  // (rules/light_verbs.h) is the stance, "offer" or "decide", not "make".
  if (const auto object = tree.Child(governor, "obj"))
    if (const auto event = LightVerb(lemma, tree.Lemma(*object))) return event->verb;
  // Any other governor (plan, want, urge, ask, order, try, ...) leaves the complement undone:
  // never a bare fact.
  return lemma;
}

}  // namespace kg::extract
