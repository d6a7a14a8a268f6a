#include "extract/clauses/clause_extractor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses/clause.h"
#include "extract/clauses/comparative_moves.h"
#include "extract/clauses/token_tree.h"
#include "extract/rules/apposition.h"
#include "extract/rules/attribution.h"
#include "extract/rules/light_verbs.h"
#include "extract/rules/measured_objects.h"
#include "extract/rules/modality.h"
#include "extract/rules/negation.h"
#include "extract/rules/nominal_events.h"
#include "extract/rules/object_modifiers.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {

namespace {

using Role = ClauseArgument::Role;

// What every triple of one clause shares.
struct ClauseFrame {
  const nlp::DepTree& tree;
  const Clause& clause;
  ArgumentContext context;
  std::string relation;
  std::string attributed_to;
  std::string time;
};

// An amount's unit ("dlrs" of "exchanged 40 mln dlrs for bonds"): a number or an amount's tag on
// it. Its noun says nothing of what the oblique is about. A count of people or bodies is no
// unit ("represents about 2,300 workers on the Great Lakes": WordNet's first sense of the noun
// a person or a group).
bool IsMeasured(const nlp::DepTree& tree, int noun) {
  const std::string& tag = tree.token(noun).entity;
  if (tag.ends_with("MONEY") || tag.ends_with("QUANTITY") || tag.ends_with("PERCENT")) return true;
  return tree.Child(noun, "nummod").has_value() && !NamesPeopleOrBodies(tree, noun);
}

// A speaker is someone or something that can say a thing: never a value, a date or a stretch
// of time ("Late last decade, ..., analysts said" parsed with "decade" as the speaker), nor an
// amount the parse garbled past its value ("Minus 0.8 pct in West Germany ..., the OECD said"
// had "pct 0.8 pct" say it).
std::optional<Argument> SpeakerOf(const nlp::DepTree& tree, int head,
                                  const ArgumentContext& context) {
  auto speaker = MakeArgument(tree, head, context);
  if (!speaker || speaker->vague || !speaker->value.empty() ||
      speaker->type == model::EntityType::kDate || speaker->type == model::EntityType::kMoney ||
      speaker->type == model::EntityType::kQuantity ||
      tree.token(head).entity.ends_with("PERCENT") || tree.Upos(head) == "NUM" ||
      IsCalendarWord(tree.Lemma(head)))
    return std::nullopt;
  return speaker;
}

// A by-phrase that names a time ("completed by mid-April", "by the end of March") is a deadline,
// never a doer.
bool IsDeadline(const nlp::DepTree& tree, const Argument& by) {
  if (by.type == model::EntityType::kDate || by.vague || IsCalendarWord(tree.Lemma(by.head)))
    return true;
  const std::string lemma = tree.Lemma(by.head);
  for (const std::string_view month : {"january", "february", "march", "april", "june", "july",
                                       "august", "september", "october", "november", "december"})
    if (lemma.find(month) != std::string::npos) return true;
  return lemma == "end" || lemma == "mid" || lemma == "beginning";
}

// A clause that states a level or a change by its values ("fell to 7.4 billion dlrs in 1986 from
// 8.9 billion in 1985", "was put at 108.7 in February"): its dates date the values, not the
// event, so no date becomes an edge of its own ("exports dropped in 1985" is not what it says);
// the value triples keep the clause's time.
// A level is a bare number or an amount, percentage or quantity, never a date ("delayed to June
// 1989 from September 1988" dates the event) or a count of things ("from 10 countries").
bool StatesALevel(const nlp::DepTree& tree, const Clause& clause, const ArgumentContext& context) {
  for (const ClauseArgument& a : clause.arguments) {
    if (a.role != Role::kOblique || a.head == clause.time) continue;
    if (a.marker != "to" && a.marker != "from" && a.marker != "at" && a.marker != "by") continue;
    const bool number = tree.Upos(a.head) == "NUM";
    if (!number && !tree.Child(a.head, "nummod")) continue;
    const auto level = MakeArgument(tree, a.head, context);
    if (level ? !level->value.empty() && level->type != model::EntityType::kDate : number)
      return true;
  }
  return false;
}

double Confidence(RuleId rule, const Clause& clause, const Argument& subject,
                  const Argument& object) {
  double confidence = Rule(rule).prior;
  // A borrowed subject is as good as the attachment that lent it: a conjunct's or a controller's
  // usually is, a participle's noun or an adverbial's governing clause often is not.
  if (clause.subject_source == SubjectSource::kRelative ||
      clause.subject_source == SubjectSource::kAdverbial)
    confidence *= 0.8;
  else if (clause.subject_source != SubjectSource::kOwn)
    confidence *= 0.9;
  if (subject.named && (object.named || !object.value.empty())) confidence *= 1.1;
  if (object.text.size() > 60) confidence *= 0.85;
  return std::min(confidence, 0.99);
}

// `denial_written`: the relation names the denied object itself ("voted no change at").
ClauseTriple MakeTriple(const ClauseFrame& frame, RuleId rule, Argument subject,
                        std::string predicate, std::string relation, Argument object,
                        bool denial_written = false) {
  ClauseTriple t;
  // "had issued no statement on the issue": what was not done was not done on anything either;
  // nor to or from anything the object's own phrase names ("required no funding from Deutsche
  // Bank AG" had read "required funding from" as a fact).
  // So too for a light verb's event noun: "had made no decision on any such investment" (sheet
  // 1187 judged "had made decision on" wrong).
  bool object_denied = false;
  if ((rule == RuleId::kSubjectOblique || rule == RuleId::kObjectModifier ||
       rule == RuleId::kLightVerb) &&
      !denial_written)
    for (const int o : frame.tree.ChildrenWith(frame.clause.predicate, "obj"))
      object_denied = object_denied || ArgumentNegated(frame.tree, o);
  t.negated = frame.clause.negated || ArgumentNegated(frame.tree, subject.head) ||
              (rule != RuleId::kSpeech && ArgumentNegated(frame.tree, object.head) &&
               !ComparedAgainstNone(frame.tree, object.head)) ||
              object_denied;
  t.confidence = Confidence(rule, frame.clause, subject, object);
  t.subject = std::move(subject);
  t.predicate = std::move(predicate);
  t.relation = std::move(relation);
  t.object = std::move(object);
  t.modality = frame.clause.modality;
  t.attributed_to = frame.attributed_to;
  t.asserted = frame.clause.asserted;
  t.time = frame.time;
  t.rule = rule;
  t.subject_source = frame.clause.subject_source;
  return t;
}

std::string WithMarker(std::string words, const std::string& marker) {
  return marker.empty() ? words : words + " " + marker;
}

// The predicate and rule of one (subject, argument) pair of an active or copula clause.
std::pair<std::string, RuleId> PredicateFor(const ClauseFrame& frame, const ClauseArgument& arg) {
  const std::string lemma = frame.clause.light_event.empty()
                                ? frame.tree.Lemma(frame.clause.predicate)
                                : frame.clause.light_event;
  if (frame.clause.copula) {
    if (arg.role == Role::kObject)
      return {frame.clause.change.empty() ? "be" : "be " + frame.clause.change, RuleId::kCopula};
    const std::string adjective =
        frame.tree.Upos(frame.clause.predicate) == "ADJ" ? " " + lemma : "";
    const std::string change = frame.clause.change.empty() ? "" : " " + frame.clause.change;
    return {WithMarker("be" + change + adjective, arg.marker), RuleId::kCopulaOblique};
  }
  const RuleId light = RuleId::kLightVerb;
  const bool is_light = !frame.clause.light_event.empty();
  switch (arg.role) {
    case Role::kObject:
      return {lemma, is_light ? light : RuleId::kSubjectObject};
    case Role::kIndirectObject:
      return {WithMarker(lemma, arg.marker), RuleId::kSubjectIndirect};
    case Role::kOblique:
      return {WithMarker(lemma, arg.marker), is_light ? light : RuleId::kSubjectOblique};
    case Role::kComplement:
      return {SpeechPredicate(lemma), RuleId::kSpeech};
    case Role::kAgent:
      break;
  }
  return {lemma, RuleId::kPassiveAgent};
}

std::optional<Argument> ArgumentOf(const ClauseFrame& frame, const ClauseArgument& arg) {
  // A clause before its speech verb ("..., a refinery spokesman said"): when the speaker ends the
  // sentence, all before it was said, however many clauses the parse hung on the verb.
  if (arg.role == Role::kComplement)
    return MakeClauseArgument(
        frame.tree, arg.head,
        arg.head < frame.clause.predicate ? frame.clause.predicate : nlp::DepTree::kNone);
  if (arg.head == frame.clause.time) return std::nullopt;  // EmitDate's node
  auto out = MakeArgument(frame.tree, arg.head, frame.context);
  // An oblique without a preposition ("next year", "last week") is an argument only as a date:
  // as a plain noun it would read as the verb's object.
  if (out && arg.role == Role::kOblique && arg.marker.empty() &&
      out->type != model::EntityType::kDate)
    return std::nullopt;
  if (out && arg.role == Role::kOblique && out->type == model::EntityType::kDate &&
      StatesALevel(frame.tree, frame.clause, frame.context))
    return std::nullopt;
  return out;
}

// The clause's one direct object when it is a common noun (no name, no light verb's event):
// what a support verb's oblique or an amount after "at" is about ("place" of "took place in
// January", "shortage" of "estimated the shortage at 950 mln stg"); nullopt otherwise.
std::optional<int> CommonObject(const ClauseFrame& frame) {
  if (!frame.clause.light_event.empty()) return std::nullopt;
  std::optional<int> object;
  for (const ClauseArgument& a : frame.clause.arguments) {
    if (a.role != Role::kObject) continue;
    if (object) return std::nullopt;
    object = a.head;
  }
  if (!object || frame.tree.Upos(*object) != "NOUN" || frame.tree.MentionOf(*object))
    return std::nullopt;
  return object;
}

// "Total M2 and local M2 rose 32.5 pct and 23.9 pct, respectively": with "respectively" on the
// predicate or an argument, the n-th subject goes with the n-th conjunct of each argument that
// has as many conjuncts as there are subjects (an argument of one conjunct goes with every
// subject); an argument with another number of conjuncts goes with none (the pairing is lost).
// For each argument of the clause, the index of its subject, kEverySubject or kNoSubject.
constexpr int kEverySubject = -1;
constexpr int kNoSubject = -2;

std::vector<int> RespectiveSubjects(const ClauseFrame& frame, std::size_t subjects) {
  const nlp::DepTree& tree = frame.tree;
  const std::vector<ClauseArgument>& arguments = frame.clause.arguments;
  std::vector<int> out(arguments.size(), kEverySubject);
  if (subjects < 2 || frame.clause.subjects.size() != subjects) return out;
  // The first conjunct of a coordination: walk up the conj relations.
  const auto first = [&](int t) {
    for (int steps = 0;
         tree.IsRel(t, "conj") && tree.Head(t) != nlp::DepTree::kNone && steps < tree.size();
         ++steps)
      t = tree.Head(t);
    return t;
  };
  bool respectively = false;
  for (int t = 0; t < tree.size() && !respectively; ++t) {
    if (tree.Lower(t) != "respectively" || tree.Head(t) == nlp::DepTree::kNone) continue;
    const int host = first(tree.Head(t));
    respectively = host == frame.clause.predicate ||
                   std::ranges::any_of(arguments, [&](const ClauseArgument& a) {
                     return a.head != nlp::DepTree::kNone && first(a.head) == host;
                   });
  }
  if (!respectively) return out;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i].head == nlp::DepTree::kNone || arguments[i].role == Role::kComplement)
      continue;
    const int root = first(arguments[i].head);
    std::size_t count = 0;
    std::size_t index = 0;
    for (std::size_t j = 0; j < arguments.size(); ++j)
      if (arguments[j].head != nlp::DepTree::kNone && first(arguments[j].head) == root) {
        if (j < i) ++index;
        ++count;
      }
    if (count == 1) continue;
    out[i] = count == subjects ? static_cast<int>(index) : kNoSubject;
  }
  return out;
}

