#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/values.h"
#include "model/entity_type.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {

// One argument of a triple as the sentence gives it.
struct Argument {
  int head = nlp::DepTree::kNone;  // the head token
  // The full phrase minus determiners and attached clauses, as written: "member of the Portugal
  // squad", "close allies", "$825 million"; a conjunction inside one name's span stays ("aide at
  // the Ministry of Trade and Industry").
  std::string text;
  // The node's name: the whole named-entity mention when the head is in one ("First National
  // Bank of Algeria"), the value phrase for a value (with the "of" phrase of what it measures:
  // "800,000 tonnes of Argentine maize", while `text` is the amount), else `text`.
  std::string name;
  model::EntityType type = model::EntityType::kOther;
  bool named = false;    // from an entity tag or a proper-noun head
  bool pronoun = false;  // a pronoun (only with ArgumentContext::pronouns)
  // A common noun with "the", "this", "that" ("the company"), or a capitalised title with "the"
  // ("The Prime Minister").
  bool definite = false;
  // An unnamed phrase a reader would not take for a thing of its own (NodeShape): a news graph
  // keeps no edge to it (extract/graph_edges.h), an Open IE listing still quotes it.
  bool vague = false;
  std::string value;               // Value::Canonical() for MONEY, DATE, PERCENT, QUANTITY; else ""
  std::size_t start = 0, end = 0;  // code points of the analysed text, end exclusive
};

// What phrase building needs to know beyond the tree.
struct ArgumentContext {
  std::optional<CivilDate> article_date;  // resolves "on Monday"; none: relative dates stay out
  TimeDirection direction = TimeDirection::kPast;
  // Open IE listings (CaRB) quote pronouns as arguments; graph nodes never are pronouns.
  bool pronouns = false;
  // The ISO 4217 code of the dollar a bare "dlrs" means in this story (entities/local_dollars.h:
  // "CAD" for one filed from Toronto); empty: the U.S. dollar.
  std::string local_dollar;
};

// The argument headed by `head` (its phrase without determiners and pronoun owners: "their
// cocoa" -> "cocoa"), or empty when it cannot be a node: a pronoun (coreference is a
// later stage that would rather say nothing than guess), a function word, a participle that
// works as a preposition ("following", "including": a circumstance), a bare number (not one of
// a counted whole: "six out of the 14 places", "one of the nation's largest firms"), a
// punctuation mark, a single character, a lone past form in lower case ("hoped", "prompted": a
// verb the parse hung on a noun), or a phrase with no letter that reads as no value. A counted
// plural of a name ("6,873 Jeeps") and a capitalised title with an owner and no name ("the
// party's Treasurer General") are named as written, no name node. A value in U.S. dollars
// whose words do not name them takes the context's local dollar (local_dollars.h).
// A capitalised title with an "of" or "for" phrase and no person's name among its words is the
// office as written ("President of the World Bank"), never a name or firm of its own.
// A common-noun head with a named appositive ("Vantora's chief executive, Lina Sorel") is the
// name; so is a person title with a tagged person appositive on its "of" phrase ("the CEO of
// Corvex, Dr Alan Trent," with the name hung on "Corvex"), and so is a person named after an
// office ("Chancellor of the Exchequer Nigel Lawson" with the name hung on the title); a name
// that follows a person and "of" ("Richard Pzena of Sanford C. Bernstein said" with the firm
// parsed the subject) is the person, and so is a titled person right after a firm's name parsed
// as the firm's apposition ("said Gulf and Western chairman Martin Davis"). A phrase keeps at
// most one prepositional modifier other than "of" (the first), and no cause ("because of", "due
// to", "despite") or purpose ("in an attempt to", "in response to", "in line with"). Values: the
// head with its numbers and currency ("$825 million", "March 3, 2024", "20%") read by ParseValue,
// without a focus adverb ("only"); a range ("6,000 to 7,000 tonnes", "between 15 pct and 17.5
// pct") is typed by its upper end, with no value. A part of a year or day hung on a noun ("this
// spring" of "strike this spring") is no word of the phrase. `vague` for a phrase IsVaguePhrase
// rejects and for a lower-case finite verb (or its conjunct) with an object or clause of its own
// taken for a subject (a broken parse), and for a bare "others" unless an earlier subject with
// "some", "many" or "several" names its set ("Some analysts believe ..., but others believe": the
// node is "other analysts"). The subtrees of the tokens in `without` (dependents of the phrase:
// a modifier the caller makes an edge of its own, or a person's name the parse hung on a role's
// owner) are left out of a phrase's words, and such a name is not taken for the phrase's own.
// Never throws.
[[nodiscard]] std::optional<Argument> MakeArgument(const nlp::DepTree& tree, int head,
                                                   const ArgumentContext& context,
                                                   const std::vector<int>& without = {});

