#include "extract/clauses/attributive_participles.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// Prepositions the parser tags as a gerund's marker (SCONJ mark).
constexpr std::array<std::string_view, 10> kPrepositions = {"to",   "by", "for", "with", "of",
                                                            "from", "at", "on",  "in",   "against"};

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int v = 0; v + 1 < s.size(); ++v) {
    const nlp::Token& participle = s.At(v);
    if (participle.xpos != "VBG") continue;  // first: the lookups below walk the sentence
    const int head = s.Head(v);
    const int marker = s.Child(v, "mark");
    const int object = s.Child(v, "obj");
    if (head < 0 || BaseRel(participle) == "amod" || marker < 0 || marker > v ||
        !FormIsOneOf(s.At(marker), kPrepositions) || object <= v || s.Leftmost(object) != v + 1 ||
        !IsNominal(s.At(object)) || s.HasChild(v, "nsubj") || s.HasChild(v, "aux") ||
        s.HasChild(v, "expl") || s.HasChild(object, "det"))
      continue;
    bool possessed = false;
    for (int c = v + 1; c < object; ++c)
      possessed = possessed || (s.Head(c) == object && s.At(c).deprel == "nmod:poss");
    // WordNet knows the participle as an adjective ("existing", "retiring", "falling") and its
    // verb's first sense takes no object.
    if (possessed || !lexicon.IsAdjective(nlp::Lower(participle.form)) ||
        lexicon.TakesObject(participle.lemma))
      continue;
    const bool after_verb = s.At(head).upos == "VERB" || s.At(head).upos == "AUX";
    s.Attach(object, head, after_verb ? "obl" : "nmod");
    s.Attach(marker, object, "case");
    s.At(marker).upos = "ADP";
    s.At(marker).xpos = "IN";
    for (int c = 0; c < s.size(); ++c)
      if (c != marker && s.Head(c) == v) s.At(c).head = head + 1;
    s.Attach(v, object, "amod");
  }
}

}  // namespace

void RepairAttributiveParticiples(std::vector<nlp::AnalyzedSentence>& sentences,
                                  nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens, lexicon);
}

}  // namespace kg::extract
