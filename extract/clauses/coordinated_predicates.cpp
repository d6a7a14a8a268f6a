#include "extract/clauses/coordinated_predicates.h"

#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

// The nearest verb above token n through nominal relations (obj, obl, nmod, compound, conj,
// nummod, appos), or -1.
int ClauseVerb(const TokenTree& s, int n) {
  int t = n;
  for (int steps = 0; steps < s.size(); ++steps) {
    // A noun with a copula or subject of its own heads a clause ("sows are not good delivery
    // and cannot be placed ..."): its conjunct is its clause's.
    if (s.HasChild(t, "cop") || s.HasChild(t, "nsubj") || s.HasChild(t, "nsubj:pass")) return -1;
    const std::string_view rel = BaseRel(s.At(t));
    const int up = s.Head(t);
    if (up < 0 || (rel == "conj" && s.At(up).upos == "VERB")) return -1;
    if (rel != "obj" && rel != "obl" && rel != "nmod" && rel != "compound" && rel != "conj" &&
        rel != "nummod" && rel != "appos")
      return -1;
    if (s.At(up).upos == "VERB") return up;
    t = up;
  }
  return -1;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int x = 1; x < s.size(); ++x) {
    if (BaseRel(s.At(x)) != "conj" || !s.HasChild(x, "cc") || s.HasChild(x, "nsubj") ||
        s.HasChild(x, "csubj"))
      continue;
    const bool predicate = s.HasChild(x, "cop") || (s.At(x).upos == "VERB" && s.HasChild(x, "aux"));
    const int noun = s.Head(x);
    if (!predicate || noun < 0 || noun >= x) continue;
    const std::string& upos = s.At(noun).upos;
    if (upos != "NOUN" && upos != "PROPN" && upos != "NUM") continue;
    const int verb = ClauseVerb(s, noun);
    if (verb < 0 || verb >= noun) continue;
    s.Attach(x, verb, "conj");
  }
}

}  // namespace

void RepairCoordinatedPredicates(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
