#include "extract/clauses/told_audiences.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "nlp/gazetteer.h"

namespace kg::extract {
namespace {

bool IsAudience(const nlp::Token& t) {
  static constexpr std::array<std::string_view, 18> kAudiences{
      "reporter", "journalist", "newsman",      "correspondent", "conference", "luncheon",
      "meeting",  "audience",   "briefing",     "interview",     "parliament", "congress",
      "senate",   "committee",  "subcommittee", "hearing",       "seminar",    "symposium"};
  return IsNominal(t) && (std::find(kAudiences.begin(), kAudiences.end(), nlp::Lower(t.lemma)) !=
                              kAudiences.end() ||
                          nlp::Gazetteer::IsNewsAgency(t.form));
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 0; verb < s.size(); ++verb) {
    if (s.At(verb).upos != "VERB" || !IsAddressingVerb(nlp::Lower(s.At(verb).lemma)) ||
        s.HasChild(verb, "obj") || s.HasChild(verb, "iobj"))
      continue;
    int report = -1;
    for (int c = verb + 1; c < s.size() && report < 0; ++c)
      if (s.Head(c) == verb && BaseRel(s.At(c)) == "ccomp") report = c;
    if (report < 0) continue;
    const int subject = s.Child(report, "nsubj");
    // "officials told Reuters MHI is the world's largest shipbuilder" parsed with the agency the
    // subject and the name after it its flat part: the name is the subject, the agency told.
    // (Not when an apposition hangs on the agency too: "told Reuters Finance Secretary Jaime
    // Ongpin had decided" is left to the name's own reading of its title.)
    bool appos = false;
    for (int t = subject + 1; t < s.size(); ++t)
      appos = appos || (s.Head(t) == subject && BaseRel(s.At(t)) == "appos");
    if (subject == verb + 1 && IsAudience(s.At(subject)) && subject + 1 < s.size() && !appos &&
        s.Head(subject + 1) == subject && s.At(subject + 1).upos == "PROPN" &&
        (BaseRel(s.At(subject + 1)) == "flat" || BaseRel(s.At(subject + 1)) == "compound")) {
      const int name = subject + 1;
      for (int t = name + 1; t < s.size(); ++t)
        if (s.Head(t) == subject) s.Attach(t, name, s.At(t).deprel);
      s.Attach(name, report, s.At(subject).deprel);
      s.Attach(subject, verb, "obj");
      if (std::string& next = s.At(name).entity; next.starts_with("I-")) next[0] = 'B';
      continue;
    }
    if (subject <= verb + 1) continue;
    // Every word between the verb and the subject is inside the subject's phrase.
    bool inside = true;
    for (int t = verb + 1; t < subject && inside; ++t) inside = s.Dominates(subject, t);
    if (!inside) continue;
    int audience = -1;
    for (int t = verb + 1; t < subject; ++t)
      if (IsAudience(s.At(t))) audience = t;
    if (audience < 0) continue;
    // The next word must start the subject's own words: nothing after the audience hangs on it.
    bool split = true;
    for (int t = audience + 1; t < s.size() && split; ++t) split = s.Head(t) != audience;
    if (!split) continue;
    for (int t = verb + 1; t < audience; ++t)
      if (s.Head(t) < verb + 1 || s.Head(t) > audience) s.Attach(t, audience, s.At(t).deprel);
    s.Attach(audience, verb, "obj");
    // "Reuters Japan" tagged one name: the subject's name starts after the audience.
    if (std::string& next = s.At(audience + 1).entity; next.starts_with("I-")) next[0] = 'B';
  }
}

}  // namespace

void RepairToldAudiences(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