// The object noun as a relation writes it: with the adjectives and nouns right before it that
// name its kind ("had retained earnings of", "raised its equity stake in"; "had earnings of" lost
// what the earnings were), no determiner, owner or number; at most three words.
std::string ObjectWords(const nlp::DepTree& tree, int noun) {
  int first = noun;
  // An adjective or a common noun; no name ("Food and Drug Administration approval") and no
  // word of an amount ("mln dlr settlement", "pct stake").
  const auto kind = [&](int t) {
    const bool amount = IsAmountToken(tree.token(t)) || tree.Lower(t) == "mln" ||
                        tree.Lower(t) == "billion" || tree.Lower(t) == "pct" ||
                        tree.Lower(t) == "dlr";
    return !amount && ((tree.IsRel(t, "amod") && tree.Upos(t) == "ADJ") ||
                       (tree.IsRel(t, "compound") && tree.Upos(t) == "NOUN"));
  };
  while (first > 0 && tree.Head(first - 1) == noun && kind(first - 1) && noun - (first - 1) < 3)
    --first;
  std::string out;
  for (int t = first; t <= noun; ++t) out += (out.empty() ? "" : " ") + tree.token(t).form;
  return out;
}

// The measure noun as a relation writes it: with the words right before it that say which
// period's or which kind of measure it is ("reported fourth quarter earnings of", "posted first
// quarter net income of", "had 1986 net profit of", "reported nine month loss of"; "reported
// earnings of" had been judged to miss the period twice). Only adjectives, common nouns, years and
// counts of a period's units hung on the noun (at any depth through amod, compound and nummod),
// right before it, at most four words; no determiner, owner or amount.
std::string MeasureWords(const nlp::DepTree& tree, int noun) {
  const auto year = [&](int t) {
    const std::string& w = tree.token(t).form;
    const bool century = w.starts_with("19") || w.starts_with("20");
    return tree.Upos(t) == "NUM" &&
           ((century && w.size() == 4) || (century && w.size() == 7 && w[4] == '/'));
  };
  const auto modifies = [&](int t) {
    for (int h = t, steps = 0; h != nlp::DepTree::kNone && steps < 5; h = tree.Head(h), ++steps) {
      if (h == noun) return true;
      const std::string_view rel = tree.BaseRel(h);
      if (rel != "amod" && rel != "compound" && rel != "nummod") return false;
    }
    return false;
  };
  int first = noun;
  while (first > 0 && noun - (first - 1) <= 4 && modifies(first - 1)) {
    const int t = first - 1;
    const bool word = (tree.Upos(t) == "ADJ" || tree.Upos(t) == "NOUN") &&
                      !IsAmountToken(tree.token(t)) && tree.Lower(t) != "mln" &&
                      tree.Lower(t) != "billion" && tree.Lower(t) != "dlr";
    // "a nine month loss", "52 week high": the count of a period's units.
    static constexpr std::array<std::string_view, 5> kUnits{"day", "week", "month", "quarter",
                                                            "year"};
    const bool count = tree.Upos(t) == "NUM" && t + 1 < noun &&
                       std::ranges::find(kUnits, tree.Lemma(t + 1)) != kUnits.end();
    if (!word && !year(t) && !count) break;
    first = t;
  }
  std::string out;
  for (int t = first; t <= noun; ++t) out += (out.empty() ? "" : " ") + tree.token(t).form;
  return out;
}

