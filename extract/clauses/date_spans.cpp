#include "extract/clauses/date_spans.h"

#include <string>
#include <vector>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

bool IsDayOrYear(const std::string& form) {
  if (form.empty() || form.size() == 3 || form.size() > 4) return false;
  for (const char c : form)
    if (c < '0' || c > '9') return false;
  return true;
}

void JoinDate(const TokenTree& s, int begin, int end) {
  int head = -1;
  for (int t = begin; t < end; ++t) {
    const int h = s.Head(t);
    if (s.At(t).upos == "PUNCT" || (h >= begin && h < end)) continue;
    if (head < 0) {
      head = t;
      continue;
    }
    if (s.At(t).upos == "NUM" && !IsDayOrYear(s.At(t).form)) continue;
    if (s.Dominates(t, head)) continue;
    s.Attach(t, head, t < head ? "compound" : "nmod:unmarked");
  }
}

void GluedObject(const TokenTree& s, int date_end) {
  // date_end: one past the date's last word.
  if (date_end >= s.size()) return;
  const int first = date_end;
  if (s.At(first).upos != "DET") return;
  const int noun = s.Head(first);
  if (noun < 0 || s.At(noun).deprel != "appos") return;
  const int date_word = s.Head(noun);
  if (date_word < 0 || date_word >= first || !s.At(date_word).entity.ends_with("DATE")) return;
  if (s.Leftmost(noun) != first) return;
  // The verb the date hangs on, through its own words.
  int top = date_word;
  while (s.Head(top) >= 0 && s.At(s.Head(top)).entity.ends_with("DATE") && s.Head(top) < first)
    top = s.Head(top);
  const int verb = s.Head(top);
  if (verb < 0 || verb > top || s.At(verb).upos != "VERB" || BaseRel(s.At(top)) != "obl" ||
      s.HasChild(verb, "obj"))
    return;
  s.Attach(noun, verb, "obj");
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int i = 0; i < s.size(); ++i) {
    if (s.At(i).entity != "B-DATE") continue;
    int end = i + 1;
    while (end < s.size() && s.At(end).entity == "I-DATE") ++end;
    JoinDate(s, i, end);
    GluedObject(s, end);
    i = end - 1;
  }
}

}  // namespace

void RepairDateSpans(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& sentence : sentences) Repair(sentence.tokens);
}

}  // namespace kg::extract
