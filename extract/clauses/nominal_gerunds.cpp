#include "extract/clauses/nominal_gerunds.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 12> kDeterminers = {
    "a", "an", "the", "this", "that", "these", "those", "no", "each", "every", "any", "another"};

// Words of the time of day or week that name when, not what ("this afternoon", "next week").
constexpr std::array<std::string_view, 11> kTimeNouns = {
    "morning", "afternoon", "evening", "night", "today",  "tomorrow",
    "week",    "weekend",   "month",   "year",  "tonight"};

bool IsTime(const nlp::Token& t) {
  return t.entity.find("DATE") != std::string::npos || FormIsOneOf(t, kTimeNouns);
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int g = 0; g < s.size(); ++g) {
    nlp::Token& gerund = s.At(g);
    if (gerund.upos != "VERB" || gerund.xpos != "VBG") continue;
    bool determiner = false;
    bool clausal = false;
    for (int c = 0; c < s.size(); ++c) {
      if (s.Head(c) != g) continue;
      const std::string_view rel = BaseRel(s.At(c));
      determiner = determiner || (rel == "det" && c < g && FormIsOneOf(s.At(c), kDeterminers));
      clausal = clausal || rel == "nsubj" || rel == "aux" || rel == "mark" || rel == "expl";
    }
    if (!determiner || clausal) continue;
    gerund.upos = "NOUN";
    gerund.xpos = "NN";
    gerund.lemma = nlp::Lower(gerund.form);
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == g && BaseRel(s.At(c)) == "obj")
        s.Attach(c, g, IsTime(s.At(c)) ? "nmod:unmarked" : "nmod");
  }
}

}  // namespace

void RepairNominalGerunds(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
