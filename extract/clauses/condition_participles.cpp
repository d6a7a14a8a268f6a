#include "extract/clauses/condition_participles.h"

#include <string>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int word = 1; word < s.size(); ++word) {
    if (s.At(word - 1).form != ",") continue;
    const std::string form = nlp::Lower(s.At(word).form);
    const int verb = s.Head(word);
    if ((form != "provided" && form != "providing") || verb < 0 || s.At(verb).upos != "VERB" ||
        s.HasChild(word, "nsubj") || s.HasChild(word, "obj"))
      continue;
    const int condition = s.Child(word, "ccomp");
    if (condition < 0 || condition < word || !s.HasChild(condition, "nsubj")) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.Attach(condition, verb, "advcl");
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == word) s.Attach(c, condition, s.At(c).deprel);
    s.Attach(word, condition, "mark");
    s.At(word).upos = "SCONJ";
    s.At(word).xpos = "IN";
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairConditionParticiples(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
