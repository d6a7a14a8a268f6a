#include "extract/clauses/for_subjects.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// A name that can do something: a proper noun or a person, organisation or place the recogniser
// tagged; never a date, a time or an amount ("scheduled for April 2 to discuss").
bool IsDoerName(const nlp::Token& t) {
  const std::string_view tag = t.entity;
  const std::string_view type = tag.size() > 2 ? tag.substr(2) : std::string_view{};
  if (type == "DATE" || type == "TIME" || IsAmountToken(t)) return false;
  return t.upos == "PROPN" || type == "PERSON" || type == "ORGANIZATION" || type == "COUNTRY" ||
         type == "CITY" || type == "LOCATION";
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int f = 0; f < s.size(); ++f) {
    if (nlp::Lower(s.At(f).form) != "for" || s.At(f).deprel != "case") continue;
    const int name = s.Head(f);
    if (name < 0 || name < f || !IsDoerName(s.At(name))) continue;
    const std::string_view name_rel = BaseRel(s.At(name));
    if (name_rel != "obl" && name_rel != "nmod") continue;
    const int to = s.Rightmost(name) + 1;
    if (to >= s.size() || nlp::Lower(s.At(to).form) != "to" || s.At(to).upos != "PART") continue;
    const int verb = s.Head(to);
    if (verb <= to || s.At(to).deprel != "mark" || HasSubject(s, verb)) continue;
    const nlp::Token& v = s.At(verb);
    if (v.upos != "VERB" && !s.HasChild(verb, "cop")) continue;
    const int name_head = s.Head(name);
    if (name_head < 0) continue;
    if (s.Dominates(verb, name_head)) continue;
    // The infinitive takes the name's place, unless the name modified a predicate nominal ("would
    // have to be the price for Peru to repay"): the infinitive's own attachment stays then.
    const bool predicate = s.HasChild(name_head, "cop");
    if (name_rel == "obl" || !predicate || s.Dominates(name, verb))
      s.Attach(verb, name_head, name_rel == "obl" ? "advcl" : "acl");
    s.Attach(name, verb, "nsubj");
    s.Attach(f, verb, "mark");
  }
}

}  // namespace

void RepairForSubjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
