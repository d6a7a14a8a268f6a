#pragma once

#include <string>
#include <vector>

#include "nlp/dep_tree.h"

namespace kg::extract {

// How a clause got its subject when it has none of its own (PredPatt's argument resolution).
enum class SubjectSource {
  kOwn,        // nsubj / nsubj:pass of the predicate itself
  kConjunct,   // a coordinated verb shares its head's subject: "collect samples and file reports"
  kControl,    // xcomp: the governor's object (urge, ask, order) or subject (refuse, plan)
  kRelative,   // acl:relcl / acl: the noun the clause modifies ("Lina Sorel, who founded ...")
  kAdverbial,  // advcl / gerund obl without a subject: the governing clause's subject
};

// One argument slot of a clause.
struct ClauseArgument {
  enum class Role { kObject, kIndirectObject, kOblique, kAgent, kComplement };
  Role role = Role::kObject;
  int head = nlp::DepTree::kNone;
  std::string marker;  // the case words of an oblique, lower case: "to", "because of"
};

// A clause as ClausIE builds it: one predicate with its subjects and arguments, and what the
// clause means beyond them (polarity, modality, source, time). Token indices are into the tree.
struct Clause {
  int predicate = nlp::DepTree::kNone;  // the verb, or the nominal / adjective of a copula clause
  int parent = -1;            // the governing clause (an index into the vector), -1 for none
  std::vector<int> subjects;  // subject heads, coordinated subjects expanded
  SubjectSource subject_source = SubjectSource::kOwn;
  bool passive = false;
  bool copula = false;
  std::string light_event;        // "meet" for "had meetings with": the event verb of a light verb
  std::string light_preposition;  // "with": its object becomes the event's object
  std::vector<ClauseArgument> arguments;
  std::vector<int> relation_tokens;  // the words that say the relation, ascending
  // An object-controlled complement ("urged Lyng to adjust"): its governor's words read in the
  // passive ("was urged"), replacing `governor_tokens` of relation_tokens, since the controller
  // is the one urged, not the one urging. Empty otherwise.
  std::string passive_governor;
  std::vector<int> governor_tokens;
  bool negated = false;
  std::string modality;
  int speaker = nlp::DepTree::kNone;  // the head of who the clause is attributed to
  bool asserted = true;  // false for reported clauses, also when the speaker is unknown
  int according_to = nlp::DepTree::kNone;   // the "according to X" obl, when the clause has one
  int parenthetical = nlp::DepTree::kNone;  // the "officials said" parataxis verb, when it has one
  int time = nlp::DepTree::kNone;           // the head of the phrase that dates the clause
  // A copula's amount said to be a change ("was up 4.2 pct"): "up", "down", "higher", "lower" or
  // "off"; "" otherwise. The edge is then "be up", never a level "be 4.2 pct".
  std::string change;
  // A copula's amount measured against a base ("were 11 pct above the prior week"): the amount is
  // a word of the relation ("were 11 pct above"), the base its oblique, and no level is the
  // object.
  bool comparison = false;
  // An embedded question whose wh-word is one of the clause's own arguments ("did not say on what
  // he based the comment", "asked who would pay"): the clause names no fact of its own, since
  // what it asks is missing from it, so it gives no triple.
  bool open_question = false;
  // "in fiscal 1988, ending January 31", "the first eight months of fiscal 1986/87 ending June
  // 30": a participle of ending or beginning right after a period says when the period ends or
  // begins, not what anything in the clause does; it gives no triple.
  bool dates_a_period = false;
  // "could lose 1.4 billion dlrs, exhausting its working capital", "would await results before
  // quantifying expectations": a gerund adverbial with a borrowed subject under a governor's
  // modal, marked by anything but "by" (a means) or "in" (the governor's complement: "may succeed
  // in curbing"), and no verb of saying ("would not comment, saying ..."), is a circumstance of
  // what may happen, not a deed of that subject; it gives no triple.
  bool modal_circumstance = false;
};

// Every clause of the tree, governing clauses before the clauses they govern. Meaning is already
// propagated: an xcomp under "refuse" is negated, under "plan" or "urge" carries that modality,
// a ccomp is attributed to the governing verb's subject and not asserted (negated too under a
// denial), and clauses under a reported clause stay reported. A capitalised word inside a name
// that is no value is never a clause's verb nor a word of its relation, however the tagger read
// it ("Feed" of "the National Grain and Feed Association", "Holiday" of "Holiday Corp said").
// Never throws.
[[nodiscard]] std::vector<Clause> BuildClauses(const nlp::DepTree& tree);

// The head and its coordinated conjuncts ("shells, drones and tanks"), in sentence order; not a
// conjunct inside the head's own mention (the year of "Dec 1, 1984", a word of "Procter and
// Gamble").
[[nodiscard]] std::vector<int> Conjuncts(const nlp::DepTree& tree, int head);

// The preposition a bare date (an obl:tmod or a date hung without a case word) leaves unsaid:
// "on" for a day ("will meet Friday", "expires March 25"), "in" for a month, season, period or
// year ("signed the agreement last September", "introduced 1986"), "" for the words that are a
// time alone ("today") or anything else. `oblique` is the date's head; its subtree is read. The
// edge to a bare date read as the verb's object ("Nakasone -will meet-> Friday", "Reagan
// Administration -imposed-> last Friday") was judged wrong: Friday is when, not whom or what.
[[nodiscard]] std::string BareDateMarker(const nlp::DepTree& tree, int oblique);

}  // namespace kg::extract
