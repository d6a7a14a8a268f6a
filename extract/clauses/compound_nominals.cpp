#include "extract/clauses/compound_nominals.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"

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

// "demanding hefty pay raises" tagged with "pay" a verb (an open complement of the adjective
// "hefty", "raises" its object) had given "teachers -are demanding pay-> raises" and the node
// "raises" (judged junk). A base-form verb (VB) right after an adjective or determiner, with no
// subject, auxiliary, marker or clause of its own, whose object is the common noun right after
// it, and that WordNet knows as a noun ("pay", "price", "trade"), is that noun's compound: the
// noun takes its place, and an adjective it hung on right before it becomes the noun's modifier
// (taking its place too; an open complement of a verb becomes its object).
void RepairNounModifierVerbs(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int verb = 1; verb + 1 < s.size(); ++verb) {
    const int noun = verb + 1;
    const std::string_view before = s.At(verb - 1).upos;
    if (s.At(verb).upos != "VERB" || s.At(verb).xpos != "VB" || s.Head(noun) != verb ||
        BaseRel(s.At(noun)) != "obj" || s.At(noun).upos != "NOUN" ||
        (before != "ADJ" && before != "DET"))
      continue;
    bool own = false;
    for (int c = 0; c < s.size() && !own; ++c)
      own =
          s.Head(c) == verb && c != noun &&
          (BaseRel(s.At(c)) == "nsubj" || BaseRel(s.At(c)) == "aux" || BaseRel(s.At(c)) == "mark" ||
           BaseRel(s.At(c)) == "obj" || BaseRel(s.At(c)) == "ccomp" || BaseRel(s.At(c)) == "xcomp");
    const std::string form = nlp::Lower(s.At(verb).form);
    if (own || lexicon.Noun(form).senses.empty()) continue;
    const std::vector<nlp::Token> kept = tokens;
    s.Attach(noun, s.Head(verb), s.At(verb).deprel);
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == verb) s.Attach(c, noun, s.At(c).deprel);
    s.Attach(verb, noun, "compound");
    nlp::Token& modifier = s.At(verb);
    modifier.upos = "NOUN";
    modifier.xpos = "NN";
    modifier.lemma = form;
    // "hefty" of "hefty pay raises", the verb's open complement in the parse.
    const int adjective = verb - 1;
    if (s.Head(noun) == adjective && s.At(adjective).upos == "ADJ" &&
        !s.HasChild(adjective, "cop")) {
      s.Attach(noun, s.Head(adjective),
               s.At(adjective).deprel == "xcomp" && s.Head(adjective) >= 0 &&
                       s.At(s.Head(adjective)).upos == "VERB"
                   ? "obj"
                   : s.At(adjective).deprel);
      for (int c = 0; c < s.size(); ++c)
        if (s.Head(c) == adjective) s.Attach(c, noun, s.At(c).deprel);
      s.Attach(adjective, noun, "amod");
    }
    if (!nlp::FormsTree(tokens)) tokens = kept;
  }
}

}  // namespace

void RepairCompoundNominals(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens, lexicon);
    RepairNounModifierVerbs(s.tokens, lexicon);
  }
}

}  // namespace kg::extract
