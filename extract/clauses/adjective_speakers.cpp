#include "extract/clauses/adjective_speakers.h"

#include <cctype>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The relations of a noun's own words before it that the parse hung on the verb instead.
bool IsNounModifier(std::string_view rel) {
  return rel == "det" || rel == "nmod" || rel == "amod" || rel == "compound" || rel == "nummod";
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int speech = 1; speech < s.size(); ++speech) {
    // Past forms only: a present one may be a plural noun ("promissory notes", "annual reports").
    if (s.At(speech).upos != "VERB" || s.At(speech).xpos != "VBD" ||
        !nlp::IsVerbOfSaying(s.At(speech).lemma) || HasSubject(s, speech))
      continue;
    const int noun = speech - 1;
    if (s.Head(noun) != speech || s.At(noun).deprel != "amod") continue;
    const std::string& form = s.At(noun).form;
    const bool capital = !form.empty() && std::isupper(static_cast<unsigned char>(form[0])) != 0;
    s.At(noun).upos = capital ? "PROPN" : "NOUN";
    s.At(noun).xpos = capital ? "NNP" : "NN";
    s.Attach(noun, speech, "nsubj");
    for (int c = 0; c < noun; ++c)
      if (s.Head(c) == speech && IsNounModifier(BaseRel(s.At(c))))
        s.Attach(c, noun, s.At(c).deprel);
  }
}

}  // namespace

void RepairAdjectiveSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