// "sold its interests in the T-Block", "gained access to the market": whether the object `arg`
// (its node `object`) is a bare noun that says nothing without what it is in or to, read with
// that by another edge of this clause (a named modifier edged off it, or an oblique after it), so
// that it is no object of its own ("sold interests" alone was judged cut). Such nouns name a
// share of, a way into or a part in something (relational nouns, Barker 1995); not "share",
// whose plural names the securities ("sold the shares"), and "interest" only with "in"
// ("paying interest on its bonds" pays money).
bool IsBareRelationalObject(const ClauseFrame& frame, const ClauseArgument& arg,
                            const Argument& object, bool edged) {
  static constexpr std::array<std::string_view, 11> kNouns{
      "interest", "stake", "holding", "part",      "portion", "access",
      "exposure", "role",  "rest",    "remainder", "presence"};
  const std::string lemma = frame.tree.Lemma(arg.head);
  if (arg.role != Role::kObject || std::find(kNouns.begin(), kNouns.end(), lemma) == kNouns.end() ||
      nlp::SplitWords(object.name).size() != 1)
    return false;
  if (edged) return true;
  return std::any_of(
      frame.clause.arguments.begin(), frame.clause.arguments.end(), [&](const ClauseArgument& o) {
        const bool in = o.marker == "in";
        const bool other =
            o.marker == "to" || o.marker == "into" || o.marker == "for" || o.marker == "on";
        return o.role == Role::kOblique && o.head > arg.head &&
               (in || (lemma != "interest" && other));
      });
}

// "warned members of ASEAN", "begun a tender for 83 pct of Purolator", "supplied 97 pct of West
// German requirements": whether the object noun names a part, share or member of what its "of"
// phrase names (relational nouns, Barker 1995), so that the edge through "of" says what the bare
// noun cannot ("warned -> members" and "tender for -> 83 pct" were judged cut). The caller emits
// that edge ("warn members of -> ASEAN", "begin tender for 83 pct of -> Purolator") and drops
// the bare one.
bool IsPartOfWhole(const nlp::DepTree& tree, int noun) {
  static constexpr std::array<std::string_view, 30> kParts{
      "member",      "part",    "majority", "half",      "rest",     "portion",   "number", "total",
      "pct",         "percent", "%",        "remainder", "bulk",     "most",      "some",   "many",
      "all",         "each",    "one",      "none",      "several",  "few",       "leader", "head",
      "shareholder", "holder",  "citizen",  "resident",  "employee", "subsidiary"};
  return std::find(kParts.begin(), kParts.end(), tree.Lemma(noun)) != kParts.end();
}

