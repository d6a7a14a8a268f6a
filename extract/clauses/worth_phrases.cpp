#include "extract/clauses/worth_phrases.h"

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int worth = 1; worth < s.size(); ++worth) {
    const nlp::Token& w = s.At(worth);
    const std::string_view rel = BaseRel(w);
    if (nlp::Lower(w.form) != "worth" || (rel != "conj" && rel != "advcl" && rel != "parataxis") ||
        s.At(worth - 1).form != "," || s.Child(worth, "cc") >= 0)
      continue;
    const int verb = s.Head(worth);
    if (verb < 0 || verb > worth || s.At(verb).upos != "VERB") continue;
    const int object = s.Child(verb, "obj");
    if (object < 0 || object > worth || s.Rightmost(object) >= worth) continue;
    s.Attach(worth, object, "acl");
  }
}

}  // namespace

void RepairWorthPhrases(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
