#include "extract/clauses/punctuation_arguments.h"

#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 6> kOpening = {
    "\"", "\xE2\x80\x9C", "\xE2\x80\x98", "'", "(", "["};

bool IsOpening(std::string_view form) {
  for (const std::string_view o : kOpening)
    if (o == form) return true;
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int mark = 0; mark < s.size(); ++mark) {
    const nlp::Token& m = s.At(mark);
    if (m.upos != "PUNCT" || !IsOpening(m.form) || BaseRel(m) == "punct" || BaseRel(m) == "root")
      continue;
    int word = -1;
    for (int c = mark + 1; c < s.size() && word < 0; ++c) {
      if (s.Head(c) == mark && (BaseRel(s.At(c)) == "appos" || BaseRel(s.At(c)) == "dep")) word = c;
    }
    if (word < 0) continue;
    const int head = s.Head(mark);
    const std::string rel = m.deprel;
    s.Attach(word, head, rel);
    for (int c = 0; c < s.size(); ++c) {
      if (c != word && s.Head(c) == mark) s.Attach(c, word, s.At(c).deprel);
    }
    s.Attach(mark, word, "punct");
  }
}

}  // namespace

void RepairPunctuationArguments(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
