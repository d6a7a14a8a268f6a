#include "extract/clauses/raised_objects.h"

#include "extract/clauses/argument.h"
#include "extract/clauses/token_tree.h"
#include "extract/rules/control.h"
#include "extract/rules/modality.h"

namespace kg::extract {
namespace {

// Whether token x is an infinitive: "to" its marker, and a bare verb, a copula's predicate ("to
// be between 250 mln and 300 mln dlrs") or a participle after a bare "be" ("expect a clearing
// organisation to be set up": the graph had "participants -expect-> clearing organisation",
// judged partly).
bool IsInfinitive(const TokenTree& s, int x) {
  const int mark = s.Child(x, "mark");
  if (mark < 0 || mark > x || nlp::Lower(s.At(mark).form) != "to") return false;
  if (s.At(x).upos == "VERB" && s.At(x).xpos == "VB") return true;
  const int cop = s.Child(x, "cop");
  if (cop >= 0) return s.At(cop).xpos == "VB";
  const int aux = s.Child(x, "aux");
  return s.At(x).upos == "VERB" && aux >= 0 && s.At(aux).xpos == "VB" &&
         nlp::Lower(s.At(aux).lemma) == "be";
}

// Whether the object of a verb of object control can be the one to act: a name, or a noun for
// people or bodies (WordNet's first sense a person or group). "requested the confidential
// information to better understand SGL" says why it was requested, not what the information
// was asked to do.
bool CanAct(const nlp::Token& noun) {
  return noun.upos == "PROPN" || (!noun.entity.empty() && noun.entity != "O") ||
         NamesPeopleOrBodies(nlp::Lower(noun.form));
}

// Whether `verb`'s object is the subject of its infinitive: any object of a verb of raising
// (expect, want, ...) or enabling (allow, require, ...), an object that can act of a verb of
// asking or telling (urge, ask, press, ...). Not call, plead and appeal, whose controller is an
// oblique ("called a meeting to replace the board" is the meeting's purpose).
bool RaisesObject(const nlp::Token& verb, const nlp::Token& object) {
  const std::string& lemma = verb.lemma;
  if (IsRaisingToObjectVerb(lemma) || IsEnablingVerb(lemma)) return true;
  return IsObjectControlVerb(lemma) && lemma != "call" && lemma != "plead" && lemma != "appeal" &&
         CanAct(object);
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int x = 0; x < s.size(); ++x) {
    const int noun = s.Head(x);
    if (noun < 0 || noun > x || s.At(x).deprel != "acl" || !IsNominal(s.At(noun)) ||
        BaseRel(s.At(noun)) != "obj" || NounTakesInfinitive(s.At(noun).lemma) ||
        !IsInfinitive(s, x) || s.HasChild(x, "nsubj"))
      continue;
    const int verb = s.Head(noun);
    if (verb < 0 || verb > noun || s.At(verb).upos != "VERB" ||
        !RaisesObject(s.At(verb), s.At(noun)) || s.HasChild(verb, "xcomp"))
      continue;
    s.Attach(x, verb, "xcomp");
  }
  // The other way round: "The Commission wants powers to cut guaranteed prices" parsed with
  // "cut" an xcomp of "wants", so the powers were to cut the prices ("powers -should cut->
  // guaranteed prices" was judged wrong). An infinitive right after the object of a verb of
  // raising, when the object is a noun that takes an infinitive of its own and names no one who
  // could act, is that noun's (acl), as UD writes "wanted a plan to cut costs".
  for (int x = 0; x < s.size(); ++x) {
    const int verb = s.Head(x);
    if (verb < 0 || verb > x || BaseRel(s.At(x)) != "xcomp" || !IsInfinitive(s, x) ||
        !IsRaisingToObjectVerb(s.At(verb).lemma) || s.HasChild(x, "nsubj"))
      continue;
    const int noun = s.Child(verb, "obj");
    if (noun < 0 || noun > x || s.At(noun).upos != "NOUN" ||
        !NounTakesInfinitive(s.At(noun).lemma) || CanAct(s.At(noun)) ||
        s.Rightmost(noun) + 1 != s.Leftmost(x))
      continue;
    s.Attach(x, noun, "acl");
  }
}

}  // namespace

void RepairRaisedObjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
