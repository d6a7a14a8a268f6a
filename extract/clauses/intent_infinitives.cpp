#include "extract/clauses/intent_infinitives.h"

#include <cstddef>
#include <string>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "extract/rules/control.h"
#include "extract/rules/light_verbs.h"
#include "extract/rules/modality.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  // Each word's "for" and "to" markers and subject before it, found in one pass.
  const auto n = static_cast<std::size_t>(s.size());
  std::vector<int> for_marks(n, -1), to_marks(n, -1), subjects(n, -1);
  for (int c = 0; c < s.size(); ++c) {
    const int h = s.Head(c);
    if (h <= c) continue;
    const auto at = static_cast<std::size_t>(h);
    const std::string word = nlp::Lower(s.At(c).form);
    if (BaseRel(s.At(c)) == "mark" && word == "for") for_marks[at] = c;
    if (BaseRel(s.At(c)) == "mark" && word == "to") to_marks[at] = c;
    if (s.At(c).deprel == "nsubj") subjects[at] = c;
  }
  for (int v = 1; v < s.size(); ++v) {
    if (s.At(v).xpos != "VB") continue;
    const auto at = static_cast<std::size_t>(v);
    const int for_mark = for_marks[at];
    const int to_mark = to_marks[at];
    const int subject = subjects[at];
    if (for_mark < 0 || to_mark < 0 || subject < for_mark || subject > to_mark ||
        s.At(subject).upos != "NOUN" || !InfinitiveStance(nlp::Lower(s.At(subject).lemma)))
      continue;
    const int governor = s.Head(v);
    if (governor < 0) continue;
    s.Attach(subject, governor, BaseRel(s.At(v)) == "acl" ? "nmod" : "obl");
    s.Attach(for_mark, subject, "case");
    s.Attach(v, subject, "acl");
  }
  // "contained a proposal to cut the basic rate", "could undermine plans for reinforcing the EMS"
  // with the infinitive or gerund an advcl of the verb: right after the verb's object, a noun
  // that takes such a clause, the clause is the noun's ("budget -cut-> basic rate" and
  // "turbulence -reinforcing-> EMS" had been stored, the object cut to "proposal"). Not "demand",
  // whose infinitive is mostly a purpose ("boost domestic demand to absorb more imports").
  for (int v = 2; v < s.size(); ++v) {
    const nlp::Token& verb = s.At(v);
    const int governor = s.Head(v);
    // (Or an xcomp: "would seek permission to increase capital", judged cut to "permission",
    // sheet 1293.)
    if ((verb.deprel != "advcl" && verb.deprel != "xcomp") || governor < 0 || governor > v)
      continue;
    const auto at = static_cast<std::size_t>(v);
    const bool infinitive = verb.xpos == "VB" && to_marks[at] == v - 1 && for_marks[at] < 0;
    const bool gerund = verb.xpos == "VBG" && for_marks[at] == v - 1;
    if ((!infinitive && !gerund) || subjects[at] >= 0) continue;
    int object = s.Child(governor, "obj");
    // "will ask for authorisation to issue bonds": a noun after "for" takes its infinitive too
    // (it had been "group -issue in-> currency bonds" under "in order to").
    bool oblique = false;
    if (object < 0)
      for (int c = 0; c + 1 < v; ++c)
        if (s.Head(c) == governor && BaseRel(s.At(c)) == "obl" && s.Rightmost(c) == v - 2) {
          const int k = s.Child(c, "case");
          oblique = k >= 0 && nlp::Lower(s.At(k).form) == "for";
          if (oblique) object = c;
        }
    if (object < 0 || object >= v - 1 || s.At(object).upos != "NOUN" ||
        s.Rightmost(object) != v - 2 || !NounTakesInfinitive(nlp::Lower(s.At(object).lemma)) ||
        nlp::Lower(s.At(object).lemma) == "demand")
      continue;
    // "expects the measures to prop up the economy", "urged Japan's steps to ...": a verb that
    // takes an object and an infinitive has the object do it (rules/control.h).
    const std::string verb_lemma = nlp::Lower(s.At(governor).lemma);
    if (!oblique && (IsRaisingToObjectVerb(verb_lemma) || IsObjectControlVerb(verb_lemma) ||
                     IsEnablingVerb(verb_lemma)))
      continue;
    // "would make an offer to buy Morse": a light verb's event noun is read as the verb
    // (rules/light_verbs.h), its infinitive the verb's own (below).
    if (LightVerb(verb_lemma, nlp::Lower(s.At(object).lemma))) continue;
    s.Attach(v, object, "acl");
  }
  // "made an offer to buy Tarn Inc", "made a decision to close the plant" parsed with the
  // infinitive the event noun's acl: the light verb and its noun are one event (offer, decide)
  // whose infinitive says what; as the verb's xcomp the deed is the subject's, with the event's
  // stance ("made offer to buy" had given no triple at all).
  for (int v = 2; v < s.size(); ++v) {
    const nlp::Token& verb = s.At(v);
    const int object = s.Head(v);
    const auto at = static_cast<std::size_t>(v);
    if (verb.deprel != "acl" || verb.xpos != "VB" || to_marks[at] != v - 1 || for_marks[at] >= 0 ||
        subjects[at] >= 0 || object < 0 || object > v || s.At(object).deprel != "obj")
      continue;
    const int governor = s.Head(object);
    if (governor < 0 ||
        !LightVerb(nlp::Lower(s.At(governor).lemma), nlp::Lower(s.At(object).lemma)))
      continue;
    s.Attach(v, governor, "xcomp");
  }
}

}  // namespace

void RepairIntentInfinitives(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
