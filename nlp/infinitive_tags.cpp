#include "nlp/infinitive_tags.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

#include "nlp/words.h"

namespace kg::nlp {
namespace {

// The lemmas of the catenative verbs (and their nouns) whose infinitive is their own doing.
constexpr std::array<std::string_view, 25> kIntents{
    "plan",    "intend",  "expect", "agree",    "decide",   "want",      "hope",  "seek",    "aim",
    "propose", "prepare", "offer",  "continue", "fail",     "refuse",    "try",   "attempt", "need",
    "wish",    "promise", "pledge", "vow",      "threaten", "undertake", "manage"};

bool IsIntent(Lexicon& lexicon, const Token& t) {
  const std::string word = Lower(t.form);
  const std::string verb = lexicon.VerbLemma(word);
  const std::string noun = lexicon.NounLemma(word);
  for (const std::string_view intent : kIntents)
    if (verb == intent || noun == intent) return true;
  // Nouns of leave to act ("seek authorisation to issue bonds", tagged a preposition and a noun).
  static constexpr std::array<std::string_view, 9> kLeave{
      "permission", "authorisation", "authorization", "approval", "consent",
      "clearance",  "mandate",       "licence",       "license"};
  for (const std::string_view leave : kLeave)
    if (noun == leave) return true;
  // Irregular forms WordNet's morphology may not give back.
  return word == "sought" || word == "undertook" || word == "tried" || word == "tries";
}

// "is said to", "were reported to", "was believed to": a verb of saying or thinking in the
// passive raises its infinitive's subject (Huddleston & Pullum 2002, ch. 14, 2.3): what follows
// "to" is that subject's doing, reported.
bool IsRaisingPassive(const std::vector<Token>& tokens, std::size_t i) {
  static constexpr std::array<std::string_view, 13> kParticiples{
      "said",       "reported", "believed", "thought",    "rumoured", "rumored",  "alleged",
      "understood", "known",    "reckoned", "considered", "claimed",  "estimated"};
  static constexpr std::array<std::string_view, 7> kBe{"is",   "are",   "was", "were",
                                                       "been", "being", "be"};
  const auto one_of = [](const auto& list, const std::string& w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  return i >= 1 && one_of(kParticiples, Lower(tokens[i].form)) &&
         one_of(kBe, Lower(tokens[i - 1].form));
}

}  // namespace

void RetagInfinitives(std::vector<Token>& tokens, Lexicon& lexicon) {
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    Token& to = tokens[i + 1];
    Token& word = tokens[i + 2];
    if (Lower(to.form) != "to" || to.upos != "ADP") continue;
    // An adjective too ("expected to prompt design changes"), but not one that splits an
    // infinitive as an adverb would ("plans to further ease restrictions").
    static constexpr std::array<std::string_view, 3> kSplitting{"further", "better", "best"};
    if (!(word.xpos == "NN" || word.xpos == "JJ") || word.form.empty() ||
        std::find(kSplitting.begin(), kSplitting.end(), Lower(word.form)) != kSplitting.end() ||
        !std::islower(static_cast<unsigned char>(word.form.front())))
      continue;
    if (i + 3 < tokens.size() && Lower(tokens[i + 3].form) == "of") continue;
    const std::string form = Lower(word.form);
    if (!lexicon.IsVerb(form) || lexicon.VerbLemma(form) != form) continue;
    if (!IsIntent(lexicon, tokens[i]) && !IsRaisingPassive(tokens, i)) continue;
    to.upos = "PART";
    to.xpos = "TO";
    word.upos = "VERB";
    word.xpos = "VB";
    word.lemma = form;
  }
}

void RetagNonVerbInfinitives(std::vector<Token>& tokens, Lexicon& lexicon) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& to = tokens[i];
    Token& word = tokens[i + 1];
    if (Lower(to.form) != "to" || to.xpos != "TO" || word.xpos != "VB" || word.form.empty() ||
        !std::all_of(word.form.begin(), word.form.end(),
                     [](char ch) { return std::islower(static_cast<unsigned char>(ch)) != 0; }))
      continue;
    if (lexicon.IsVerb(word.form)) continue;
    // A verb WordNet lacks, known by what is around it: "in order to norm it".
    if ((i >= 2 && Lower(tokens[i - 1].form) == "order" && Lower(tokens[i - 2].form) == "in") ||
        (i + 2 < tokens.size() && tokens[i + 2].xpos == "PRP"))
      continue;
    const bool before_noun = i + 2 < tokens.size() && tokens[i + 2].xpos.starts_with("NN");
    if (before_noun && lexicon.IsAdjective(word.form)) {
      word.upos = "ADJ";
      word.xpos = "JJ";
      word.lemma = word.form;
    } else if (!lexicon.Noun(word.form).senses.empty()) {
      word.upos = "NOUN";
      word.xpos = "NN";
      word.lemma = lexicon.NounLemma(word.form);
      if (word.lemma.empty()) word.lemma = word.form;
    } else {
      continue;  // no word WordNet knows: a misspelt verb, say ("to reafffirm")
    }
    to.upos = "ADP";
    to.xpos = "IN";
    to.lemma = "to";
  }
}

}  // namespace kg::nlp