void EmitActive(const ClauseFrame& frame, const std::vector<Argument>& subjects,
                std::vector<ClauseTriple>& out) {
  const std::optional<int> common_object = CommonObject(frame);
  const std::vector<int> respective = RespectiveSubjects(frame, subjects.size());
  // Whether the subject at index `s` goes with the argument at index `a`.
  const auto pairs = [&](std::size_t a, std::size_t s) {
    return respective[a] == kEverySubject || respective[a] == static_cast<int>(s);
  };
  std::vector<std::string> statements;  // two clauses before "..., he said" make one statement
  for (std::size_t a = 0; a < frame.clause.arguments.size(); ++a) {
    const ClauseArgument& arg = frame.clause.arguments[a];
    auto object = ArgumentOf(frame, arg);
    if (!object) continue;
    if (arg.role == Role::kComplement) {
      if (std::ranges::find(statements, object->text) != statements.end()) continue;
      statements.push_back(object->text);
    }
    auto [predicate, rule] = PredicateFor(frame, arg);
    std::string relation = arg.role == Role::kOblique || arg.role == Role::kIndirectObject
                               ? WithMarker(frame.relation, arg.marker)
                               : frame.relation;
    // A support verb's oblique, and an amount after "at" (the object's level or price:
    // "estimated the shortage at 950 mln stg"), are about the object: estimate shortage at. The
    // recipient "to" of give and pay ("gave the award to Berg") is the verb's own argument.
    const std::string lemma = frame.tree.Lemma(frame.clause.predicate);
    // Not an idiom's "to" ("gave rise to shortages", "paid tribute to Lee": light_verbs.h).
    const bool recipient = arg.marker == "to" && (lemma == "give" || lemma == "pay") &&
                           !(common_object && IsIdiomNoun(lemma, frame.tree.Lemma(*common_object)));
    // Not when the object is the size of a move ("ended two cents higher at 90 cents": the
    // price is the subject's, "ended higher cents at" no relation; comparative_moves.h).
    bool move = false;
    for (const int c : frame.tree.ChildrenWith(frame.clause.predicate, "advmod"))
      move = move || IsMoveDirection(frame.tree.Lower(c));
    const bool level = arg.marker == "at" && !object->value.empty() && !move;
    if (common_object && ((IsSupportVerb(lemma) && !recipient) || level) &&
        arg.role == Role::kOblique && rule == RuleId::kSubjectOblique) {
      predicate = WithMarker(lemma + " " + frame.tree.Lemma(*common_object), arg.marker);
      relation =
          WithMarker(frame.relation + " " + ObjectWords(frame.tree, *common_object), arg.marker);
    } else if (common_object && *common_object < arg.head && arg.role == Role::kOblique &&
               rule == RuleId::kSubjectOblique && !IsMeasured(frame.tree, *common_object)) {
      // Any other oblique after a common-noun object is read with the object: what was raised
      // "to Aaa" or "in Acme" is the object ("raised its stake in Acme"), and "raised in" read as
      // if the subject itself had been raised. The relation as written takes the object's noun
      // ("raised stake in"); the predicate, what queries match, stays the verb's ("raise in").
      relation =
          WithMarker(frame.relation + " " + ObjectWords(frame.tree, *common_object), arg.marker);
    }
    // "voted no change at today's meeting", "issued no statement on the issue": the oblique is
    // where and about what the thing was not done, and the voting or the issuing of nothing did
    // happen there. Neither "NOT voted at" (the vote was held) nor "voted at" (something was
    // voted) says so; the relation writes the denial ("voted no change at").
    bool denial_written = false;
    if (common_object && arg.role == Role::kOblique && rule == RuleId::kSubjectOblique &&
        frame.tree.HasChildLemma(*common_object, "det", {"no"}) &&
        frame.tree.ChildrenWith(frame.clause.predicate, "obj").size() == 1) {
      predicate = WithMarker(lemma + " no " + frame.tree.Lemma(*common_object), arg.marker);
      relation =
          WithMarker(frame.relation + " no " + frame.tree.token(*common_object).form, arg.marker);
      denial_written = true;
    }
    // "reported a loss of 53.4 mln dlrs": report loss of -> the amount.
    if (arg.role == Role::kObject && !object->named && object->value.empty())
      if (auto measured = AmountOf(frame.tree, arg.head, frame.context)) {
        predicate += " " + frame.tree.Lemma(measured->noun) + " of";
        relation += " " + MeasureWords(frame.tree, measured->noun) + " of";
        object = std::move(measured->amount);
      }
    // "took advantage of the low prices", "has access to world markets": an idiom's bare noun is
    // no thing (light_verbs.h); what its prepositional phrase names is the object ("take
    // advantage of", "have access to"), and without one ("gave rise to protests" with "to" the
    // verb's, "took effect") the noun is no edge of its own.
    bool idiom = false;
    if (arg.role == Role::kObject && common_object && *common_object == arg.head &&
        IsIdiomNoun(lemma, frame.tree.Lemma(arg.head)) && !frame.tree.Child(arg.head, "det") &&
        !frame.tree.Child(arg.head, "nmod:poss") && !frame.tree.Child(arg.head, "nummod") &&
        // An idiom's noun is singular: "took extraordinary charges of 230.4 mln dlrs" is no
        // "take charge of" (the relation had read "took extraordinary charges of charges of").
        frame.tree.Lower(arg.head) == frame.tree.Lemma(arg.head)) {
      idiom = true;
      for (const int n : frame.tree.ChildrenWith(arg.head, "nmod")) {
        const auto with = frame.tree.Child(n, "case");
        if (n < arg.head || !with) continue;
        if (auto what = MakeArgument(frame.tree, n, frame.context)) {
          const std::string marker = frame.tree.Lower(*with);
          predicate += " " + frame.tree.Lemma(arg.head) + " " + marker;
          relation += " " + frame.tree.token(arg.head).form + " " + marker;
          object = std::move(what);
          idiom = false;
        }
        break;
      }
    }
    // "sold four machines to the Soviet Union": a name the object noun points to through a
    // preposition other than "of" gets an edge of its own below ("sell machine to"), so the
    // object's node is the thing without it ("four machines", not "four machines to the Soviet
    // Union", a phrase carrying a second node).
    const bool modified = (rule == RuleId::kSubjectObject || rule == RuleId::kSubjectOblique) &&
                          !object->named && object->value.empty();
    const std::vector<ObjectModifier> modifiers =
        modified ? NamedModifiersOf(frame.tree, arg.head, frame.context)
                 : std::vector<ObjectModifier>{};
    std::vector<int> edged;
    for (const ObjectModifier& m : modifiers)
      if (!m.words.empty() && !m.words.ends_with(" of") &&
          std::ranges::find(edged, m.nmod) == edged.end())
        edged.push_back(m.nmod);
    if (!edged.empty())
      if (auto bare = MakeArgument(frame.tree, arg.head, frame.context, edged))
        object = std::move(bare);
    // "bought 51 pct of Acme Corp", "sold 2 mln shares of Torvik": the name a percentage or a
    // number of shares is of is what was bought or sold, an edge of its own ("buy pct of"; the
    // relation keeps the amount as written: "bought 51 pct of"). Without it the firm was lost.
    // "controls about 80 pct of the U.S. long distance market": the whole a share is of, when it
    // is a thing with no name, is an edge too ("control pct of"); without it the edge said only
    // "controls about 80 pct".
    const std::string share = frame.tree.Lemma(arg.head);
    const bool is_share =
        (rule == RuleId::kSubjectObject || rule == RuleId::kSubjectOblique) &&
        object->type == model::EntityType::kQuantity &&
        (share == "pct" || share == "percent" || share == "%" || share == "share");
    std::vector<ObjectModifier> wholes;  // the share's edges through "of" (emitted below)
    if (is_share) {
      for (const ObjectModifier& m : NamedModifiersOf(frame.tree, arg.head, frame.context))
        if (m.words.ends_with(" of")) wholes.push_back(m);
      if (wholes.empty() && share != "share")
        for (const int n : frame.tree.ChildrenWith(arg.head, "nmod")) {
          if (n < arg.head || !frame.tree.HasChildLemma(n, "case", {"of"})) continue;
          auto whole = MakeArgument(frame.tree, n, frame.context);
          if (!whole || whole->named || !whole->value.empty() || whole->pronoun) continue;
          wholes.push_back(ObjectModifier{share + " of", std::move(*whole), n});
        }
    }
    // A part whose whole gets an edge of its own through "of" is no bare object: a share's whole,
    // or a named whole of another part. Only an object's: an oblique's modifier makes no graph
    // edge (graph_edges.h).
    bool whole_edged = false;
    if (arg.role == Role::kObject && IsPartOfWhole(frame.tree, arg.head)) {
      whole_edged = !wholes.empty();
      if (!is_share && modified && !object->named)
        for (const ObjectModifier& m : modifiers)
          whole_edged = whole_edged || m.words.ends_with(" of");
    }
    const bool incomplete = idiom ||
                            (common_object && *common_object == arg.head &&
                             IsBareRelationalObject(frame, arg, *object, !edged.empty())) ||
                            whole_edged;
    for (std::size_t i = 0; i < subjects.size() && !incomplete; ++i) {
      if (!pairs(a, i)) continue;
      out.push_back(
          MakeTriple(frame, rule, subjects[i], predicate, relation, *object, denial_written));
      if (arg.role == Role::kOblique) out.back().marker = arg.marker;
    }
    // An edge from each paired subject to the name an object's modifier points to, the
    // predicate and relation lengthened by the words given.
    const auto emit_modifier = [&](const ObjectModifier& m, const std::string& predicate_words,
                                   const std::string& relation_words) {
      for (std::size_t i = 0; i < subjects.size(); ++i) {
        if (!pairs(a, i)) continue;
        out.push_back(MakeTriple(frame, RuleId::kObjectModifier, subjects[i],
                                 predicate + predicate_words, relation + relation_words, m.name));
        if (arg.role == Role::kOblique) out.back().marker = arg.marker;
      }
    };
    for (const ObjectModifier& w : wholes)
      emit_modifier(w, " " + share + " of", " " + object->text + " of");
    // "sought advice from Tomas Berg", "called for talks with Iran": the name the object or
    // oblique noun points to is an edge of its own.
    // The predicate takes the noun's lemma ("warn member of"), the relation its form as written
    // ("warned members of").
    const std::string lemma_words = frame.tree.Lemma(arg.head) + " ";
    for (const ObjectModifier& m : modifiers) {
      const std::string words = m.words.empty() ? "" : " " + m.words;
      std::string written = words;
      if (m.words.starts_with(lemma_words))
        written = " " + frame.tree.token(arg.head).form + m.words.substr(lemma_words.size() - 1);
      emit_modifier(m, words, written);
    }
  }
}