// "rose to 2.30 billion rand", "fell by 6.6 pct" parsed with the amount the verb's object and
// the preposition hung on its number: that preposition ("to", "by", "from", "at", "of", "in"),
// which makes the object an oblique (as an object it read "imports -rise-> 2.30 billion rand", a
// change where the text gave a level); "" when the object's first word is none of them or it
// holds no number. Approximations ("around", "about", "below") stay the amount's words.
[[nodiscard]] std::string AmountMarker(const nlp::DepTree& tree, int object);

// The node of a whole coordination of common-noun phrases taken together ("consolidated sales
// and operating revenues" of "Consolidated sales and operating revenues totaled 776 mln dlrs"):
// each conjunct's phrase as MakeArgument reads it, with the coordinators and commas between
// them; type kOther, not named. `heads` are the conjuncts' head tokens in order, at least two.
// Empty when a conjunct reads as no argument or is named (names stay things of their own).
// Never throws.
[[nodiscard]] std::optional<Argument> MakeCoordinatedArgument(const nlp::DepTree& tree,
                                                              const std::vector<int>& heads,
                                                              const ArgumentContext& context);

// A clausal complement as an argument ("the talks failed" of "Berg said the talks failed"):
// its whole subtree without the complementiser and edge punctuation, and what it goes on with
// after a comma that the parse hung on the verb of saying (participles, absolute or subordinate
// clauses, or a subjectless verb of the report's list, one after another to the sentence's end:
// ", amounting to 6.2 billion sterling last year", ", using reserves, until it decides"; not the
// speaker's own act: ", adding that ...", ", but did not elaborate"),
// as `text` (Open IE's arg2)
// and `name` (the graph's STATEMENT node: the whole clause as written, however long, since a
// statement cut to its core is a claim the speaker did not make); type kOther here (the resolver
// makes the node a STATEMENT), never named; `vague` when the head is a noun, adjective or
// participle with neither copula nor subject ("said a level", "said ... Faced with X": a piece
// of a clause the parse broke).
// `without` (a token or kNone) and its subtree are left out: the parenthetical "officials said"
// of the clause it reports; when that speech ends the sentence, the statement is everything
// before it, whatever the parse hung where (fronted phrases, later conjuncts), up to a comma
// followed by a short verbless run the parse hung inside the report (", lead manager Banque
// Nationale de Paris said"), and with the adverbs the parse hung on the speech verb before its
// subject ("could reach 300 mln dlrs annually, Yeutter announced"). A clause that opens with a
// quotation closed after a comma or full stop ends at the closing mark ("\"There is no deal,\"
// when asked about reports"). A relative word that is the clause's subject before the verb of
// saying of a relative clause ("a plan, which he said would cut inflation") gives way to the noun
// it stands for in `text` and `name` ("the plan would cut inflation"; the span stays the words as
// written). A clause that is "It said X" again under a trailing speaker of the same report ("It
// said X, the company said": it, he, she or they, then "said") is X. A closing ", according to
// X" phrase that ends the clause is its source, left out ("..., according to a brief filed in
// court").
[[nodiscard]] std::optional<Argument> MakeClauseArgument(const nlp::DepTree& tree, int head,
                                                         int without = nlp::DepTree::kNone);

// "The secretary met the committee, but the lawmakers present did not ask whether ..., the aide
// said" parsed with "lawmakers" a second subject of "said": true when `subject`, an nsubj of the
// speech verb `predicate` that ends the sentence, comes before a reported clause (a ccomp that
// is a verb or has a copula or subject) that precedes the verb, and another subject of the verb
// comes after that clause. Such a subject is part of what was reported, not a speaker.
[[nodiscard]] bool IsInsideTrailingReport(const nlp::DepTree& tree, int predicate, int subject);

