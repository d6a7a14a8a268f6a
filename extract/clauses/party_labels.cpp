#include "extract/clauses/party_labels.h"

#include <cctype>
#include <string>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

bool IsPartyLabel(const std::string& form) {
  if (form.size() < 4 || form.size() > 7 || form[1] != '-') return false;
  if (form[0] != 'D' && form[0] != 'R' && form[0] != 'I') return false;
  if (std::isupper(static_cast<unsigned char>(form[2])) == 0) return false;
  // "D-Tex", or a state abbreviated with stops: "R-N.C.", "D-N.Y."
  for (std::size_t i = 3; i < form.size(); ++i)
    if (std::isalpha(static_cast<unsigned char>(form[i])) == 0 && form[i] != '.') return false;
  return true;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int label = 1; label < s.size(); ++label) {
    if (!IsPartyLabel(s.At(label).form)) continue;
    int name = label - 1;
    while (name >= 0 && (s.At(name).form == "," || s.At(name).form == "(")) --name;
    if (name < 0 || s.At(name).upos != "PROPN") continue;
    // The name's head: up through flat and compound words of the name.
    for (int steps = 0; steps < s.size(); ++steps) {
      const int h = s.Head(name);
      const std::string_view rel = BaseRel(s.At(name));
      if (h < 0 || h >= label || (rel != "flat" && rel != "compound")) break;
      name = h;
    }
    if (s.Dominates(label, name)) continue;
    const std::vector<nlp::Token> kept = tokens;
    const int was = s.Head(label);
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == label && s.At(c).upos != "PUNCT") {
        if (was >= 0)
          s.Attach(c, was, s.At(c).deprel);
        else
          s.Attach(c, name, s.At(c).deprel);
      }
    s.Attach(label, name, "dep");
    s.At(label).entity = "O";
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairPartyLabels(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
