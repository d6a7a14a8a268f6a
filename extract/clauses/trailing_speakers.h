#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::extract {

// Repairs one parse error of reported speech: "... to coincide with shifts in market
// fundamentals or sentiment, dealers and analysts said." parsed with "dealers" and "analysts"
// conjuncts of "fundamentals", so "said" has no subject, the clause borrows one from the
// sentence and the speakers vanish into the statement. When a verb of saying (rules/attribution.h:
// IsSpeechVerb) ends the sentence (only punctuation after it), has no subject, and the words
// between it and the comma before it are a noun phrase with no verb (at most 6 words, a
// bracketed acronym not counted and a firm's name one word: "lead managers Deutsche Bank AG and
// Dresdner Bank AG said", and hung on the phrase as its apposition: "the Energy
// Information Administration (EIA) said", "the national Middle East News Agency (MENA) said"), that
// phrase is its subject: the phrase's first noun becomes its nsubj, and the other words the parse
// hung outside the phrase become that noun's conjuncts (nouns) or stay with it. So too when the
// verb's subject is a common noun inside its report, after the report's verb, and a person's name
// stands between the comma and the verb ("... has given support in principle to ..., Treasurer
// Paul Keating said." with "support" the subject), or words the parse made that noun's conjunct
// with no coordinator ("... to repair strained relations, EC diplomats said."); also when the
// parse hung the verb on the report's verb as its complement ("Damon expects to report \"better\"
// profits ..., Damon president Joe Isola said."): that noun goes back to the report, its object
// when it has none. Before that, a quotation whose verb governs its own speech verb ("\"There are
// conditions ...,\" auditors said in the report." with "said" a ccomp or parataxis of "are") is
// turned round: a verb of saying with a subject of its own that starts right after the closing
// quotation mark, and that ends the sentence, becomes the root and the quotation's verb its ccomp
// (also when the quotation opens the sentence and the parse hung the verb of saying inside it as a
// relative clause or adverbial of one of its words: "\"There is an agreement,\" the source said,
// adding that ..." with "said" a relative clause of "agreement"); so does
// a verb of saying that ends the sentence as a conjunct with no coordinator (or an xcomp) and has a
// subject of its own right after a comma ("Charges will not rise in 1988, Dennis McAuliffe said."
// with "said" a conj of "rise"), taking back to the clause what the parse hung on it before the
// comma. "Ends the sentence" allows words of the verb's own phrase after it, none its complement
// ("..., the company said in a statement."). Such a final verb hung as an acl or relative clause
// on a noun, its subject (its own, or that noun) right after a comma, or a comma and a closing
// quotation mark ("\"...,\" a diplomatic source said." with "said" an acl of "source"; "..., a year
// earlier, it said." with "said" a relative clause of "earlier"; "..., dealers said." with "said"
// the acl of "dealers"), governs the sentence's root as its ccomp. Last, a clause with its own
// subject and no subordinator that the parse hung as such a final verb's advcl before its subject
// ("Trawlers returned to port, officials said on Monday.") is its ccomp. "X, the agency quoted Li
// as saying." makes X what "saying" reports, whether the parse hung "quoted" on X or X on
// "quoted". A person's title and a coordinator right after the comma are the subject's
// ("..., chairman and chief executive Kevan Gosper said" with "chairman" hung on the clause); up to
// six nominal words between the comma and the own subject of a verb hung on a noun, hung
// elsewhere by the parse, are that subject's front ("..., an Australian Sugar Producers
// Association spokesman told Reuters" with "Sugar" a conjunct of the noun before the comma), the
// noun the verb hangs on among them ("..., finance minister Cesar Gaviria said." with "said" a
// relative clause of "minister", a conjunct of the clause). A verb hung on the last noun of a
// phrase of "of"-modifiers right after the comma speaks for the phrase's head ("..., the head of
// Indonesia's Association of Private Banks told Reuters." with "told" hung on "Banks"), unless
// that head has a preposition of its own ("..., versus the net income previously reported").
// First of all, "..., banking sources said." parsed with "banking" a participle of the clause,
// "sources" its object and "said" its complement: the noun becomes the subject of the verb of
// saying, the participle its compound, and the verb a parataxis in the participle's place. And
// "Exports rose seven pct, he said, although he did not give complete figures." parsed with the
// "although" clause a ccomp of the parenthetical "said": a clause opened by a subordinator
// (although, though, while, because, as, since, unless, whereas, when) after a comma that follows
// a parenthetical verb of saying is the clause's adverbial, not a report; and a participle hung
// as an adverbial on the final verb of saying, before its comma and right after a noun of the
// report ("... two contracts totalling 53 mln dlrs, the Defense Department said."), is that
// noun's acl.
// Lemmas must already be filled. Never throws.
void RepairTrailingSpeakers(std::vector<nlp::AnalyzedSentence>& sentences);

// The verb of saying (rules/attribution.h: IsSpeechVerb) that ends a sentence's tokens: the last
// verb after which come only punctuation and words of its own phrase ("..., Comissaria Smith said
// in its weekly review."), at most 8 of them and none its complement; its 0-based index, or -1
// when there is none. Lemmas must already be filled.
[[nodiscard]] int FinalSpeechVerb(const std::vector<nlp::Token>& tokens);

}  // namespace kg::extract
