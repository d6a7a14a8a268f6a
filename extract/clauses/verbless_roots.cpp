#include "extract/clauses/verbless_roots.h"

#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  int root = -1;
  for (int t = 0; t < s.size(); ++t)
    if (s.Head(t) < 0 && s.At(t).deprel == "root") root = t;
  if (root < 0 || !IsNominal(s.At(root))) return;
  int verb = -1;
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) != root) continue;
    const std::string_view rel = s.At(c).deprel;
    if (rel == "cop" || BaseRel(s.At(c)) == "nsubj") return;
    // After a comma it is a participle set off in the subject (", made on March 10,").
    if (verb < 0 && rel == "acl" && c > root && s.At(c).upos == "VERB" &&
        (s.At(c).xpos == "VBD" || s.At(c).xpos == "VBN") && s.At(c - 1).form != ",")
      verb = c;
  }
  if (verb < 0) return;
  // A clause of its own hung on the noun is the sentence's, misattached ("Like money market
  // preferred stock, the new version allows ...").
  for (int c = 0; c < s.size(); ++c)
    if (s.Head(c) == root && s.At(c).deprel == "parataxis" && s.At(c).upos == "VERB")
      for (int g = 0; g < s.size(); ++g)
        if (s.Head(g) == c && BaseRel(s.At(g)) == "nsubj") return;
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) != verb) continue;
    const std::string_view base = BaseRel(s.At(c));
    if (base == "aux" || base == "mark" || base == "nsubj" || base == "expl" ||
        s.At(c).deprel == "obl:agent")
      return;
    if (base == "obl" || base == "nmod")
      for (int g = 0; g < s.size(); ++g)
        if (s.Head(g) == c && s.At(g).deprel == "case" && nlp::Lower(s.At(g).form) == "by") return;
  }
  const std::vector<nlp::Token> kept = tokens;
  s.Attach(verb, -1, "root");
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) != root || c == verb) continue;
    const std::string_view base = BaseRel(s.At(c));
    if (c > verb || base == "obl" || base == "advmod" || base == "advcl")
      s.Attach(c, verb, s.At(c).deprel);
  }
  s.Attach(root, verb, "nsubj");
  if (!nlp::FormsTree(tokens)) tokens = kept;
}

}  // namespace

void RepairVerblessRoots(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
