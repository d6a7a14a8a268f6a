#include "extract/clauses/name_objects.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 10> kLinkingVerbs = {
    "be", "become", "remain", "seem", "appear", "stay", "turn", "look", "sound", "prove"};

bool IsLinking(std::string_view lemma) {
  for (const std::string_view v : kLinkingVerbs)
    if (v == lemma) return true;
  return false;
}

bool IsPersonOrOrganization(const nlp::Token& t) {
  return t.entity == "B-PERSON" || t.entity == "B-ORGANIZATION";
}

bool IsPassive(const TokenTree& s, int verb) {
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) == verb && (s.At(c).deprel == "nsubj:pass" || s.At(c).deprel == "aux:pass"))
      return true;
  }
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int name = 1; name < s.size(); ++name) {
    const nlp::Token& n = s.At(name);
    if (n.deprel != "xcomp" || n.upos != "PROPN" || !IsPersonOrOrganization(n)) continue;
    const int verb = s.Head(name);
    if (verb < 0 || verb + 1 != s.Leftmost(name) || s.At(verb).upos != "VERB" ||
        IsLinking(s.At(verb).lemma) || s.Child(verb, "obj") >= 0 || IsPassive(s, verb) ||
        s.Child(name, "case") >= 0 || s.Child(name, "cop") >= 0 || s.Child(name, "mark") >= 0)
      continue;
    s.Attach(name, verb, "obj");
  }
}

}  // namespace

void RepairNameObjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
