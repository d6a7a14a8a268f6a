#include "extract/clauses/name_inner_modifiers.h"

#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"
#include "nlp/entity_recognizer.h"

namespace kg::extract {
namespace {

constexpr int kMinNameWords = 3;

// The entity type of a tag ("ORGANIZATION" of "I-ORGANIZATION"), empty for "O".
std::string_view TypeOf(const std::string& tag) {
  return tag.size() > 2 && tag[1] == '-' ? std::string_view(tag).substr(2) : std::string_view();
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int begin = 0; begin < s.size();) {
    const std::string& tag = s.At(begin).entity;
    int end = begin + 1;
    if (!tag.starts_with("B-")) {
      begin = end;
      continue;
    }
    const std::string_view type = TypeOf(tag);
    while (end < s.size() && s.At(end).entity.starts_with("I-") && TypeOf(s.At(end).entity) == type)
      ++end;
    const auto inside = [&](int t) { return t >= begin && t < end; };
    int head = -1;
    int heads = 0;
    for (int t = begin; t < end; ++t)
      if (!inside(s.Head(t))) {
        head = t;
        ++heads;
      }
    if (end - begin >= kMinNameWords && heads == 1 && type != "PERSON" && !nlp::IsValueType(type)) {
      const std::vector<nlp::Token> kept = tokens;
      for (int c = 0; c < s.size(); ++c) {
        const int h = s.Head(c);
        const std::string_view rel = BaseRel(s.At(c));
        if (!inside(c) && inside(h) && h != head && (rel == "acl" || rel == "appos"))
          s.Attach(c, head, s.At(c).deprel);
      }
      if (!nlp::FormsTree(tokens)) tokens = kept;
    }
    begin = end;
  }
}

}  // namespace

void RepairNameInnerModifiers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