// "which is 96.3 pct owned by Sun Co": the share of the passive verb, a percentage hung on it
// without a preposition before it ("96.3 pct"), or nullopt.
std::optional<int> PassiveShare(const nlp::DepTree& tree, int predicate) {
  for (const int c : tree.Children(predicate)) {
    const std::string lemma = tree.Lemma(c);
    if (c < predicate && (lemma == "pct" || lemma == "percent" || lemma == "%") &&
        tree.Child(c, "nummod") && !tree.Child(c, "case") && tree.BaseRel(c) == "obl")
      return c;
  }
  return std::nullopt;
}

void EmitPassive(const ClauseFrame& frame, const std::vector<Argument>& patients,
                 std::vector<ClauseTriple>& out) {
  const std::string lemma = frame.tree.Lemma(frame.clause.predicate);
  const std::optional<int> share = PassiveShare(frame.tree, frame.clause.predicate);
  for (const ClauseArgument& arg : frame.clause.arguments) {
    auto other = ArgumentOf(frame, arg);
    if (!other) continue;
    for (const Argument& patient : patients) {
      // "were cut by 25 pct": a value after "by" is a measure, not a doer.
      const bool measure = !other->value.empty() || IsDeadline(frame.tree, *other);
      // "Union Texas, which is 49.7 pct owned by Allied-Signal": Allied-Signal owns 49.7 pct
      // of Union Texas (as "owns 49.7 pct of" reads in the active).
      if (arg.role == Role::kAgent && !measure && share && patient.value.empty()) {
        const std::string amount = frame.tree.Text(frame.tree.Subtree(*share));
        out.push_back(MakeTriple(frame, RuleId::kPassiveAgent, *other,
                                 lemma + " " + frame.tree.Lemma(*share) + " of",
                                 lemma + " " + amount + " of", patient));
        continue;
      }
      if (arg.role == Role::kAgent && !measure)
        out.push_back(MakeTriple(frame, RuleId::kPassiveAgent, *other, lemma,
                                 WithMarker(frame.relation, arg.marker), patient));
      else if (arg.role == Role::kObject &&
               (frame.tree.IsRel(arg.head, "xcomp") ||
                frame.tree.Child(frame.clause.predicate, "aux:pass")) &&
               other->type != model::EntityType::kDate &&
               !IsCalendarWord(frame.tree.Lemma(arg.head)))
        // "Smith was elected president" (clause.cpp's PassiveComplement): what the subject was
        // made, named or elected; "Acme is being awarded two contracts": what the subject of a
        // passive of giving was given (its second object; only with a passive's auxiliary, not
        // a clause the rules read as passive; a date the parse made an object, "was introduced
        // last June", is the time).
        out.push_back(MakeTriple(frame, RuleId::kPassiveOblique, patient,
                                 "be " + frame.tree.Lower(frame.clause.predicate), frame.relation,
                                 *other));
      else if (arg.role == Role::kOblique || arg.role == Role::kAgent) {
        out.push_back(
            MakeTriple(frame, RuleId::kPassiveOblique, patient,
                       WithMarker("be " + frame.tree.Lower(frame.clause.predicate), arg.marker),
                       WithMarker(frame.relation, arg.marker), *other));
        out.back().marker = arg.marker;
      }
    }
  }
}

// "X said" after the clause, or "according to X": X is the source of the whole clause.
void EmitSource(const ClauseFrame& frame, std::vector<ClauseTriple>& out) {
  const Clause& c = frame.clause;
  const int cut = c.parenthetical != nlp::DepTree::kNone ? c.parenthetical : c.according_to;
  if (cut == nlp::DepTree::kNone || c.speaker == nlp::DepTree::kNone) return;
  // "According to the document, the committee's counsel said it needed ...": the clause is
  // someone's saying, whose report carries the source already; "the document -according to->
  // the committee's counsel said ..." would be a padded statement.
  if (c.parenthetical == nlp::DepTree::kNone && IsSpeechVerb(frame.tree.Lemma(c.predicate)) &&
      frame.tree.Child(c.predicate, "nsubj") && frame.tree.Child(c.predicate, "ccomp"))
    return;
  const auto claim = MakeClauseArgument(frame.tree, c.predicate, cut);
  if (!claim) return;
  // "..., traders and brokers said": each speaker said it.
  for (const int speaker : Conjuncts(frame.tree, c.speaker)) {
    const auto source = SpeakerOf(frame.tree, speaker, frame.context);
    if (!source) continue;
    const bool parenthetical = c.parenthetical != nlp::DepTree::kNone;
    ClauseFrame source_frame = frame;
    source_frame.attributed_to.clear();
    ClauseTriple t =
        MakeTriple(source_frame, parenthetical ? RuleId::kSpeech : RuleId::kAccordingTo, *source,
                   parenthetical ? SpeechPredicate(frame.tree.Lemma(c.parenthetical)) : "say",
                   parenthetical ? frame.tree.token(c.parenthetical).form : "according to", *claim);
    t.negated = parenthetical && ClauseNegated(frame.tree, c.parenthetical);
    t.modality.clear();
    t.asserted = true;
    t.subject_source = SubjectSource::kOwn;  // the speaker is the speech verb's own subject
    out.push_back(std::move(t));
  }
}

