#include "extract/clauses/money_recipients.h"

#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

// The entity type of a token's BIO tag ("MONEY" of "I-MONEY"), "" outside a mention.
std::string_view TypeOf(const nlp::Token& t) {
  return t.entity.size() > 2 ? std::string_view(t.entity).substr(2) : "";
}

bool IsAmount(const nlp::Token& t) {
  const std::string_view type = TypeOf(t);
  return t.upos == "NUM" || type == "MONEY" || type == "QUANTITY" || type == "PERCENT";
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 1; n < s.size(); ++n) {
    if (s.At(n).deprel != "nmod" || IsAmount(s.At(n))) continue;
    const int amount = s.Head(n);
    if (amount < 0 || amount > n || BaseRel(s.At(amount)) != "obj" ||
        TypeOf(s.At(amount)) != "MONEY")
      continue;
    const int verb = s.Head(amount);
    if (verb < 0 || verb > amount || s.At(verb).upos != "VERB") continue;
    bool to = false;
    for (int c = 0; c < n; ++c) {
      to = to || (s.Head(c) == n && BaseRel(s.At(c)) == "case" &&
                  (s.At(c).lemma == "to" || s.At(c).lemma == "from"));
    }
    if (to) s.Attach(n, verb, "obl");
  }
}

}  // namespace

void RepairMoneyRecipients(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
