#include "extract/link_grammar/rules.h"

#include <algorithm>
#include <cctype>

namespace kg::extract {
namespace {

// How often each rule's output is right, judged on sentences written for the tests; the parse
// quality scales it. The order matters more than the values (CaRB's AUC reads only the order).
double RulePrior(std::string_view rule) {
  // Measured as the mean token overlap with the best CaRB dev gold tuple, per rule, rounded; the
  // order is what matters (AUC reads only the order).
  if (rule == "clause-object" || rule == "speech") return 0.85;
  if (rule == "passive-preposition") return 0.75;
  if (rule == "verb-preposition" || rule == "passive-agent") return 0.7;
  if (rule == "copula") return 0.65;
  if (rule == "adjunct-object" || rule == "adjunct") return 0.6;
  if (rule == "nominal-event" || rule == "light-verb") return 0.6;
  if (rule == "title" || rule == "clause-complement") return 0.55;
  if (rule == "participle-object" || rule == "participle" || rule == "inverted-object") return 0.5;
  if (rule == "appositive" || rule == "role-of" || rule == "located-in") return 0.45;
  if (rule == "possessive") return 0.4;
  if (rule == "subject-verb") return 0.15;
  return 0.5;
}

std::size_t Words(const Phrase& p) { return p.tokens.size(); }

}  // namespace

LinkRules::LinkRules(const LinkGraph& graph, nlp::Lexicon& lexicon, std::string_view sentence)
    : g_(graph), lexicon_(lexicon), sentence_(sentence) {}

std::vector<SentenceTriple> LinkRules::Run() {
  Clauses();
  Appositives();
  Titles();
  Participles();
  Nominalisations();
  NounRelations();
  return std::move(out_);
}

double LinkRules::Quality() const {
  const Parse& p = g_.parse();
  double q = 1.0;
  switch (p.outcome) {
    case ParseOutcome::kComplete:
      break;
    case ParseOutcome::kNullWords:
      q = std::max(0.35, 0.75 - 0.05 * (p.null_count - 1));
      break;
    case ParseOutcome::kPanic:
      q = 0.4;
      break;
    case ParseOutcome::kNoLinkage:
      q = 0.2;
      break;
  }
  // A costly linkage is a doubtful one.
  if (p.disjunct_cost > 1.0) q *= std::max(0.6, 1.0 - 0.08 * (p.disjunct_cost - 1.0));
  return q;
}

void LinkRules::Emit(SentenceTriple triple) {
  if (triple.subject.empty() || (triple.relation.empty() && triple.implicit_relation.empty()))
    return;
  // Two arguments on the same words say nothing.
  if (!triple.object.empty() && triple.object.tokens == triple.subject.tokens) return;
  // A bare wh-word is no argument ("people say what").
  if (triple.object.tokens.size() == 1 && !triple.object.clause) {
    const TextSpan s = triple.object.tokens.front();
    std::string w(sentence_.substr(s.start, s.end - s.start));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (w == "what" || w == "which" || w == "who" || w == "whom" || w == "that") return;
  }
  // Arguments said twice cost a reader's attention: an extra already inside another argument, or
  // one of several members of the same list, is kept once.
  const auto inside = [](const Phrase& part, const Phrase& whole) {
    return !part.tokens.empty() &&
           std::all_of(part.tokens.begin(), part.tokens.end(), [&](const TextSpan& t) {
             return std::find(whole.tokens.begin(), whole.tokens.end(), t) != whole.tokens.end();
           });
  };
  std::vector<Phrase> extras;
  for (std::size_t i = 0; i < triple.extras.size(); ++i) {
    const Phrase& e = triple.extras[i];
    bool redundant = inside(e, triple.subject) || inside(e, triple.object);
    for (std::size_t k = 0; k < triple.extras.size() && !redundant; ++k) {
      if (k != i && inside(e, triple.extras[k]) &&
          (e.tokens.size() < triple.extras[k].tokens.size() || k < i)) {
        redundant = true;
      }
    }
    if (!redundant) extras.push_back(e);
  }
  triple.extras = std::move(extras);
  double c = RulePrior(triple.rule == "participle" ? "participle" : triple.rule) * Quality();
  if (triple.subject.pronoun) c *= 0.9;
  if (Words(triple.subject) > 8) c *= 0.85;
  if (Words(triple.object) > 12 && !triple.object.clause) c *= 0.85;
  if (triple.object.empty()) c *= 0.8;
  triple.confidence = std::clamp(c, 0.01, 0.99);
  out_.push_back(std::move(triple));
}

}  // namespace kg::extract
