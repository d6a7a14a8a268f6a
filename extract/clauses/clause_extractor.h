#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extract/clauses/argument.h"
#include "extract/clauses/clause.h"
#include "extract/rules/catalogue.h"
#include "model/triple.h"
#include "nlp/analysis.h"

namespace kg::extract {

// One extraction from a UD tree, before entity resolution: the arguments as the sentence gives
// them, the meaning fields and the rule that fired.
struct ClauseTriple {
  Argument subject;
  std::string predicate;  // the lemma, with an oblique's case marker: "fund", "travel to"
  // An oblique's case words alone ("to", "because of"); for an obj-nmod edge through an oblique
  // ("entered with representation from X"), that oblique's; "" for the rest.
  std::string marker;
  std::string relation;  // the sentence's words for it: "declined to sign", "was funded by"
                         // (an -ing verb right after a modal it borrowed in its base form:
                         // "should make", not "should making"; a firm's "'s" no word of it:
                         // "Moody's said" -> "said", another "'s" written out: "is doing")
  Argument object;
  bool negated = false;
  std::string modality;       // "may", "will", "plan", "urge", "expected", or ""
  std::string attributed_to;  // the speaker's name, "" when asserted or the speaker is unnamed
  bool asserted = true;
  std::string time;  // ISO 8601 date of the clause, "" when undated
  RuleId rule = RuleId::kSubjectObject;
  // Where the subject came from: its own nsubj, or one the clause took from another (a
  // participle's noun, the governing clause of an adverbial, a controller, a conjunct).
  SubjectSource subject_source = SubjectSource::kOwn;
  double confidence = 0.0;  // in (0, 1): the rule's prior with argument-level adjustments
};

// The triples of one analysed sentence (UPOS, lemma, head, deprel and entity tags filled), clause
// by clause: subjects and objects with their conjuncts, control, relative clauses, passives with
// their agents, copulas, light verbs, appositions and titles with role edges, speech with its
// attribution. An oblique of a support verb (rules/light_verbs.h), and an amount after "at", with
// one common-noun object names that object in its predicate ("take place in", "have loss from",
// "estimate shortage at"); any other oblique after such an object (not an amount) names it in the
// relation as written only ("raised stake in", predicate "raise in"). The whole a percentage
// object is of is an edge too ("control pct of" -> "U.S. long distance market"). A results
// table's row label ("Shr", "Net", "Revs for qtr") is no subject in a line with "vs". Pronoun
// arguments are left out (no coreference here). Dates resolve against context.article_date.
// Never throws; a damaged tree gives fewer triples, not an error. A
// "sentence" of more than kMaxClauseTokens tokens gives none: it is a splitting failure (a table,
// a list, text without full stops), not something a writer said, and the rules' cost grows with
// the square of a head's number of children (a 160,000-token line took minutes).
inline constexpr std::size_t kMaxClauseTokens = 250;
[[nodiscard]] std::vector<ClauseTriple> ExtractClauseTriples(const nlp::AnalyzedSentence& sentence,
                                                             const ArgumentContext& context);

// The arguments in the order the sentence gives them, as Open IE output (CaRB's arg1, arg2)
// quotes them: the triple's own order, except for rules whose doer is an agent ("Iran was
// sanctioned by the EU" gives arg1 Iran, arg2 EU for the triple EU -sanction-> Iran). Read from
// the rule catalogue's doer side.
[[nodiscard]] std::pair<const Argument*, const Argument*> SentenceOrder(const ClauseTriple& triple);

// The model triple a ClauseTriple stands for: subject and object named and typed, the meaning
// fields, rule name, argument spans, extractor "ud". `evidence` is copied in as given.
[[nodiscard]] model::Triple ToModelTriple(const ClauseTriple& triple, model::Evidence evidence);

}  // namespace kg::extract
