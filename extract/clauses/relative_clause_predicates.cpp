#include "extract/clauses/relative_clause_predicates.h"

#include <vector>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

bool IsFinite(const TokenTree& s, int verb) {
  const std::string& xpos = s.At(verb).xpos;
  if (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP") return true;
  // A past form the tagger read as a participle, but with an object of its own: "followed
  // pressure" is the past tense (a participle of a reduced relative clause takes none).
  if (xpos == "VBN" && !s.HasChild(verb, "aux") && s.HasChild(verb, "obj")) return true;
  const int aux = s.Child(verb, "aux");
  return xpos == "VB" && aux >= 0 && s.At(aux).xpos == "MD";
}

// The verb after a comma that the parse hung inside the relative clause `clause`, or -1.
int MainVerbInside(const TokenTree& s, int clause) {
  for (int v = clause + 2; v < s.size(); ++v) {
    const std::string_view rel = BaseRel(s.At(v));
    if (s.Head(v) != clause || (rel != "advcl" && rel != "conj" && rel != "parataxis")) continue;
    if (s.At(v).upos != "VERB" || !IsFinite(s, v) || s.HasChild(v, "nsubj") ||
        s.HasChild(v, "mark") || s.HasChild(v, "cc") || s.At(s.Leftmost(v)).form != ",")
      continue;
    return v;
  }
  return -1;
}

// The past tense after the relative clause's closing comma that the parse read as an adjective
// of the noun after it ("Saudi American Bank, which is 40 pct owned by Citibank, raised profits"
// with "raised" an amod of "profits", itself an oblique of "owned"), or -1.
int AdjectivalVerbInside(const TokenTree& s, int clause) {
  for (int v = clause + 2; v + 1 < s.size(); ++v) {
    const nlp::Token& t = s.At(v);
    const int object = s.Head(v);
    if (s.At(v - 1).form != "," || t.upos != "VERB" || BaseRel(t) != "amod" || object <= v ||
        !s.Dominates(clause, v) || !IsNominal(s.At(object)) ||
        !(t.xpos == "VBD" || (t.xpos == "VBN" && t.form.ends_with("ed"))))
      continue;
    // Only modifiers of the noun between the verb and it: "raised profits", "raised its prices".
    bool adjacent = true;
    for (int k = v + 1; k < object; ++k) adjacent = adjacent && s.Head(k) == object;
    if (adjacent) return v;
  }
  return -1;
}

// "The Hunt group, which includes Cypress Partners L.P and Driftwood Ltd, said ..." parsed with
// "Driftwood" a second subject of "said": a subject after its verb's first subject's relative
// clause, with a coordinator before it, is the next conjunct of that clause's object.
void RepairSecondSubject(const TokenTree& s) {
  for (int later = 1; later < s.size(); ++later) {
    const int verb = s.Head(later);
    if (verb < 0 || s.At(later).deprel != "nsubj" || !s.HasChild(later, "cc")) continue;
    for (int first = 0; first < later; ++first) {
      if (s.Head(first) != verb || s.At(first).deprel != "nsubj") continue;
      const int clause = s.Child(first, "acl");
      if (clause < 0 || s.At(clause).deprel != "acl:relcl" || clause > later) continue;
      const int object = s.Child(clause, "obj");
      if (object < 0 || object > later) continue;
      s.Attach(later, object, "conj");
      return;
    }
  }
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  RepairSecondSubject(s);
  for (int noun = 0; noun + 2 < s.size(); ++noun) {
    if (s.Head(noun) != -1 || !IsNominal(s.At(noun))) continue;
    for (int clause = noun + 2; clause < s.size(); ++clause) {
      if (s.Head(clause) != noun || s.At(clause).deprel != "acl:relcl") continue;
      const int opening = s.Leftmost(clause);
      if (opening != noun + 1 || s.At(opening).form != ",") continue;
      int verb = MainVerbInside(s, clause);
      if (const int adjectival = verb < 0 ? AdjectivalVerbInside(s, clause) : -1; adjectival >= 0) {
        verb = adjectival;
        s.Attach(s.Head(verb), verb, "obj");
        // The closing comma opens the predicate.
        s.Attach(verb - 1, verb, "punct");
      }
      if (verb < 0) continue;
      s.Attach(verb, -1, "root");
      s.Attach(noun, verb, "nsubj");
      for (int c = verb + 1; c < s.size(); ++c)
        if (s.Head(c) == noun && BaseRel(s.At(c)) == "punct") s.Attach(c, verb, "punct");
      return;
    }
  }
}

}  // namespace

void RepairRelativeClausePredicates(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