// The event words of a clause of origin and what each is for: an event noun subject with its
// nmod "for/of/to X" ("Funding for the missiles has come from ..."), and an event gerund the
// parser made an adverbial or clausal subject of the verb, with its obl "for/of/to X" or its obj
// ("Funding for the missiles has come from ..." parsed with "Funding" a VERB advcl of "come").
struct OriginEvent {
  int word = nlp::DepTree::kNone;  // "Funding"
  std::string verb;                // "fund"
  std::vector<int> targets;        // what the event is for, conjuncts expanded
};

std::vector<OriginEvent> EventsOfOrigin(const nlp::DepTree& tree, const Clause& clause) {
  std::vector<OriginEvent> out;
  const auto targets = [&](int event, std::string_view rel) {
    std::vector<int> found;
    for (const int t : tree.ChildrenWith(event, rel))
      if (tree.HasChildLemma(t, "case", {"for", "of", "to"}))
        for (const int c : Conjuncts(tree, t)) found.push_back(c);
    return found;
  };
  for (const int noun : clause.subjects)
    if (auto verb = EventVerbOfNoun(tree.Lemma(noun)))
      out.push_back({noun, std::move(*verb), targets(noun, "nmod")});
  for (const int c : tree.Children(clause.predicate)) {
    const std::string_view rel = tree.BaseRel(c);
    if ((rel != "advcl" && rel != "csubj") || c > clause.predicate || tree.token(c).xpos != "VBG" ||
        tree.Child(c, "nsubj") || tree.Child(c, "mark"))
      continue;
    auto verb = EventVerbOfNoun(tree.Lower(c));
    if (!verb) continue;
    std::vector<int> found = targets(c, "obl");
    for (const int o : tree.ChildrenWith(c, "obj"))
      for (const int conj : Conjuncts(tree, o)) found.push_back(conj);
    // "Funding for the cycle lanes has come from ..." parsed with "for the cycle lanes" the
    // verb's subject: a subject with a preposition is the gerund's.
    for (const int s : tree.ChildrenWith(clause.predicate, "nsubj"))
      if (s > c && tree.HasChildLemma(s, "case", {"for", "of", "to"}))
        for (const int conj : Conjuncts(tree, s)) found.push_back(conj);
    out.push_back({c, std::move(*verb), std::move(found)});
  }
  return out;
}

// "Funding for the missiles has come from Denmark and Norway", "The money for the school was
// from Oslo": each source -fund-> missiles. The doer is a "from" oblique of a verb of origin
// (come, arrive, flow, ...) or of a copula.
void EmitNominalEvent(const ClauseFrame& frame, std::vector<ClauseTriple>& out) {
  const nlp::DepTree& tree = frame.tree;
  if (!frame.clause.copula && !IsOriginVerb(tree.Lemma(frame.clause.predicate))) return;
  std::vector<int> doers;
  for (const ClauseArgument& from : frame.clause.arguments) {
    if (from.role != Role::kOblique || from.marker != "from") continue;
    // A copula's "from X" is the clause's own nominal: its conjuncts are the other sources.
    if (from.head == frame.clause.predicate)
      for (const int c : Conjuncts(tree, from.head)) doers.push_back(c);
    else
      doers.push_back(from.head);
  }
  for (const OriginEvent& event : EventsOfOrigin(tree, frame.clause)) {
    const std::string relation = tree.token(event.word).form + " " + frame.relation + " from";
    for (const int d : doers) {
      const auto doer = MakeArgument(tree, d, frame.context);
      if (!doer) continue;
      for (const int t : event.targets)
        if (auto object = MakeArgument(tree, t, frame.context))
          out.push_back(
              MakeTriple(frame, RuleId::kNominalEvent, *doer, event.verb, relation, *object));
    }
  }
}

// The most words an object may have to be shown in a date's relation ("300 mln dlrs" of "might
// lend 300 mln dlrs in" has three).
constexpr int kMaxObjectWordsInRelation = 5;

// The date of a dated clause as a value node too: "The talks began on 3 March 2024" -> talks
// -begin on-> 3 March 2024 (DATE, value 2024-03-03), besides the triples' time field.
void EmitDate(const ClauseFrame& frame, const std::vector<Argument>& subjects,
              std::vector<ClauseTriple>& out) {
  const nlp::DepTree& tree = frame.tree;
  const int time = frame.clause.time;
  if (time == nlp::DepTree::kNone || frame.clause.copula ||
      StatesALevel(tree, frame.clause, frame.context))
    return;
  const auto when = MakeTimeArgument(tree, time, frame.context);
  if (!when) return;
  const auto marker_token = tree.Child(time, "case");
  const std::string marker = marker_token ? tree.Lower(*marker_token) : BareDateMarker(tree, time);
  std::string lemma = frame.clause.passive ? "be " + tree.Lower(frame.clause.predicate)
                                           : tree.Lemma(frame.clause.predicate);
  std::string relation = frame.relation;
  // A support verb's date is its object's, as its other obliques are ("took office on January
  // 20, 1981" had read "Reagan -take on-> January 20, 1981").
  const std::optional<int> common_object = CommonObject(frame);
  const bool support = !frame.clause.passive && IsSupportVerb(lemma) && common_object;
  if (support) {
    lemma += " " + tree.Lemma(*common_object);
    relation += " " + tree.token(*common_object).form;
  }
  // Any other verb with an object: "completed on March 3" and "might lend in 1987" hid what was
  // completed or lent. The date's edge shows the object as written, a common noun by its noun
  // ("completed purchase on", as the clause's other obliques after it), anything else whole
  // ("might lend 300 mln dlrs in"); the predicate, what queries match, stays the verb's.
  if (!support && !frame.clause.passive && frame.clause.light_event.empty()) {
    const auto object = std::ranges::find_if(
        frame.clause.arguments, [](const ClauseArgument& a) { return a.role == Role::kObject; });
    if (object != frame.clause.arguments.end()) {
      if (common_object && !IsMeasured(tree, *common_object)) {
        relation += " " + tree.token(*common_object).form;
      } else {
        // A long object would bury the relation; then the date stays only in the time field.
        const auto what = MakeArgument(tree, object->head, frame.context);
        if (!what || std::ranges::count(what->text, ' ') >= kMaxObjectWordsInRelation) return;
        relation += " " + what->text;
      }
    }
  }
  const RuleId rule = frame.clause.passive ? RuleId::kPassiveOblique : RuleId::kSubjectOblique;
  for (const Argument& subject : subjects)
    out.push_back(MakeTriple(frame, rule, subject, WithMarker(lemma, marker),
                             WithMarker(relation, marker), *when));
}

