#include "extract/clauses/compound_nominals.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  // Dependents that make the second word a verb with a clause of its own.
  static constexpr std::array<std::string_view, 12> kVerbal{"nsubj", "obj",      "iobj",  "ccomp",
                                                            "xcomp", "aux",      "mark",  "cop",
                                                            "expl",  "compound", "csubj", "advcl"};
  for (int noun = 0; noun + 1 < s.size(); ++noun) {
    const int verb = noun + 1;
    if (s.At(noun).xpos != "NN" || s.At(verb).upos != "VERB" || s.Head(verb) != noun ||
        BaseRel(s.At(verb)) != "acl" || (!s.At(noun).entity.empty() && s.At(noun).entity != "O"))
      continue;
    bool verbal = false;
    for (int c = 0; c < s.size() && !verbal; ++c) {
      if (s.Head(c) != verb) continue;
      const std::string_view rel = BaseRel(s.At(c));
      verbal = std::find(kVerbal.begin(), kVerbal.end(), rel) != kVerbal.end() ||
               s.At(c).deprel == "obl:agent" ||
               (rel == "obl" && s.Child(c, "case") >= 0 &&
                nlp::Lower(s.At(s.Child(c, "case")).form) == "by");
    }
    const std::string form = nlp::Lower(s.At(verb).form);
    if (verbal || lexicon.Noun(form).senses.empty()) continue;
    // A base form ("cut", "rise") is a noun after a noun whatever the phrase's other words; an
    // -ing word only after a bare noun ("bank lending", "oil drilling"): after "a senior banker",
    // "Lebanese citizen" or "an agreement" it is the participle ("working on the deal", "living
    // in", "leading to the takeover").
    const bool base = form == nlp::Lower(s.At(verb).lemma) && s.At(verb).xpos != "VBG";
    bool bare = true;
    for (int c = 0; c < s.size() && bare; ++c)
      bare = s.Head(c) != noun || c == verb || BaseRel(s.At(c)) == "compound";
    if (!base && !(s.At(verb).xpos == "VBG" && bare)) continue;
    s.Attach(verb, s.Head(noun), s.At(noun).deprel);
    for (int c = 0; c < s.size(); ++c) {
      if (s.Head(c) == noun && c != verb && BaseRel(s.At(c)) != "compound")
        s.Attach(c, verb, s.At(c).deprel);
      if (s.Head(c) == verb && BaseRel(s.At(c)) == "obl") s.Attach(c, verb, "nmod");
    }
    s.Attach(noun, verb, "compound");
    nlp::Token& head = s.At(verb);
    head.upos = "NOUN";
    head.xpos = "NN";
    head.lemma = form;
  }
}

}  // namespace

void RepairCompoundNominals(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens, lexicon);
}

}  // namespace kg::extract
