#pragma once

#include <string>
#include <utility>
#include <vector>

#include "nlp/entity_recognizer.h"
#include "nlp/gazetteer.h"

namespace kg::nlp {

// Sports results and standings, where a place's name stands for its team (the CoNLL-2003 and
// OntoNotes conventions both type a club named by its city or county as an organisation):
// "Minnesota 6 MILWAUKEE 1", "Loznica 4 2 0 2 7 4 6", "SAN FRANCISCO 58 74 .439 16".

// True when tokens[i] is a number (digits with . , - / :) that is not an ISO date; false past
// the end.
[[nodiscard]] bool IsScore(const std::vector<std::string>& tokens, std::size_t i);

// True when the sentence reads as a row of a results table: at most two words that start with a
// lower-case letter, and at least one number (digits with . , - / :) that is not an ISO date
// ("LONDON 1996-08-30" is a dateline).
[[nodiscard]] bool IsResultsRow(const std::vector<std::string>& tokens);

// The team names of a row that is only a standings line (a run of capitalised words and four or
// more numbers: "Brentford 4 3 1 0 9 3 10") or a score line (name, one number, name, one number,
// perhaps a parenthesis: "Stenhousemuir 0 Stranraer 1", "Los Angeles 7 PHILADELPHIA 6 ( in 12 )"),
// as token ranges [begin, end); none for any other sentence.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> TeamNamesOfRow(
    const std::vector<std::string>& tokens);

// In a results row (IsResultsRow), each CITY or LOCATION mention followed right away by a number
// (not a date) becomes an ORGANIZATION, and each team name of TeamNamesOfRow becomes one
// ORGANIZATION mention (replacing the mentions it overlaps, or added where the model found none)
// unless it overlaps a COUNTRY (a national side keeps its country's type) or a PERSON whose first
// word is a given name (Gazetteer::IsGivenName: "Paul Tracy 54"). Other sentences are returned
// as they are. In token order.
[[nodiscard]] std::vector<EntityMention> TeamsInResultsRows(const std::vector<std::string>& tokens,
                                                            std::vector<EntityMention> mentions,
                                                            const Gazetteer& gazetteer);

// A fixture, "Kestrel v Orbury" (or "vs", "vs."): a CITY or LOCATION mention right before or
// after "v" is the team; a COUNTRY (a national side) and persons (a tennis draw) keep their
// types. Spans never change.
[[nodiscard]] std::vector<EntityMention> TeamsInFixtures(const std::vector<std::string>& tokens,
                                                         std::vector<EntityMention> mentions);

}  // namespace kg::nlp
