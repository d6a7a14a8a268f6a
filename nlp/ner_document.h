#pragma once

#include <string>
#include <vector>

#include "nlp/entity_recognizer.h"

namespace kg::nlp {

// Document-level consistency of entity types (Krishnan and Manning 2006, "An effective two-stage
// model for exploiting non-local dependencies in named entity recognition"; a majority vote over
// a document's mentions of one name, as their second stage approximates): a name keeps one type
// in a document.
//
// sentences: the document's tokens, one vector per sentence; mentions: Recognize's output for
// each sentence (same count; spans within their sentence). Names (not the value types MONEY,
// DATE, QUANTITY, PERCENT) are grouped by their words, case-folded ("LEEDS" = "Leeds"); a group
// where more than half of the mentions have one type takes that type; without such a majority
// each mention keeps its own (measured: a tie given to the first type cost 0.7 F1 on GUM dev,
// a strict majority 0.3 while gaining 0.5 on CoNLL-2003 dev). Changes only types, never spans;
// a name the model left out is not added.
void KeepDocumentTypes(const std::vector<std::vector<std::string>>& sentences,
                       std::vector<std::vector<EntityMention>>& mentions);

// Across one document: a name that TeamsInResultsRows made a team (an ORGANIZATION followed by a
// number in a results row, nlp/results_rows.h) is the team wherever the document names it again
// with another type (not a COUNTRY or a value), except right after "in", "at" or "from" ("In
// Philadelphia, DeShields's triple ..."). Names are
// compared case-folded ("CHICAGO" = "Chicago"). sentences and mentions as KeepDocumentTypes
// takes them.
void KeepTeamsInDocument(const std::vector<std::vector<std::string>>& sentences,
                         std::vector<std::vector<EntityMention>>& mentions);

// A firm's short name: a one-word PERSON mention that is the first word of a longer
// ORGANIZATION mention of the same document ("Magna" beside "Magna International Inc",
// "NationsBank" beside "NationsBank Corp"), or the word before the legal form of one of three
// words or more ("Disney" beside "Walt Disney Co"), is that ORGANIZATION (case-folded). Measured on
// CoNLL-2003 dev before it was kept: the same test for places and other names changed more right
// types than wrong ones ("U.S." beside "U.S. Treasury"), so it is for persons only. And two names
// joined by "and" that open a four-word ORGANIZATION ending in a legal form ("Thomas and Betts
// Corp") are that firm wherever the document says them without it ("Thomas and Betts said" had
// been two persons): one ORGANIZATION mention replaces those the three words overlap.
void ShortFirmNames(const std::vector<std::vector<std::string>>& sentences,
                    std::vector<std::vector<EntityMention>>& mentions);

// A person's surname said alone: a one-word mention typed OTHER, EVENT or PRODUCT (the model's
// guesses for a name it cannot place) whose word, case-folded, ends a PERSON mention of two words
// or more in the same document is that PERSON ("Bailey's strong finish" after "Donovan Bailey").
// A place's name is the person only right before "said", "says", "added" or "told" ("Holland
// said" after "David M. Holland"); elsewhere places and organisations keep their type: a surname
// can be a place ("Jordan").
void SurnamesOfPersons(const std::vector<std::vector<std::string>>& sentences,
                       std::vector<std::vector<EntityMention>>& mentions);

// A name said again where the model missed it: capitalised words in no mention that are, case
// folded, the words of a name the document named elsewhere (one to three words; the longest
// first; one word of three letters or more), or a person's surname alone, become a mention of the
// type more than half of that name's mentions have, if one has ("Yasser Arafat" found in one
// sentence and missed in the next; "Lebed" after "Alexander Lebed"). Not when the words run on into
// a mention, nor one word before a capitalised word (outside all-capital headlines: "General"
// of "General Motors"), nor a title alone. The same idea as KeepDocumentTypes (Krishnan and Manning
// 2006), applied to spans the model left out.
void NamesSaidAgain(const std::vector<std::vector<std::string>>& sentences,
                    std::vector<std::vector<EntityMention>>& mentions);

}  // namespace kg::nlp
