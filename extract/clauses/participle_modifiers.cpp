#include "extract/clauses/participle_modifiers.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 7> kPreferredNouns = {
    "stock", "stocks", "share", "shares", "dividend", "dividends", "equity"};

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int v = 0; v + 1 < s.size(); ++v) {
    nlp::Token& verb = s.At(v);
    const int noun = v + 1;
    if (verb.upos != "VERB" || nlp::Lower(verb.form) != "preferred" || s.Head(noun) != v ||
        BaseRel(s.At(noun)) != "obj" || !FormIsOneOf(s.At(noun), kPreferredNouns) ||
        s.HasChild(v, "nsubj") || s.HasChild(v, "aux"))
      continue;
    // "sold notes and preferred stock" with "preferred" a conjunct of "sold": the stock is a
    // conjunct of the noun right before the "and".
    const int governor = s.Head(v);
    const bool after_and =
        v >= 2 && s.Head(v - 1) == v && BaseRel(s.At(v - 1)) == "cc" && IsNominal(s.At(v - 2));
    if (BaseRel(verb) == "conj" && after_and)
      s.Attach(noun, v - 2, "conj");
    else
      s.Attach(noun, governor, verb.deprel);
    for (int c = 0; c < s.size(); ++c)
      if (c != noun && s.Head(c) == v) s.Attach(c, noun, s.At(c).deprel);
    s.Attach(v, noun, "amod");
    verb.upos = "ADJ";
    verb.xpos = "JJ";
    verb.lemma = "preferred";
  }
}

}  // namespace

void RepairParticipleModifiers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
