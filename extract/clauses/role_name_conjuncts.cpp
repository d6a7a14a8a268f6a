#include "extract/clauses/role_name_conjuncts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

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

// A capitalised word of a title: a person's title ("Chairman", "President", "Executive"), a rank
// ("Vice", "Chief", "Deputy") or a word of the officers' titles ("Chief Financial Officer").
bool IsCapitalTitleWord(const nlp::Token& t) {
  static constexpr std::array<std::string_view, 6> kOfficers{
      "officer", "financial", "operating", "technical", "investment", "information"};
  return nlp::StartsWithCapital(t.form) &&
         (nlp::Gazetteer::IsPersonTitle(t.form) || nlp::Gazetteer::IsTitleRank(t.form) ||
          std::find(kOfficers.begin(), kOfficers.end(), nlp::Lower(t.form)) != kOfficers.end());
}

// "said Vice Chairman and Chief Financial Officer Frank Newman", "backed by Chairman and Chief
// Executive Officer John Reed": capitalised titles joined by "and" before one name, which the
// parse split into two people ("Vice Chairman" spoke too, a node judged junk). The name's first
// word heads the phrase and takes its place in the tree; the titles are its compounds, the
// "and" joins them. Only when the words from the first title to the name's end hang together
// (one word of them hung outside) and the name has one to four capitalised proper nouns.
void JoinCapitalTitles(const TokenTree& s) {
  for (int a = 1; a + 2 < s.size(); ++a) {
    if (nlp::Lower(s.At(a).form) != "and" || !IsCapitalTitleWord(s.At(a - 1)) ||
        !nlp::Gazetteer::IsPersonTitle(s.At(a - 1).form))
      continue;
    int first = a - 1;
    while (first > 0 && IsCapitalTitleWord(s.At(first - 1))) --first;
    int name = a + 1;
    while (name < s.size() && IsCapitalTitleWord(s.At(name))) ++name;
    if (name == a + 1 || name >= s.size()) continue;
    const std::string last_title = nlp::Lower(s.At(name - 1).form);
    if (!nlp::Gazetteer::IsPersonTitle(last_title) && last_title != "officer") continue;
    int end = name;
    while (end < s.size() && s.At(end).upos == "PROPN" && nlp::StartsWithCapital(s.At(end).form) &&
           !IsCapitalTitleWord(s.At(end)))
      ++end;
    if (end == name || end - name > 4) continue;
    const int top = s.SpanHead(first, end - 1);
    if (top < 0) continue;
    s.Attach(name, s.Head(top), s.At(top).deprel);
    // What hung on the words from outside them ("by", "the", a comma) is the phrase's.
    for (int c = 0; c < s.size(); ++c)
      if ((c < first || c >= end) && s.Head(c) >= first && s.Head(c) < end)
        s.Attach(c, name, s.At(c).deprel);
    for (int t = first; t < end; ++t) {
      if (t == name) continue;
      if (t == a)
        s.Attach(t, a - 1, "cc");
      else
        s.Attach(t, name, t > name ? "flat" : "compound");
    }
    a = end;
  }
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  JoinCapitalTitles(s);
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
