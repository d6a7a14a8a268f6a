#include "extract/clauses/speech_complements.h"

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool IsFinite(const nlp::Token& t) {
  return t.xpos == "VBD" || t.xpos == "VBN" || t.xpos == "VBZ" || t.xpos == "VBP";
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int x = 1; x < s.size(); ++x) {
    const nlp::Token& verb = s.At(x);
    const int say = s.Head(x);
    if (BaseRel(verb) != "xcomp" || verb.upos != "VERB" || say < 0 || say > x ||
        !nlp::IsVerbOfSaying(nlp::Lower(s.At(say).lemma)) || s.HasChild(x, "mark") ||
        s.HasChild(x, "nsubj") || s.HasChild(say, "ccomp"))
      continue;
    // "said it set up": the object before the verb is its subject.
    // Only an object right after the verb of saying, itself no second verb of saying ("would add
    // 355 mln stg, the Bank added" is the trailing speakers' repair's).
    const int object = s.Child(say, "obj");
    if (object == say + 1 && s.Rightmost(object) == x - 1 && IsFinite(verb) &&
        !nlp::IsVerbOfSaying(nlp::Lower(verb.lemma))) {
      s.Attach(object, x, "nsubj");
      s.Attach(x, say, "ccomp");
      continue;
    }
    // "said stagnating consumption and slight overproduction will continue".
    const int noun = s.Child(x, "obj");
    if (verb.xpos != "VBG" || object >= 0 || noun != x + 1 || !IsNominal(s.At(noun))) continue;
    int next = -1;
    for (int c = noun + 1; c < s.size() && next < 0; ++c)
      if (s.Head(c) == say && BaseRel(s.At(c)) == "conj" && s.At(c).upos == "VERB") next = c;
    if (next < 0) continue;
    const int subject = s.Child(next, "nsubj");
    const int cc = s.Child(next, "cc");
    if (subject < 0 || cc < 0 || cc != noun + 1 || subject < cc || subject > next) continue;
    s.Attach(x, noun, "amod");
    s.Attach(noun, next, "nsubj");
    s.Attach(subject, noun, "conj");
    s.Attach(cc, subject, "cc");
    s.Attach(next, say, "ccomp");
  }
}

}  // namespace

void RepairSpeechComplements(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
