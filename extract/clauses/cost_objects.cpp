#include "extract/clauses/cost_objects.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool IsAmount(const TokenTree& s, int t) {
  return IsAmountToken(s.At(t)) || s.HasChild(t, "nummod");
}

// An amount, or "more" or "less" with an amount ("15 pct more than cash payments").
bool IsAmountPhrase(const TokenTree& s, int t) {
  if (IsAmount(s, t)) return true;
  if (!FormIsOneOf(s.At(t), std::array<std::string_view, 2>{"more", "less"})) return false;
  for (int c = 0; c < t; ++c)
    if (s.Head(c) == t && IsAmount(s, c)) return true;
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 4> kVerbs{"cost", "save", "charge", "owe"};
  for (int verb = 0; verb < s.size(); ++verb) {
    if (s.At(verb).upos != "VERB" ||
        std::find(kVerbs.begin(), kVerbs.end(), nlp::Lower(s.At(verb).lemma)) == kVerbs.end() ||
        s.HasChild(verb, "iobj"))
      continue;
    const int object = s.Child(verb, "obj");
    if (object < 0 || !IsNominal(s.At(object)) || IsAmount(s, object)) continue;
    int amount = -1;
    // Not "a total of 468,859 dlrs": the object's own measure.
    for (int c = object + 1; c < s.size() && amount < 0; ++c) {
      const int marker = s.Child(c, "case");
      if (s.Head(c) == object && IsAmountPhrase(s, c) &&
          (marker < 0 || nlp::Lower(s.At(marker).form) != "of"))
        amount = c;
    }
    if (amount < 0) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.Attach(object, verb, "iobj");
    // "15 pct more than cash payments": the amount heads, "more" (with its "than") modifies it.
    if (!IsAmount(s, amount)) {
      const int more = amount;
      for (int c = 0; c < more; ++c)
        if (s.Head(c) == more && IsAmount(s, c)) amount = c;
      s.Attach(amount, verb, "obj");
      s.Attach(more, amount, "amod");
    } else {
      s.Attach(amount, verb, "obj");
    }
    if (const int about = s.Child(amount, "case"); about >= 0) {
      s.At(about).upos = "ADV";
      s.At(about).xpos = "RB";
      s.At(about).deprel = "advmod";
    }
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

// "The bill would allow U.S. agricultural producers to seek government monitoring" parsed with
// "U.S." the indirect object had given "United States -would seek-> government monitoring"
// (judged wrong: the producers would).
void RepairModifierIndirectObjects(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 9> kControl{
      "allow", "permit", "enable", "force", "require", "ask", "urge", "encourage", "help"};
  for (int verb = 0; verb < s.size(); ++verb) {
    if (s.At(verb).upos != "VERB" ||
        std::find(kControl.begin(), kControl.end(), nlp::Lower(s.At(verb).lemma)) == kControl.end())
      continue;
    const int indirect = s.Child(verb, "iobj");
    const int object = s.Child(verb, "obj");
    int infinitive = s.Child(verb, "xcomp");
    for (int c = 0; c < s.size() && infinitive < 0; ++c)
      if (s.Head(c) == verb && BaseRel(s.At(c)) == "advcl" && s.Child(c, "mark") >= 0 &&
          nlp::Lower(s.At(s.Child(c, "mark")).form) == "to")
        infinitive = c;
    if (indirect < 0 || object < 0 || infinitive < object || s.At(indirect).upos != "PROPN" ||
        s.At(object).upos != "NOUN" || s.Leftmost(object) != indirect + 1 ||
        s.HasChild(indirect, "flat") || s.HasChild(indirect, "compound"))
      continue;
    s.Attach(indirect, object, "compound");
  }
}

}  // namespace

void RepairCostObjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens);
    RepairModifierIndirectObjects(s.tokens);
  }
}

}  // namespace kg::extract
