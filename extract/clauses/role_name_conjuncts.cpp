#include "extract/clauses/role_name_conjuncts.h"

#include <cctype>
#include <string>

#include "extract/clauses/token_tree.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The lower-case person's title ("chairman") that the name at `name` is a conjunct of, when
// only "and" and lower-case titles of the name stand between them ("chairman and chief executive
// Kevan Gosper", "president and chief operating officer Ann Lee"); -1 otherwise.
int JoinedTitle(const TokenTree& s, int name) {
  const int role = s.Head(name);
  if (role < 0 || role >= name - 1 || !nlp::Gazetteer::IsPersonTitle(s.At(role).form)) return -1;
  // At least one title after "and": "was made justice secretary and Fulgencio Factoran, 43,
  // secretary for natural resources" names two people.
  if (role + 2 >= name || nlp::Lower(s.At(role + 1).form) != "and" || s.Head(role + 1) != name)
    return -1;
  for (int b = role + 2; b < name; ++b) {
    const std::string& form = s.At(b).form;
    if (s.Head(b) != name || form.empty() || std::islower(static_cast<unsigned char>(form[0])) == 0)
      return -1;
  }
  return role;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int name = 1; name < s.size(); ++name) {
    const nlp::Token& t = s.At(name);
    if (t.upos != "PROPN" || !nlp::StartsWithCapital(t.form) || BaseRel(t) != "conj") continue;
    // "chairman and chief executive Kevan Gosper said" parsed with the name a conjunct of
    // "chairman", so the bare title spoke too (two sheets' triples judged partly right): titles
    // joined by "and" before one name are that person's.
    const int joined = JoinedTitle(s, name);
    const int role = joined >= 0 ? joined : name - 1;
    const std::string& role_form = s.At(role).form;
    if (s.Head(name) != role || s.At(role).upos != "NOUN" ||
        std::islower(static_cast<unsigned char>(role_form[0])) == 0 ||
        (joined < 0 && s.HasChild(name, "cc")))
      continue;
    const int head = s.Head(role);
    const std::string rel = s.At(role).deprel;
    s.Attach(name, head, rel);
    s.Attach(role, name, "compound");
    // "chairman and chief executive": the "and" joins the titles, which stay whole as a role.
    if (joined >= 0) s.Attach(role + 1, role, "cc");
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