// "3,350 missiles, worth $825 million": the noun "worth" modifies is worth the value after it,
// the value a typed node (MONEY 825000000 USD), whatever verb the noun is an argument of.
void EmitWorth(const nlp::DepTree& tree, const ArgumentContext& context,
               std::vector<ClauseTriple>& out) {
  for (int w = 0; w < tree.size(); ++w) {
    if (tree.Lemma(w) != "worth" || tree.Head(w) == nlp::DepTree::kNone) continue;
    const std::string_view rel = tree.BaseRel(w);
    if (rel != "acl" && rel != "amod" && rel != "nmod") continue;
    const auto thing = MakeArgument(tree, tree.Head(w), context);
    if (!thing || !thing->value.empty()) continue;
    for (const int v : tree.Children(w)) {
      auto value = MakeArgument(tree, v, context);
      if (!value || value->value.empty()) continue;
      ClauseTriple t;
      t.subject = *thing;
      t.predicate = "be worth";
      t.relation = "worth";
      t.object = std::move(*value);
      t.rule = RuleId::kWorth;
      t.confidence = Rule(RuleId::kWorth).prior;
      out.push_back(std::move(t));
    }
  }
}

// "Consolidated sales and operating revenues totaled 776.0 mln dlrs", "Wages and salaries
// increased 8.8 billion dlrs": common nouns coordinated with "and" whose clause reaches an amount
// of money or goods (its object, or "to" an amount) are measured together; each alone did not
// total the sum (judged wrong). Not with "each" or "respectively", not a percentage ("sales and
// earnings rose 10 pct" may be each), and never names ("Germany and France paid 5 mln dlrs"
// stays two payers).
bool MeasuredTogether(const nlp::DepTree& tree, const Clause& clause,
                      const ArgumentContext& context) {
  if (clause.subjects.size() < 2 || clause.passive) return false;
  for (std::size_t k = 1; k < clause.subjects.size(); ++k) {
    const int s = clause.subjects[k];
    if (!tree.IsRel(s, "conj") || !tree.HasChildLemma(s, "cc", {"and"})) return false;
  }
  for (const int t : tree.Subtree(clause.predicate))
    if (tree.Lemma(t) == "each" || tree.Lemma(t) == "respectively") return false;
  for (const ClauseArgument& arg : clause.arguments) {
    if (arg.role != ClauseArgument::Role::kObject &&
        !(arg.role == ClauseArgument::Role::kOblique && arg.marker == "to"))
      continue;
    const auto amount = MakeArgument(tree, arg.head, context);
    if (amount && !amount->value.empty() &&
        (amount->type == model::EntityType::kMoney ||
         (amount->type == model::EntityType::kQuantity && amount->value.back() != '%')))
      return true;
  }
  return false;
}

// "Competitive bids and offers can be seen on screens", "more than 100 men and women have been
// treated", "proposed tax and spending cuts would damage confidence": common nouns coordinated
// with "and" whose first conjunct has a modifier before it (an adjective, a number or an
// amount's adverb) and whose other conjuncts have none share it, so each alone is cut short
// ("offers", "women", "spending cuts" were judged cut); the coordination is one node. Never
// names, and not with "each", "respectively" or "both".
bool SharesFrontModifier(const nlp::DepTree& tree, const Clause& clause) {
  if (clause.subjects.size() < 2) return false;
  const int first = clause.subjects.front();
  if (!IsCommonNoun(tree, first)) return false;
  bool modified = false;
  for (const int c : tree.Children(first))
    if (c < first && (tree.IsRel(c, "amod") || tree.IsRel(c, "nummod"))) modified = true;
  if (!modified) return false;
  for (std::size_t k = 1; k < clause.subjects.size(); ++k) {
    const int s = clause.subjects[k];
    if (!tree.IsRel(s, "conj") || !tree.HasChildLemma(s, "cc", {"and"}) || !IsCommonNoun(tree, s))
      return false;
    for (const int c : tree.Children(s))
      if (c < s && !tree.IsRel(c, "cc") && !tree.IsRel(c, "punct")) return false;
  }
  for (const int t : tree.Subtree(clause.predicate))
    if (tree.Lemma(t) == "each" || tree.Lemma(t) == "respectively" || tree.Lemma(t) == "both")
      return false;
  return true;
}

// The relation's words as a reader says them: tree.Text of `tokens` (the clause's relation
// tokens, in order), with an -ing predicate right after a modal it borrowed from the clause it
// hangs on in its base form ("tariffs would hurt exports, reducing demand": "would reduce", not
// "would reducing"), and a clitic "'s" that opens the relation dropped after a capitalised word
// that is no pronoun, as the name's ("Moody's said", "Standard and Poor's said" read as "Moody
// has said"), else written out ("the management's doing" -> "is doing", "it's not" -> "is not").
std::string RelationText(const nlp::DepTree& tree, const std::vector<int>& tokens, int predicate) {
  std::string relation = tree.Text(tokens);
  // Only right after the modal (or its "not"): "could begin pumping" stays.
  const auto at = std::find(tokens.begin(), tokens.end(), predicate);
  auto before = at;
  while (before != tokens.begin() && tree.Lemma(*std::prev(before)) == "not") --before;
  const bool borrowed_modal = before != tokens.begin() &&
                              tree.token(*std::prev(before)).xpos == "MD" &&
                              tree.Head(*std::prev(before)) != predicate;
  if (at != tokens.end() && tree.token(predicate).xpos == "VBG" && borrowed_modal) {
    const std::string& form = tree.token(predicate).form;
    const std::size_t from = relation.rfind(form);
    if (from != std::string::npos) relation.replace(from, form.size(), tree.Lemma(predicate));
  }
  if (tokens.empty() || tree.token(tokens.front()).form != "'s") return relation;
  const int clitic = tokens.front();
  const std::size_t rest = relation.find_first_not_of(' ', 2);
  const std::string tail = rest == std::string::npos ? "" : relation.substr(rest);
  const std::string owner = clitic > 0 ? tree.token(clitic - 1).form : "";
  const std::string kind = clitic > 0 ? tree.Upos(clitic - 1) : "";
  if (!owner.empty() && std::isupper(static_cast<unsigned char>(owner[0])) != 0 && kind != "PRON" &&
      kind != "DET" && kind != "ADV" && !tail.empty())
    return tail;
  return (tree.Lemma(clitic) == "have" ? "has" : "is") + (tail.empty() ? "" : " " + tail);
}

