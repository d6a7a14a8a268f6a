#include "extract/clauses/misread_verbs.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(nlp::AnalyzedSentence& s, nlp::Lexicon& lexicon) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int r = 1; r + 1 < n; ++r) {
    nlp::Token& root = at(r);
    const std::string lower = nlp::Lower(root.form);
    if (root.head != 0 || root.upos != "NOUN" || root.xpos != "NNS" || lower.size() < 3 ||
        lower.back() != 's')
      continue;
    // "to" right after, the mark of an infinitive acl (or xcomp) of the root.
    const nlp::Token& to = at(r + 1);
    if (nlp::Lower(to.form) != "to" || to.deprel != "mark" || to.head < 1 || to.head > n) continue;
    const int infinitive = to.head - 1;
    if ((at(infinitive).deprel != "acl" && at(infinitive).deprel != "xcomp") ||
        at(infinitive).head != r + 1 || at(infinitive).upos != "VERB")
      continue;
    // A noun or name right before it, a compound of the root: the subject.
    const int subject = r - 1;
    nlp::Token& before = at(subject);
    if (before.deprel != "compound" || before.head != r + 1 ||
        (before.upos != "NOUN" && before.upos != "PROPN"))
      continue;
    if (!lexicon.IsVerb(lower)) continue;
    const std::string lemma = lexicon.VerbLemma(lower);
    if (lemma.empty() || lemma == lower) continue;
    root.upos = "VERB";
    root.xpos = "VBZ";
    root.lemma = lemma;
    before.deprel = "nsubj";
    for (int c = 0; c < subject; ++c)
      if (at(c).head == r + 1 && at(c).deprel == "compound") at(c).head = subject + 1;
    at(infinitive).deprel = "xcomp";
  }
}

// "Cudahy denies the allegation and plans to contest the matter" tagged with "plans" a noun, the
// conjunct of "allegation", and "contest" the open complement of "denies": the denial had taken
// the plan to contest as what was denied.
void RepairConjoinedVerbs(nlp::AnalyzedSentence& s, nlp::Lexicon& lexicon) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int c = 2; c + 2 < n; ++c) {
    nlp::Token& word = at(c);
    const std::string lower = nlp::Lower(word.form);
    if (word.upos != "NOUN" || word.xpos != "NNS" || word.deprel != "conj" || word.head < 1 ||
        nlp::Lower(at(c - 1).form) != "and")
      continue;
    const int object = word.head - 1;
    if (at(object).deprel != "obj" || at(object).head < 1) continue;
    const int verb = at(object).head - 1;
    if (at(verb).upos != "VERB" || !IsFiniteTag(at(verb).xpos)) continue;
    // "to" right after it, the mark of an infinitive on the verb or on the word.
    const nlp::Token& to = at(c + 1);
    if (nlp::Lower(to.form) != "to" || to.deprel != "mark" || to.head < 1) continue;
    const int infinitive = to.head - 1;
    if (at(infinitive).upos != "VERB" ||
        (at(infinitive).head != verb + 1 && at(infinitive).head != c + 1))
      continue;
    // A bare word: no determiner, number or adjective of its own ("the plans to expand").
    bool bare = true;
    for (int k = 0; k < n && bare; ++k)
      bare = at(k).head != c + 1 || k == c - 1 || at(k).deprel == "cc";
    if (!bare || !lexicon.IsVerb(lower)) continue;
    const std::string lemma = lexicon.VerbLemma(lower);
    if (lemma.empty() || lemma == lower) continue;
    word.upos = "VERB";
    word.xpos = "VBZ";
    word.lemma = lemma;
    word.head = verb + 1;
    at(c - 1).head = c + 1;
    at(infinitive).head = c + 1;
    at(infinitive).deprel = "xcomp";
  }
}

// "Motorola said the MVSB2400 lists for 300 dlrs each and will be available for delivery in
// July" tagged with "lists" a plural noun, the object of "said", and "will be available" a
// conjunct of "said": the graph read "Motorola -will be available for-> delivery" (judged wrong).
void RepairPriceVerbs(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  static constexpr std::array<std::string_view, 4> kPriceVerbs{"lists", "sells", "retails",
                                                               "costs"};
  for (int r = 1; r + 2 < n; ++r) {
    nlp::Token& word = at(r);
    if (word.upos != "NOUN" || word.xpos != "NNS" ||
        std::find(kPriceVerbs.begin(), kPriceVerbs.end(), nlp::Lower(word.form)) ==
            kPriceVerbs.end())
      continue;
    const nlp::Token& marker = at(r + 1);
    if (nlp::Lower(marker.form) != "for" || marker.deprel != "case" || marker.head < 1) continue;
    const int amount = marker.head - 1;
    if (at(amount).head != r + 1 || !at(amount).entity.ends_with("-MONEY")) continue;
    const int subject = r - 1;
    nlp::Token& before = at(subject);
    if (before.deprel != "compound" || before.head != r + 1 ||
        (before.upos != "NOUN" && before.upos != "PROPN"))
      continue;
    const bool root = word.head == 0;
    const int governor = word.head - 1;
    if (!root && (word.deprel != "obj" || !nlp::IsVerbOfSaying(nlp::Lower(at(governor).lemma))))
      continue;
    word.upos = "VERB";
    word.xpos = "VBZ";
    word.lemma = nlp::Lower(word.form).substr(0, word.form.size() - 1);
    before.head = r + 1;
    before.deprel = "nsubj";
    for (int c = 0; c < subject; ++c)
      if (at(c).head == r + 1 && (at(c).deprel == "compound" || at(c).deprel == "det"))
        at(c).head = subject + 1;
    at(amount).deprel = "obl";
    if (root) continue;
    word.deprel = "ccomp";
    // The conjunct after it with no subject of its own is its own ("and will be available").
    for (int c = r + 1; c < n; ++c) {
      if (at(c).head != governor + 1 || at(c).deprel != "conj") continue;
      bool own_subject = false;
      for (const nlp::Token& t : tokens)
        own_subject = own_subject || (t.head == c + 1 && t.deprel.starts_with("nsubj"));
      if (!own_subject) at(c).head = r + 1;
    }
  }
}

}  // namespace

void RepairMisreadVerbs(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s, lexicon);
    RepairConjoinedVerbs(s, lexicon);
    RepairPriceVerbs(s);
  }
}

}  // namespace kg::extract
