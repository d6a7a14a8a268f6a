#include "extract/rules/attribution.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/rules/negation.h"
#include "nlp/words.h"

namespace kg::extract {

namespace {

// Verbs of thinking, suspecting and asking among the speech verbs: what their subject believes,
// fears or asks is not something said, so their edges keep the verb.
constexpr std::array<std::string_view, 14> kNotSaying{
    "believe", "think",  "suspect",   "fear",   "estimate", "conclude", "predict",
    "ask",     "accuse", "speculate", "reckon", "forecast", "surmise",  "guess"};

}  // namespace

std::string SpeechPredicate(std::string_view lemma) {
  if (IsDenial(lemma) || std::find(kNotSaying.begin(), kNotSaying.end(), lemma) != kNotSaying.end())
    return std::string(lemma);
  return IsSpeechVerb(lemma) ? "say" : std::string(lemma);
}

bool IsSpeechVerb(std::string_view lemma) { return nlp::IsVerbOfSaying(lemma) || IsDenial(lemma); }

bool IsAccordingTo(const nlp::DepTree& tree, int oblique) {
  return tree.HasChildLemma(oblique, "case", {"according", "accord"});
}

std::optional<int> AccordingTo(const nlp::DepTree& tree, int predicate) {
  for (const int c : tree.Children(predicate))
    if ((tree.IsRel(c, "obl") || tree.IsRel(c, "advcl") || tree.IsRel(c, "nmod")) &&
        IsAccordingTo(tree, c))
      return c;
  // Parsers often hang a parenthetical "according to X" on the subject or object beside it
  // ("Senior diplomats, according to the Tribune, met ..."): it still sources the clause.
  for (const int arg : tree.Children(predicate)) {
    const std::string_view rel = tree.BaseRel(arg);
    if (rel != "nsubj" && rel != "obj") continue;
    for (const int n : tree.ChildrenWith(arg, "nmod"))
      if (IsAccordingTo(tree, n)) return n;
  }
  return std::nullopt;
}

std::optional<int> ParentheticalSpeech(const nlp::DepTree& tree, int predicate) {
  for (const int c : tree.Children(predicate)) {
    // "..., Western officials said Wednesday" is often parsed as an advcl: after the clause and
    // without a subordinator it is the same parenthetical.
    const bool trailing_adverbial =
        tree.IsRel(c, "advcl") && c > predicate && !tree.Child(c, "mark");
    if ((!tree.IsRel(c, "parataxis") && !trailing_adverbial) || !IsSpeechVerb(tree.Lemma(c)))
      continue;
    if (!tree.Child(c, "nsubj") || tree.Child(c, "ccomp") || tree.Child(c, "obj")) continue;
    return c;
  }
  return std::nullopt;
}

}  // namespace kg::extract
