#include "extract/clauses/note_labels.h"

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  if (s.size() < 3 || s.At(1).form != ":") return;
  const std::string label = nlp::Lower(s.At(0).form);
  if (label != "note" && label != "notes") return;
  int heir = -1;
  for (int c = 2; c < s.size() && heir < 0; ++c) {
    const std::string_view rel = BaseRel(s.At(c));
    if (s.Head(c) == 0 && (rel == "appos" || rel == "dep" || rel == "conj")) heir = c;
  }
  if (heir < 0) {
    if (s.Head(0) >= 0) s.Attach(0, s.Head(0), "dep");
    return;
  }
  const int head = s.Head(0);
  const std::string rel = s.At(0).deprel;
  s.Attach(heir, head, rel);
  s.Attach(0, heir, "dep");
  // The colon and the label's other words go with the heir.
  for (int c = 1; c < s.size(); ++c)
    if (c != heir && s.Head(c) == 0) s.Attach(c, heir, s.At(c).deprel);
}

}  // namespace

void RepairNoteLabels(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
