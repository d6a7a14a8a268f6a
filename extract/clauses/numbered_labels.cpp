#include "extract/clauses/numbered_labels.h"

#include <vector>

#include "extract/clauses/token_tree.h"
#include "extract/entities/name_spans.h"

namespace kg::extract {

namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int w = 0; w + 1 < s.size(); ++w) {
    const int number = w + 1;
    if (!IsNumberedLabel(s.At(w).form, s.At(number).form)) continue;
    if (s.Head(number) == w) {
      s.At(number).deprel = "flat";
    } else if (s.Head(w) == number) {
      // "Chapter 11 of the code" with "Chapter" on "11".
      s.TakePlace(w, number, "flat");
    } else if (s.Head(w) == s.Head(number) && s.Head(w) > number) {
      // "Chapter 11 bankruptcy proceedings": both on the noun after them.
      s.Attach(number, w, "flat");
      s.At(w).deprel = "compound";
    } else if (const int noun = s.Head(number); noun > number && s.Head(noun) == s.Head(w) &&
                                                s.Head(w) >= 0 && IsNominal(s.At(noun))) {
      // "reorganized under Chapter 11 bankruptcy proceedings" with the label the verb's oblique
      // and the noun its object: the noun takes the label's place, the label its modifier.
      s.TakePlace(noun, w, "compound");
      s.Attach(number, w, "flat");
    }
  }
}

}  // namespace

void RepairNumberedLabels(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
