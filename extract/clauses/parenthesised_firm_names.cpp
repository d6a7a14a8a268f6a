#include "extract/clauses/parenthesised_firm_names.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "extract/entities/name_identity.h"
#include "model/unicode.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

constexpr int kMaxFrontWords = 5;

bool IsCapitalised(const nlp::Token& t) {
  return (t.upos == "PROPN" || t.upos == "NOUN" || t.upos == "ADJ" || t.upos == "X") &&
         model::StartsWithUppercase(t.form);
}

// Relations by which a name hangs in a clause as a thing.
bool IsNominalRel(std::string_view rel) {
  return rel == "nsubj" || rel == "obj" || rel == "iobj" || rel == "obl" || rel == "nmod" ||
         rel == "appos" || rel == "conj" || rel == "compound" || rel == "root";
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int open = 1; open + 3 < s.size(); ++open) {
    if (s.At(open).form != "(") continue;
    int close = open + 1;
    while (close < s.size() && close - open <= 4 && IsCapitalised(s.At(close))) ++close;
    if (close == open + 1 || close >= s.size() || s.At(close).form != ")") continue;
    int last = close + 1;
    // Written with a capital ("Ltd", "SA"): "as" of "(CNOOC) as saying" is no "AS".
    while (last < s.size() && model::StartsWithUppercase(s.At(last).form) &&
           IsLegalSuffix(s.At(last).form))
      ++last;
    --last;
    if (last == close) continue;
    int first = open;
    while (first > 0 && open - first < kMaxFrontWords && IsCapitalised(s.At(first - 1))) --first;
    if (first == open) continue;
    // The word that hung outside the name as a thing gives the name its place: the one that
    // holds the name's preposition ("of" of "a subsidiary of Cheung Kong (Holdings) Ltd"), else
    // the last.
    int anchor = -1;
    for (int t = first; t <= last; ++t) {
      const int head = s.Head(t);
      const bool outside = head < first || head > last;
      if (!outside || !IsNominalRel(BaseRel(s.At(t)))) continue;
      if (anchor < 0 || !s.HasChild(anchor, "case")) anchor = t;
    }
    // With no nominal, any word of the name that hangs outside it (or is the root) gives it.
    for (int t = first; t <= last && anchor < 0; ++t)
      if (s.Head(t) < first || s.Head(t) > last) anchor = t;
    if (anchor < 0) continue;
    const int head = s.Head(anchor);
    const std::string rel = s.At(anchor).deprel;
    const std::vector<nlp::Token> before = tokens;
    // What hung on the name's words from outside it now hangs on its head.
    for (int c = 0; c < s.size(); ++c) {
      if (c >= first && c <= last) continue;
      const int h = s.Head(c);
      if (h >= first && h <= last) s.Attach(c, last, s.At(c).deprel);
    }
    if (head < 0) {
      s.At(last).head = 0;
      s.At(last).deprel = "root";
    } else {
      s.Attach(last, head, rel);
    }
    for (int t = first; t < last; ++t) {
      const bool parenthesis = t == open || t == close;
      s.Attach(t, last, parenthesis ? "punct" : "flat");
      s.At(t).entity = (t == first ? "B-" : "I-") + std::string("ORGANIZATION");
    }
    s.At(last).entity = first == last ? "B-ORGANIZATION" : "I-ORGANIZATION";
    for (int t = first; t <= last; ++t)
      if (s.At(t).upos != "PUNCT") s.At(t).upos = "PROPN";
    // A parse that hung the name's governor inside the name would now loop: leave it.
    if (!nlp::FormsTree(tokens)) {
      tokens = before;
      continue;
    }
    open = last;
  }
}

}  // namespace

void RepairParenthesisedFirmNames(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