void EmitClause(const nlp::DepTree& tree, const Clause& clause, const ArgumentContext& context,
                std::vector<ClauseTriple>& out) {
  if (clause.open_question || clause.dates_a_period || clause.modal_circumstance) return;
  // A copula's nominal is the triple's object, so the relation is the copula alone ("is", not
  // "is reminder" before "forceful reminder"); an adjective stays ("is good for").
  std::vector<int> relation_tokens = clause.relation_tokens;
  if (clause.copula && !clause.comparison && tree.Upos(clause.predicate) != "ADJ" &&
      relation_tokens.size() > 1)
    std::erase(relation_tokens, clause.predicate);
  std::string relation;
  if (clause.passive_governor.empty()) {
    relation = RelationText(tree, relation_tokens, clause.predicate);
  } else {
    std::erase_if(relation_tokens, [&](int t) {
      return std::find(clause.governor_tokens.begin(), clause.governor_tokens.end(), t) !=
             clause.governor_tokens.end();
    });
    relation = clause.passive_governor + " " + tree.Text(relation_tokens);
  }
  // "would have to achieve the cuts by reducing acreage": a gerund that borrows its governor's
  // modality reads in the base form after it ("would reduce", not "would reducing").
  if (IsModalAuxiliary(clause.modality) && clause.passive_governor.empty() &&
      tree.token(clause.predicate).xpos == "VBG") {
    const std::string& form = tree.token(clause.predicate).form;
    if (relation == form)
      relation = tree.Lemma(clause.predicate);
    else if (relation.starts_with(form + " "))
      relation.replace(0, form.size(), tree.Lemma(clause.predicate));
  }
  ClauseFrame frame{tree, clause, context, relation, "", ""};
  if (clause.modality == "will" || clause.modality == "would" ||
      clause.modality.starts_with("will ") || clause.modality.starts_with("would "))
    frame.context.direction = TimeDirection::kFuture;
  if (clause.speaker != nlp::DepTree::kNone)
    if (const auto speaker = SpeakerOf(tree, clause.speaker, context))
      frame.attributed_to = speaker->name;
  // "its worst drought since 1951", "employed from 1948 through 1981": a bound of a stretch of
  // time is no time the fact holds at (a held-out sheet judged "[time 1951]" wrong); the date
  // stays an argument.
  if (clause.time != nlp::DepTree::kNone && !IsTimeBound(tree, clause.time))
    if (const auto when = TimeOf(tree, clause.time, frame.context)) frame.time = when->Canonical();
  std::vector<Argument> subjects;
  const auto together = MeasuredTogether(tree, clause, context) || SharesFrontModifier(tree, clause)
                            ? MakeCoordinatedArgument(tree, clause.subjects, context)
                            : std::nullopt;
  if (together) {
    subjects.push_back(*together);
  } else {
    for (const int s : clause.subjects)
      if (auto a = MakeArgument(tree, s, context)) subjects.push_back(std::move(*a));
  }
  EmitSource(frame, out);
  EmitNominalEvent(frame, out);
  EmitDate(frame, subjects, out);
  if (clause.passive)
    EmitPassive(frame, subjects, out);
  else
    EmitActive(frame, subjects, out);
}

bool SameTriple(const ClauseTriple& a, const ClauseTriple& b) {
  return a.subject.name == b.subject.name && a.predicate == b.predicate &&
         a.object.name == b.object.name && a.negated == b.negated;
}

// A line of a firm's results table or of its note, which sets this period's figure against the
// last one's with "vs" ("Shr loss two cts vs profit 38 cts", "Net includes pretax gains of nil vs
// 4,656,000 dlrs in quarter").
bool IsAccountsLine(const nlp::DepTree& tree) {
  for (int t = 0; t < tree.size(); ++t)
    if (const std::string w = tree.Lower(t); w == "vs" || w == "vs.") return true;
  return false;
}

// A row label of such a table as a subject ("Shr", "Oper shr", "Net", "Revs for qtr", "Fin div
// 9.25p", "Loss"): it names a figure of a firm the line does not name, so no reader can place
// the triple; the table's amounts stay in the article.
bool IsAccountsLabel(std::string_view subject) {
  static constexpr std::array<std::string_view, 10> kLabels{"shr", "shrs", "net", "revs", "oper",
                                                            "fin", "div",  "qtr", "mths", "avg"};
  const std::string lower = nlp::Lower(subject);
  const std::string first = lower.substr(0, lower.find(' '));
  return std::find(kLabels.begin(), kLabels.end(), first) != kLabels.end() || lower == "loss" ||
         lower == "profit";
}

}  // namespace

std::vector<ClauseTriple> ExtractClauseTriples(const nlp::AnalyzedSentence& sentence,
                                               const ArgumentContext& context) {
  if (sentence.tokens.size() > kMaxClauseTokens) return {};
  const nlp::DepTree tree(sentence);
  std::vector<ClauseTriple> out;
  for (const Clause& clause : BuildClauses(tree)) EmitClause(tree, clause, context, out);
  for (ClauseTriple& t : RoleTriples(tree, context)) out.push_back(std::move(t));
  EmitWorth(tree, context, out);
  const bool accounts = IsAccountsLine(tree);
  std::vector<ClauseTriple> unique;
  for (ClauseTriple& t : out) {
    if (t.subject.name == t.object.name) continue;
    if (accounts && IsAccountsLabel(t.subject.name)) continue;
    if (std::none_of(unique.begin(), unique.end(),
                     [&](const ClauseTriple& u) { return SameTriple(u, t); }))
      unique.push_back(std::move(t));
  }
  return unique;
}

std::pair<const Argument*, const Argument*> SentenceOrder(const ClauseTriple& triple) {
  if (Rule(triple.rule).doer == Doer::kAgent) return {&triple.object, &triple.subject};
  return {&triple.subject, &triple.object};
}

model::Triple ToModelTriple(const ClauseTriple& triple, model::Evidence evidence) {
  model::Triple t;
  t.subject = {triple.subject.name, triple.subject.type};
  t.predicate = triple.predicate;
  t.relation = triple.relation;
  t.object = {triple.object.name, triple.object.type};
  t.negated = triple.negated;
  t.modality = triple.modality;
  t.confidence = triple.confidence;
  t.extractor = "ud";
  t.evidence = std::move(evidence);
  t.attributed_to = triple.attributed_to;
  t.asserted = triple.asserted;
  t.time = triple.time;
  t.value = triple.object.value;
  t.rule = std::string(Rule(triple.rule).name);
  t.subject_start = triple.subject.start;
  t.subject_end = triple.subject.end;
  t.object_start = triple.object.start;
  t.object_end = triple.object.end;
  return t;
}

}  // namespace kg::extract
