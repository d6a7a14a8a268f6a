#include "extract/clauses/participle_conjuncts.h"

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  // The words with a by-agent, found once.
  std::vector<bool> agent(static_cast<std::size_t>(s.size()), false);
  for (int c = 0; c < s.size(); ++c)
    if (s.Head(c) >= 0 && s.At(c).deprel == "obl:agent")
      agent[static_cast<std::size_t>(s.Head(c))] = true;
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
    if (agent[static_cast<std::size_t>(v)]) s.Attach(v, noun, "acl");
  }
}

}  // namespace

void RepairParticipleConjuncts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
