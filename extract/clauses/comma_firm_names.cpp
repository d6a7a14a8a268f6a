#include "extract/clauses/comma_firm_names.h"

#include <cctype>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/entities/name_identity.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

bool Capitalised(const nlp::Token& t) {
  return !t.form.empty() && std::isupper(static_cast<unsigned char>(t.form[0])) != 0;
}

// A capitalised word that may be part of a partner's name: no legal form ("Inc", "Co").
bool PartnerWord(const nlp::Token& t) {
  return Capitalised(t) && t.upos != "PUNCT" && !IsLegalSuffix(t.form);
}

// The first word of the run of at most `most` partner words that ends at `last`, or -1.
int PartnerStart(const TokenTree& s, int last, int most) {
  if (last < 0 || !PartnerWord(s.At(last))) return -1;
  int start = last;
  while (start > 0 && last - start + 1 < most && PartnerWord(s.At(start - 1))) --start;
  return start;
}

// Whether a name may start at token t: nothing capitalised but punctuation before it.
bool StartsName(const TokenTree& s, int t) {
  return t == 0 || !Capitalised(s.At(t - 1)) || s.At(t - 1).upos == "PUNCT";
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int co = 2; co < s.size(); ++co) {
    const std::string& form = s.At(co).form;
    const bool company = form == "Co" || form == "Co." || form == "Company";
    // "..., Blunt Ellis and Loewi Inc, Piper Jaffray and Hopwood Inc and Sutro and Co Inc": inside
    // a list of firms, partners joined by "and" before one legal form are one firm when a comma
    // comes before them and another firm's name after them ("Tokai International and Daiwa
    // Europe Ltd" after a verb stays two).
    const auto listed = [&] {
      const int suffix = co + 1;
      if (suffix + 2 >= s.size() || !PartnerWord(s.At(co)) || !IsLegalSuffix(s.At(suffix).form) ||
          !Capitalised(s.At(suffix)))
        return false;
      const nlp::Token& after = s.At(suffix + 1);
      return (after.form == "," || after.form == "and") && Capitalised(s.At(suffix + 2)) &&
             s.At(suffix + 2).upos != "PUNCT";
    };
    if (!company && !listed()) continue;
    if (s.At(co - 1).form != "and" && s.At(co - 1).form != "&") continue;
    const int second = PartnerStart(s, co - 2, 3);
    if (second < 0) continue;
    if (!company && (second < 1 || s.At(second - 1).form != ",")) continue;
    int first = second;
    if (company && second >= 2 && s.At(second - 1).form == ",")
      if (const int before = PartnerStart(s, second - 2, 2); before >= 0 && StartsName(s, before))
        first = before;
    if (!StartsName(s, first)) continue;
    int end = co;
    if (end + 1 < s.size() && IsLegalSuffix(s.At(end + 1).form) && Capitalised(s.At(end + 1)))
      ++end;
    const std::vector<nlp::Token> kept = tokens;
    // The word that governed the span: one whose head lies outside it, an argument rather than
    // an apposition or adverbial ("On Thursday, Bear, Stearns and Co sole-managed" with "Bear"
    // hung on the day and "Stearns" the subject; "Sears, Roebuck and Co said" with "Sears" read
    // as a verb), else the first.
    const auto argument = [&](int t) {
      const std::string_view rel = BaseRel(s.At(t));
      return rel == "nsubj" || rel == "obj" || rel == "iobj" || rel == "obl" || rel == "nmod" ||
             rel == "conj" || rel == "root";
    };
    int root = -1;
    for (int t = first; t <= end; ++t) {
      if (s.Head(t) >= first && s.Head(t) <= end) continue;
      if (root < 0 || (argument(t) && !argument(root))) root = t;
    }
    if (root < 0) continue;
    const int head = s.Head(root);
    const std::string rel = s.At(root).deprel;
    for (int t = 0; t < s.size(); ++t) {
      if (t >= first && t <= end) continue;
      if (s.Head(t) >= first && s.Head(t) <= end) s.Attach(t, first, s.At(t).deprel);
    }
    s.Attach(first, head, rel);
    if (s.At(first).upos != "PROPN" && s.At(first).upos != "NOUN") {
      s.At(first).upos = "PROPN";
      s.At(first).xpos = "NNP";
    }
    for (int t = first + 1; t <= end; ++t)
      s.Attach(t, first, s.At(t).upos == "PUNCT" ? "punct" : "flat");
    s.At(first).entity = "B-ORGANIZATION";
    for (int t = first + 1; t <= end; ++t) s.At(t).entity = "I-ORGANIZATION";
    if (!nlp::FormsTree(tokens)) tokens = kept;
    co = end;
  }
}

}  // namespace

void RepairCommaFirmNames(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
