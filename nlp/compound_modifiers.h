#pragma once

#include <vector>

#include "nlp/analysis.h"

namespace kg::nlp {

// Retags hyphenated compound modifiers that the tagger read as verbs. The treebanks kg trains on
// split "state - owned" and "high - ranking" into three tokens, so the tagger never saw the
// whole word kg's tokenizer keeps, and guesses from its ending: "state-owned Banca" and
// "high-ranking members" came out VBN/VBG and were parsed as the sentence's verbs. A token of
// letters with an inner hyphen, ending in "ed" or "ing", tagged VBN, VBD or VBG, directly before a
// noun, proper noun, adjective or number, becomes ADJ JJ, unless its first part is a verb prefix
// ("co-owned", "re-elected", "lead-managed": co, re, pre, de, un, over, under, out, mis, lead,
// cross, double, self) whose word stays a verb. Runs after tagging and before parsing, so the
// parser attaches the modifier as one. Never throws.
void RetagCompoundModifiers(std::vector<Token>& tokens);

// Retags the participles that begin a title: "GEM managing director Pieter van der Vorm said",
// "IMF Managing Director Michel Camdessus", "acting chairman" came out with "managing" a verb,
// parsed as the clause's with the person its object ("energy products -managing-> Klaus
// Giesel"). "managing", "acting", "presiding" or "founding", in any case and tagged a verb,
// right before a noun of office (director, partner, editor, board, member, chairman, president,
// governor, judge, trustee, secretary, minister, and the underwriter, agent or manager of a bond
// issue, or their plurals; "general" between them too: "managing general partner"), becomes ADJ
// JJ, as "executive" of "executive director" is tagged ("the offering's managing underwriter" had
// given "offering -managing-> underwriter", sheet 1231). Runs after tagging and before parsing.
// Never throws.
void RetagTitleParticiples(std::vector<Token>& tokens);

// Retags the words of a title the tagger read the other way round. "its chief executive said"
// and "the former Wall Street executive and Treasury secretary" came out with "executive" an
// adjective heading nothing, and "chief" a noun, so the speaker's node was "chief" (sheet 1263,
// three rows) and the apposition's "executive"; "deputy chief economist Warren Jestin" had
// "deputy" a noun, parsed as a node of its own beside the bank (sheet 1253 judged it junk).
// "executive", in lower case, tagged ADJ and followed by no noun, proper noun, adjective or number
// becomes NOUN NN; then a rank of office (Gazetteer::IsTitleRank: chief, deputy, vice, senior,
// assistant, associate, acting, executive, principal, joint; not "general", "managing" or
// "group"), in lower case and tagged a noun, right before another such rank that no proper noun
// follows becomes ADJ JJ, as the treebanks tag "chief" of "chief economist" ("chief executive
// Peter Bijur" keeps its tags: the parser reads the title before the name right so, and not as
// retagged). Runs after tagging and before parsing. Never throws.
void RetagTitleRanks(std::vector<Token>& tokens);

}  // namespace kg::nlp
