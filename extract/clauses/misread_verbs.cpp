#include "extract/clauses/misread_verbs.h"

#include <cstddef>
#include <string>

#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(nlp::AnalyzedSentence& s, nlp::Lexicon& lexicon) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int r = 1; r + 1 < n; ++r) {
    nlp::Token& root = at(r);
    const std::string lower = nlp::Lower(root.form);
    if (root.head != 0 || root.upos != "NOUN" || root.xpos != "NNS" || lower.size() < 3 ||
        lower.back() != 's')
      continue;
    // "to" right after, the mark of an infinitive acl (or xcomp) of the root.
    const nlp::Token& to = at(r + 1);
    if (nlp::Lower(to.form) != "to" || to.deprel != "mark" || to.head < 1 || to.head > n) continue;
    const int infinitive = to.head - 1;
    if ((at(infinitive).deprel != "acl" && at(infinitive).deprel != "xcomp") ||
        at(infinitive).head != r + 1 || at(infinitive).upos != "VERB")
      continue;
    // A noun or name right before it, a compound of the root: the subject.
    const int subject = r - 1;
    nlp::Token& before = at(subject);
    if (before.deprel != "compound" || before.head != r + 1 ||
        (before.upos != "NOUN" && before.upos != "PROPN"))
      continue;
    if (!lexicon.IsVerb(lower)) continue;
    const std::string lemma = lexicon.VerbLemma(lower);
    if (lemma.empty() || lemma == lower) continue;
    root.upos = "VERB";
    root.xpos = "VBZ";
    root.lemma = lemma;
    before.deprel = "nsubj";
    for (int c = 0; c < subject; ++c)
      if (at(c).head == r + 1 && at(c).deprel == "compound") at(c).head = subject + 1;
    at(infinitive).deprel = "xcomp";
  }
}

}  // namespace

void RepairMisreadVerbs(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s, lexicon);
}

}  // namespace kg::extract
