#include "extract/clauses/participle_conjuncts.h"

#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int v = 1; v < s.size(); ++v) {
    const nlp::Token& verb = s.At(v);
    const int noun = s.Head(v);
    if (BaseRel(verb) != "conj" || verb.upos != "VERB" ||
        (verb.xpos != "VBN" && verb.xpos != "VBD"))
      continue;
    if (noun < 0 || noun > v || s.At(v - 1).form != ",") continue;
    // A noun, or a gerund the parse made an argument ("on late selling").
    const std::string_view role = BaseRel(s.At(noun));
    const bool gerund = s.At(noun).xpos == "VBG" &&
                        (role == "obl" || role == "obj" || role == "nsubj" || role == "nmod");
    if (s.At(noun).upos != "NOUN" && !gerund) continue;
    if (s.HasChild(v, "cc") || HasSubject(s, v) || s.HasChild(v, "aux") || s.HasChild(v, "obj"))
      continue;
    bool agent = false;
    for (int c = v + 1; c < s.size(); ++c)
      agent = agent || (s.Head(c) == v && s.At(c).deprel == "obl:agent");
    if (agent) s.Attach(v, noun, "acl");
  }
}

}  // namespace

void RepairParticipleConjuncts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
