#include "extract/clauses/role_name_conjuncts.h"

#include <cctype>
#include <string>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int name = 1; name < s.size(); ++name) {
    const int role = name - 1;
    const nlp::Token& t = s.At(name);
    const std::string& role_form = s.At(role).form;
    if (t.upos != "PROPN" || std::isupper(static_cast<unsigned char>(t.form[0])) == 0 ||
        BaseRel(t) != "conj" || s.Head(name) != role || s.At(role).upos != "NOUN" ||
        std::islower(static_cast<unsigned char>(role_form[0])) == 0 || s.HasChild(name, "cc"))
      continue;
    const int head = s.Head(role);
    const std::string rel = s.At(role).deprel;
    s.Attach(name, head, rel);
    s.Attach(role, name, "compound");
    // The role's other dependents after it (none before the name) stay with the phrase's head.
    for (int c = name + 1; c < s.size(); ++c)
      if (s.Head(c) == role) s.Attach(c, name, s.At(c).deprel);
  }
}

}  // namespace

void RepairRoleNameConjuncts(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
