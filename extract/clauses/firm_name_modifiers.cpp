#include "extract/clauses/firm_name_modifiers.h"

#include <vector>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

bool InOrganization(const nlp::Token& t) { return t.entity.ends_with("-ORGANIZATION"); }

void Repair(nlp::AnalyzedSentence& s) {
  const TokenTree tree(s.tokens);
  for (int cc = 1; cc + 1 < tree.size(); ++cc) {
    if (BaseRel(tree.At(cc)) != "cc" || !InOrganization(tree.At(cc))) continue;
    int begin = cc;
    while (begin > 0 && InOrganization(tree.At(begin)) && !tree.At(begin).entity.starts_with("B-"))
      --begin;
    if (!tree.At(begin).entity.starts_with("B-ORGANIZATION")) continue;
    int end = cc + 1;
    while (end < tree.size() && tree.At(end).entity.starts_with("I-ORGANIZATION")) ++end;
    const int noun = tree.Head(cc);
    const int name_head = noun < 0 ? -1 : tree.Head(noun);
    if (noun < end || tree.At(noun).upos != "NOUN" || BaseRel(tree.At(noun)) != "conj" ||
        name_head < begin || name_head >= cc)
      continue;
    // The name's words after the cc hang in the noun's phrase; nothing of the name is left of it.
    bool inside = true;
    for (int t = cc + 1; t < end; ++t) inside = inside && tree.Dominates(noun, t);
    for (int t = begin; t < cc; ++t) inside = inside && tree.Dominates(name_head, t);
    if (!inside) continue;
    // The name head's other dependents outside the name (a determiner, a report the parser hung
    // on the subject) are the new head's.
    std::vector<int> outside;
    for (int c = 0; c < tree.size(); ++c)
      if (tree.Head(c) == name_head && c != noun && (c < begin || c >= end)) outside.push_back(c);
    tree.Attach(noun, tree.Head(name_head), tree.At(name_head).deprel);
    tree.Attach(begin, noun, "compound");
    for (int t = begin + 1; t < end; ++t) tree.Attach(t, begin, "flat");
    // A person's name right after the role noun is the phrase's head, as the parser reads
    // "Damon president Joe Isola" (the role a nmod:desc of the name).
    int head = noun;
    const int person = noun + 1;
    if (person < tree.size() && tree.Head(person) == noun && BaseRel(tree.At(person)) == "appos" &&
        tree.At(person).upos == "PROPN" &&
        (tree.At(person).entity == "O" || tree.At(person).entity.ends_with("-PERSON"))) {
      tree.Attach(person, tree.Head(noun), tree.At(noun).deprel);
      tree.Attach(noun, person, "nmod:desc");
      head = person;
    }
    for (const int c : outside) tree.Attach(c, head, tree.At(c).deprel);
  }
}

}  // namespace

void RepairFirmNameModifiers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s);
}

}  // namespace kg::extract
