#include "extract/clauses/relative_infinitive_objects.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/control.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 3> kRelatives{"which", "that", "whom"};
  for (int r = 0; r < s.size(); ++r) {
    const int verb = s.Head(r);
    if (verb <= r || BaseRel(s.At(r)) != "obj" || !FormIsOneOf(s.At(r), kRelatives) ||
        s.At(verb).deprel != "acl:relcl" || IsObjectControlVerb(s.At(verb).lemma))
      continue;
    for (int x = verb + 1; x < s.size(); ++x) {
      if (s.Head(x) != verb || BaseRel(s.At(x)) != "xcomp" || s.At(x).upos != "VERB" ||
          s.HasChild(x, "obj") || s.HasChild(x, "ccomp"))
        continue;
      const int mark = s.Child(x, "mark");
      if (mark < 0 || nlp::Lower(s.At(mark).form) != "to") continue;
      s.Attach(r, x, "obj");
      break;
    }
  }
}

}  // namespace

void RepairRelativeInfinitiveObjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
