#include "extract/clauses/name_inner_modifiers.h"

#include <algorithm>
#include <array>
#include <cstddef>
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

// "General Motors do Brasil said" parsed with "Motors" a subject, "do" an auxiliary and "Brasil"
// a second subject of "said": when every word of the name [begin, end) that hangs outside it hangs
// on one word, the one in the strongest nominal relation (a subject before an object, an object
// before an oblique, a conjunct before a modifier or an apposition: "ADM, and Nabisco Brands Inc"
// with "Brands" a conjunct and "Inc" an apposition; the first of equals) heads the name and the
// others are its flat parts.
void JoinRoots(const TokenTree& s, int begin, int end) {
  static constexpr std::array<std::string_view, 8> kByStrength{"root", "nsubj", "obj",  "iobj",
                                                               "obl",  "conj",  "nmod", "appos"};
  int outside = -2;
  int head = -1;
  std::size_t strength = kByStrength.size();
  for (int t = begin; t < end; ++t) {
    const int h = s.Head(t);
    if (h >= begin && h < end) continue;
    if (outside != -2 && h != outside) return;
    outside = h;
    const auto it = std::find(kByStrength.begin(), kByStrength.end(), BaseRel(s.At(t)));
    const auto rank = static_cast<std::size_t>(it - kByStrength.begin());
    if (rank < strength) {
      strength = rank;
      head = t;
    }
  }
  if (head < 0) return;
  for (int t = begin; t < end; ++t) {
    const int h = s.Head(t);
    if (t != head && !(h >= begin && h < end)) s.Attach(t, head, "flat");
  }
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
    const auto roots = [&](int& head) {
      int n = 0;
      for (int t = begin; t < end; ++t)
        if (!inside(s.Head(t))) {
          head = t;
          ++n;
        }
      return n;
    };
    int head = -1;
    int heads = roots(head);
    if (end - begin >= kMinNameWords && heads > 1 && type == "ORGANIZATION") {
      const std::vector<nlp::Token> kept = tokens;
      JoinRoots(s, begin, end);
      if (!nlp::FormsTree(tokens)) tokens = kept;
      heads = roots(head);
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