// Whether the phrase headed by `head` bounds a stretch of time rather than placing a fact in it:
// its preposition is since, until, till, from, through, after or before ("since 1951"). Never
// throws.
[[nodiscard]] bool IsTimeBound(const nlp::DepTree& tree, int head);

// The date a time phrase headed by `head` names ("on Monday", "March 3, 2024", "in 2019"), or
// empty when it names none; a number a scale or unit word follows is none ("2326" of "to 2326
// mln dlrs" parsed apart).
[[nodiscard]] std::optional<Value> TimeOf(const nlp::DepTree& tree, int head,
                                          const ArgumentContext& context);

// The phrase that dates a clause as a DATE value node, with its apposition ("Tuesday, June 4"):
// value set when ParseDate resolves it, else a DATE node named as written when the recogniser
// tagged it; empty when the phrase names no date.
[[nodiscard]] std::optional<Argument> MakeTimeArgument(const nlp::DepTree& tree, int head,
                                                       const ArgumentContext& context);

// Calendar words ("monday", "year") are lexical facts the clause rules share with the recaser.
using nlp::IsCalendarWord;

// True for an unnamed, non-value phrase headed by `head` that names no thing of its own, judged
// from its head and the head's own dependents (kinds seen on Reuters development stories):
// - a part, amount or kind of something else: "part of their cocoa", "half of its capacity",
//   "result of rises in bullion", "combination of cash and shares";
// - a stretch of time or a day word no date could be read from: "several years", "a single
//   day", "today" without an article date (a date is a value node, not this); a bare part of a
//   year or day ("this morning" read as a subject, "in the afternoon", "last summer"; not "a
//   mild winter in the north");
// - a broken clause: a finite verb inside the phrase ("shortages despite pockets of said");
// - a unit word the value parser could not read with its number ("3,100 stg", "mln dlrs");
// - a piece that starts with a preposition or conjunction ("on Iran subjects");
// - a noun that names no thing without a word saying which (rest, remainder, stage, point, way,
//   guess, extent, moment, respect, matter, difference, direction, notice, appearance,
//   impression, sense: "pave the way", "at one stage", "made a difference", "put on
//   notice"; "100 basis points" and "an early stage" stay), a word of degree saying none
//   ("made little difference", "the main point"), a pronoun owner saying none in an idiom
//   ("find their way", "force its hand").
[[nodiscard]] bool IsVaguePhrase(const nlp::DepTree& tree, int head);

// True for a scale, currency or unit abbreviation standing alone ("mln", "dlrs", "pct", any
// case), a word of a wire clock time ("hrs", "EDT", "GMT"), or the unit of a price per unit
// ("tonne", "ounce", "barrel", "bushel", "gallon", "kilo", "ton"): the rest of a value the parse
// split off, never a node.
[[nodiscard]] bool IsBareUnitWord(std::string_view name);

// True for the first end of a range of numbers, "between A and B" ("a write-off of between 39
// mln and 43 mln dlrs", "by between 30,000 and 50,000 barrels"): `phrase` has the case "between"
// and a conj after "and", each a number or with one. The range is one argument and one node
// name, never two conjuncts.
[[nodiscard]] bool IsNumericRange(const nlp::DepTree& tree, int phrase);

// The second half of a title-case name joined by "and": "Exchange Law" of "its Securities and
// Exchange Law" (also "Food and Drug Administration"): token c a conjunct right after "and" that
// follows its first conjunct, all its words capitalised and contiguous, ending in a word that
// names a body or a law (Gazetteer::IsOrganizationWord, "law", "act", "code", "administration",
// "treaty", "exchange"), its first conjunct a capitalised word in no mention. Such a conjunct is
// part of its first conjunct's phrase, not a second argument (without it the phrase read
// "Article 25 of its Securities" and "Exchange Law" was a node of its own).
[[nodiscard]] bool IsNameConjunct(const nlp::DepTree& tree, int c);

