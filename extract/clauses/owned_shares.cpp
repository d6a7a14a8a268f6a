#include "extract/clauses/owned_shares.h"

#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int share = 0; share + 1 < s.size(); ++share) {
    const std::string lemma = nlp::Lower(s.At(share).lemma);
    const int verb = share + 1;
    if ((lemma != "pct" && lemma != "percent" && lemma != "%") || !s.HasChild(share, "nummod") ||
        s.Head(verb) != share || BaseRel(s.At(verb)) != "acl" || s.At(verb).xpos != "VBN" ||
        !s.HasChild(verb, "obl"))
      continue;
    const int subject = s.Child(share, "nsubj");
    const int copula = s.Child(share, "cop");
    bool agent = false;
    for (int c = verb + 1; c < s.size(); ++c)
      agent = agent || (s.Head(c) == verb && s.At(c).deprel == "obl:agent");
    if (!agent) continue;
    // "Texaco Canada Inc, 78 pct owned by Texaco Inc, ..." with the share hung on the name as a
    // list item or apposition: the participle is the name's modifier, the share its measure.
    const int named = s.Head(share);
    const int number = s.Child(share, "nummod");
    if (subject < 0 && copula < 0 && named >= 0 && named < share && IsNominal(s.At(named)) &&
        number > 0 && s.At(number - 1).form == ",") {
      std::vector<int> kept;
      for (int c = 0; c < s.size(); ++c)
        if (s.Head(c) == share && c != verb && BaseRel(s.At(c)) != "nummod") kept.push_back(c);
      s.Attach(verb, named, "acl");
      for (const int c : kept) s.Attach(c, verb, s.At(c).deprel);
      s.Attach(share, verb, "obl:unmarked");
      continue;
    }
    if (subject < 0 || copula < 0) continue;
    std::vector<int> moved;
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == share && c != verb && BaseRel(s.At(c)) != "nummod") moved.push_back(c);
    s.Attach(verb, s.Head(share), s.At(share).deprel);
    for (const int c : moved) s.Attach(c, verb, s.At(c).deprel);
    s.Attach(subject, verb, "nsubj:pass");
    s.Attach(copula, verb, "aux:pass");
    s.Attach(share, verb, "obl:unmarked");
  }
}

}  // namespace

void RepairOwnedShares(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
