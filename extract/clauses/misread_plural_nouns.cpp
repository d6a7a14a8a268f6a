#include "extract/clauses/misread_plural_nouns.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// A dependent that makes a word a verb: a subject, an object, a clausal complement, an
// auxiliary.
bool IsVerbsOwn(std::string_view rel) {
  return rel == "nsubj" || rel == "csubj" || rel == "expl" || rel == "obj" || rel == "iobj" ||
         rel == "ccomp" || rel == "aux" || rel == "cop";
}

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int v = 1; v < s.size(); ++v) {
    nlp::Token& word = s.At(v);
    if (word.upos != "VERB" || word.xpos != "VBZ") continue;
    // An auxiliary the tagger took for a main verb ("the banking law has limited lending":
    // "has" is no plural of "ha"): a form of be, have or do, or a word before a participle.
    const std::string verb_lemma = nlp::Lower(word.lemma);
    if (verb_lemma == "be" || verb_lemma == "have" || verb_lemma == "do") continue;
    if (v + 1 < s.size() && (s.At(v + 1).xpos == "VBN" || s.At(v + 1).xpos == "VBG")) continue;
    const std::string_view rel = BaseRel(word);
    if (rel == "conj" || rel == "root" || word.deprel == "acl:relcl") continue;
    bool verbal = false;
    for (int c = 0; c < s.size() && !verbal; ++c)
      verbal = s.Head(c) == v && IsVerbsOwn(BaseRel(s.At(c)));
    if (verbal) continue;
    const int noun = v - 1;
    if (s.At(noun).upos != "NOUN" || s.HasChild(noun, "nummod") || IsAmountToken(s.At(noun)) ||
        s.Head(noun) == v)
      continue;
    const std::string lower = nlp::Lower(word.form);
    const std::string lemma = lexicon.NounLemma(lower);
    if (lemma.empty() || lemma == lower || lower.back() != 's') continue;
    const std::vector<nlp::Token> before = tokens;
    const int old_head = s.Head(v);
    // Its own dependents go to the head it had, or stay on it as its modifiers.
    for (int c = 0; c < s.size(); ++c) {
      if (s.Head(c) != v) continue;
      if (old_head >= 0 && old_head != noun && !s.Dominates(c, old_head))
        s.Attach(c, old_head, s.At(c).deprel);
      else if (BaseRel(s.At(c)) == "obl")
        s.Attach(c, v, "nmod");
    }
    word.upos = "NOUN";
    word.xpos = "NNS";
    word.lemma = lemma;
    s.TakePlace(v, noun, "compound");
    if (!nlp::FormsTree(tokens)) tokens = before;
  }
}

// "U.S. imports of silver in December were 8,458,000 ounces" tagged with "imports" a verb whose
// subject is "U.S." and "were 8,458,000 ounces" its parataxis: the graph read "United States
// -imports in-> December" (judged wrong).
void RepairSubjectPlurals(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int v = 1; v + 2 < s.size(); ++v) {
    nlp::Token& word = s.At(v);
    const int owner = v - 1;
    if (word.upos != "VERB" || word.xpos != "VBZ" || s.Head(owner) != v ||
        BaseRel(s.At(owner)) != "nsubj" || !IsNominal(s.At(owner)))
      continue;
    const int of_phrase = s.Head(v + 1) >= 0 ? s.Head(v + 1) : -1;
    if (nlp::Lower(s.At(v + 1).form) != "of" || of_phrase < 0 || s.Head(of_phrase) != v) continue;
    // The clause that has it as its subject: a later predicate hung on it with no subject.
    int predicate = -1;
    for (int c = v + 2; c < s.size() && predicate < 0; ++c) {
      const std::string_view rel = BaseRel(s.At(c));
      if (s.Head(c) == v && (rel == "parataxis" || rel == "conj" || rel == "ccomp") &&
          !HasSubject(s, c) && !s.HasChild(c, "cc") &&
          (s.At(c).upos == "VERB" || s.HasChild(c, "cop")))
        predicate = c;
    }
    const std::string lower = nlp::Lower(word.form);
    if (predicate < 0 || lower.back() != 's') continue;
    const std::string lemma = lexicon.NounLemma(lower);
    if (lemma.empty() || lemma == lower) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.Attach(predicate, s.Head(v), word.deprel);
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == v && c != owner && c != predicate && c > v + 1 &&
          (BaseRel(s.At(c)) == "punct" || BaseRel(s.At(c)) == "advmod"))
        s.Attach(c, predicate, s.At(c).deprel);
    s.Attach(v, predicate, "nsubj");
    s.Attach(owner, v, "compound");
    s.Attach(of_phrase, v, "nmod");
    word.upos = "NOUN";
    word.xpos = "NNS";
    word.lemma = lemma;
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairMisreadPluralNouns(std::vector<nlp::AnalyzedSentence>& sentences,
                              nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens, lexicon);
    RepairSubjectPlurals(s.tokens, lexicon);
  }
}

}  // namespace kg::extract