// Whether `noun` (a token of `tree`) names people or bodies: WordNet's first sense of it is a
// person or a group ("employees", "workers", "banks", "companies"), so a number on it counts
// them and is no amount ("28,000 employees", "about 2,300 workers"), and it can act ("requires
// companies to disclose"). False for a word WordNet does not know.
[[nodiscard]] bool NamesPeopleOrBodies(const nlp::DepTree& tree, int noun);
// The same for a word, lower case.
[[nodiscard]] bool NamesPeopleOrBodies(std::string_view word);

// True when the phrase headed by `phrase` holds a number that is an amount, not a year or season
// ("2.98 billion", not "1985" or "1987/88"), leaving out its modifiers' and conjuncts' words.
[[nodiscard]] bool HoldsAmount(const nlp::DepTree& tree, int phrase);

// True for a phrase that is an amount something is compared with: "against", "versus" or "vs"
// and a number ("showed a surplus of 786 mln dlrs against a 2.56 billion surplus in January"),
// "after" and a bare amount after an amount of the clause ("rose 0.5 pct after 0.3 pct"),
// or "from" and a number after a comma and "down" or "up" under a verb of no change ("listed a
// ratio of 43.4 pct, down slightly from 43.7 pct": the ratio was not listed from 43.7 pct): no
// argument of the clause and no part of a noun's node name.
[[nodiscard]] bool IsComparedAmount(const nlp::DepTree& tree, int phrase);

// True when token t is "up" or "down" giving an amount's direction ("were up 69.2 pct"): the
// relation's words, not the amount's; not "up to", a bound ("a range of up to 50 miles").
[[nodiscard]] bool IsDirectionAdverb(const nlp::DepTree& tree, int t);

// True for an nmod that dates its noun's event with "in", "on", "during" or "since" ("the
// bank's new division in 1986", "funded the pipeline in 2019" with the date hung on the noun),
// or places it in a part of a year or day, dated or not ("stores in the first quarter"):
// it is cut from the noun's node name (PhraseTokens) and dates the clause instead (clause.h).
[[nodiscard]] bool IsDatedModifier(const nlp::DepTree& tree, int nmod);
// The same test whatever the phrase hangs on by: an nmod, or an oblique of a clause inside a
// noun's phrase ("to test the vaccine by the beginning of the summer"); "by", "towards", "at",
// "until", "before", "after" the beginning, end or middle of a named stretch or a season count
// too.
[[nodiscard]] bool IsDatedPhrase(const nlp::DepTree& tree, int phrase);

// True for an nmod or obl that is a counted stretch of time, holding no thing of its own: "after
// one year", "for nearly a day", "in several weeks", "in the four weeks" (a duration noun with a
// number that is no year's label, "a" or a vague count, after "after", "for", "in", "during",
// "over", "until" or "within"; or a bare "in/during/over the year"; or "in the past", "in the
// future", "in the meantime"). Such a phrase is no part of a node's name ("the company after one
// year") and no argument ("had stopped -for-> several years"); it names no date, so it dates
// nothing. Not the span of a record ("its highest level in five years"), nor a period a clause
// names ("the five weeks ended April 4").
[[nodiscard]] bool IsCountedStretch(const nlp::DepTree& tree, int phrase);

// True for a common noun, or an adjective the parser tagged as one where the tree uses it as a
// noun (the head of a subject, object, oblique or apposition: "chief executive" with "executive"
// tagged ADJ).
[[nodiscard]] bool IsCommonNoun(const nlp::DepTree& tree, int head);

// The person a role noun names through its "of" phrase: "the acting CEO of Corvex Analytics, Dr
// Alan Trent," parsed with the name an appos of "Analytics" (the nearer noun). The appositive's
// head when `head` is a noun that is a person title (nlp::Gazetteer::IsPersonTitle: CEO,
// president, minister, ...; capitalised too: "President of the Brazilian Coffee Institute, Jorio
// Dauster told") or "head" or "chief" ("the head of the Bureau's price index unit, Hugo
// Johannesson,") and the appositive, after the "of" phrase, is a tagged PERSON; else empty.
[[nodiscard]] std::optional<int> NameOfRole(const nlp::DepTree& tree, int head);

// True for a proper name usable as a node by itself (entity-tagged, or a PROPN head).
[[nodiscard]] bool IsName(const nlp::DepTree& tree, int head);

}  // namespace kg::extract
