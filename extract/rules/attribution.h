#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "nlp/dep_tree.h"

namespace kg::extract {

// Attribution on a UD tree: who the text credits with a clause. A clause embedded under a speech
// or cognition verb, or marked "according to X", is attributed to that speaker and not asserted
// by the article.

// Verbs of saying and thinking whose ccomp or quotation is someone's claim: say, tell, claim,
// state, announce, add, report, allege, insist, argue, warn, believe, think, ... and the denial
// verbs of negation.h.
[[nodiscard]] bool IsSpeechVerb(std::string_view lemma);

// True for a verb of telling whose object is the one addressed before the report: tell,
// inform, assure, remind, notify, warn ("told politicians they should defend human rights").
[[nodiscard]] bool IsAddressingVerb(std::string_view lemma);

// True for a verb that passes on someone else's words with "as saying": "quote", "cite"
// ("Tehran radio quoted Aqazadeh as saying ...": Aqazadeh is the one saying).
[[nodiscard]] bool IsQuotingVerb(std::string_view lemma);

// The predicate of a speech edge: "say" for every verb of saying (state, tell, add, declare,
// stress, warn, note, insist, ...), so that `[:say]` and `--predicate say` find what anyone said
// whatever verb the article chose (the verb as written stays in the triple's relation: "stated");
// the lemma itself for the verbs of thinking or asking (believe, think, fear, ask) and for
// denials ("deny": the denied clause is negated and attributed, see negation.h), and for any
// other verb.
[[nodiscard]] std::string SpeechPredicate(std::string_view lemma);

// The "according to X" obl of the clause headed by `predicate`: X's head token (the obl), when
// one of its case children is "according" (UD: case "according" + fixed "to").
[[nodiscard]] std::optional<int> AccordingTo(const nlp::DepTree& tree, int predicate);

// An "according to X" that ends the sentence after a comma, wherever the parse hung it: it
// sources every clause of the sentence ("Rain brought relief, and patterns will bring moisture,
// according to Dale Mohler"). X's head token, or nullopt.
[[nodiscard]] std::optional<int> SentenceSource(const nlp::DepTree& tree);

// One quotation of a sentence and who speaks it: "\"It is complex, but the fees recapture any
// investment,\" Gardner said." The tokens strictly between the quotation marks are [first, last];
// speaker is the subject of the verb of saying outside them that governs or is hung beside the
// quotation (the sentence's only speech verb with an nsubj outside the quotation).
struct Quotation {
  int first = 0;
  int last = 0;
  int speaker = 0;
};

// The sentence's quotation when it has exactly one pair of quotation marks (straight or curly)
// and exactly one verb of saying with a subject outside them; nullopt otherwise. Every clause
// inside the marks is the speaker's, however the parse hung it.
[[nodiscard]] std::optional<Quotation> SentenceQuotation(const nlp::DepTree& tree);

// A verb of saying that ends the sentence after a comma with its own subject and no complement
// of its own there: "..., it said.", "..., the agency said in a statement.", "..., said sole
// manager Salomon Brothers." Every clause before the comma is what it reports, however the parse
// hung that clause ("The Information Systems Group will continue strong sales growth ..., it
// said." parsed with "Information" a dislocated word of "said" and "continue" a relative clause
// of it, so nothing was reported). verb and speaker (its nsubj) are tokens; start is the first
// token after the comma (the verb or its subject's first word).
struct TrailingSpeech {
  int verb = 0;
  int speaker = 0;
  int start = 0;
};

// The sentence's trailing verb of saying (not a denial) as TrailingSpeech describes it: after
// the comma (or a comma and a closing quotation mark) only the verb, its subject's words and the
// phrases hung on the verb after the comma ("in a statement", "on Monday"), then punctuation, or
// a comma that opens a continuation, a participle or a coordinated clause ("..., traders said,
// adding that ...", "..., bond sources said, but officials would only say ..."); the verb has
// no clausal complement or object after the comma. The last such verb; nullopt when none is.
[[nodiscard]] std::optional<TrailingSpeech> SentenceTrailingSpeech(const nlp::DepTree& tree);

// True when `oblique` is an "according to" phrase that names a source (so it is a source, never
// an argument); not a manner run on from its verb ("set according to market conditions").
[[nodiscard]] bool IsAccordingTo(const nlp::DepTree& tree, int oblique);

// A speaker that a clause carries as a parenthetical: "Senior diplomats met envoys, officials
// said" (parataxis or a fronted quote's speech verb). Returns the speech verb's token when
// `predicate` has a parataxis child, or an advcl child after it without a subordinator ("...,
// officials said Wednesday" as the parser often attaches it), that is a speech verb with its own
// subject and no ccomp or obj of its own.
[[nodiscard]] std::optional<int> ParentheticalSpeech(const nlp::DepTree& tree, int predicate);

}  // namespace kg::extract
