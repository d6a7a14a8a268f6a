#include "extract/clauses/described_speakers.h"

#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/clauses/trailing_speakers.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

constexpr int kMaxNameWords = 4;
constexpr int kMaxDescriptionWords = 10;

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 6 || s.HasChild(verb, "nsubj") || s.At(verb - 1).form != ",") return;
  const int closing = verb - 1;
  int middle = closing - 1;
  while (middle > 0 && s.At(middle).form != ",") --middle;
  int opening = middle - 1;
  while (opening > 0 && s.At(opening).form != ",") --opening;
  if (opening < 1 || closing - middle - 1 < 1 || closing - middle - 1 > kMaxDescriptionWords ||
      middle - opening - 1 < 1 || middle - opening - 1 > kMaxNameWords)
    return;
  // The name: capitalised proper nouns the recogniser tagged.
  for (int t = opening + 1; t < middle; ++t)
    if (s.At(t).upos != "PROPN" || s.At(t).entity.empty() || s.At(t).entity == "O") return;
  // The description: no verb of its own.
  for (int t = middle + 1; t < closing; ++t)
    if (s.At(t).upos == "VERB" || s.At(t).upos == "AUX") return;
  // The report before the opening comma is the verb's complement, or the verb hangs on it
  // ("told" a parataxis of "have").
  int report = s.Child(verb, "ccomp");
  const int governor = s.Head(verb);
  const std::string_view rel = BaseRel(s.At(verb));
  const bool hung = report < 0 && governor >= 0 && governor < opening &&
                    (rel == "parataxis" || rel == "conj" || rel == "ccomp") &&
                    s.At(governor).upos == "VERB";
  if (hung) report = governor;
  if (report < 0 || report >= opening) return;
  const int name = s.SpanHead(opening + 1, middle - 1);
  const int description = s.SpanHead(middle + 1, closing - 1);
  if (name < 0 || description < 0) return;
  for (int t = 0; t < opening; ++t)
    if (s.Head(t) > opening && s.Head(t) < closing) return;
  const std::vector<nlp::Token> before = tokens;
  if (hung) {
    s.At(verb).head = s.At(report).head;
    s.At(verb).deprel = s.At(report).deprel;
    s.Attach(report, verb, "ccomp");
    // The closing punctuation is the new head's.
    for (int c = verb + 1; c < s.size(); ++c)
      if (s.Head(c) == report) s.Attach(c, verb, s.At(c).deprel);
  }
  s.Attach(name, verb, "nsubj");
  s.Attach(description, name, "appos");
  s.Attach(opening, report, "punct");
  s.Attach(middle, description, "punct");
  s.Attach(closing, name, "punct");
  if (!nlp::FormsTree(tokens)) tokens = before;
}

}  // namespace

void RepairDescribedSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
