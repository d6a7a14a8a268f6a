#include "extract/clauses/gerund_subjects.h"

#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The sentence's first word when it is a gerund (VBG) of a verb that takes an object (it has
// one, or WordNet's first sense of the verb takes one), with no marker, subject or auxiliary of
// its own, not a name ("Boeing said") or an adjective ("Leading Japanese scientist Naoki
// Yamamoto told Reuters"); else -1.
int OpeningGerund(const TokenTree& s, nlp::Lexicon& lexicon) {
  int g = 0;
  while (g < s.size() && s.At(g).upos == "PUNCT") ++g;
  if (g + 1 >= s.size() || s.At(g).xpos != "VBG" || s.At(g).upos != "VERB" ||
      s.HasChild(g, "mark") || s.HasChild(g, "nsubj") || s.HasChild(g, "aux"))
    return -1;
  const nlp::Token& gerund = s.At(g);
  if (gerund.entity != "O" || lexicon.IsAdjective(nlp::Lower(gerund.form)) ||
      (!s.HasChild(g, "obj") && !lexicon.TakesObject(gerund.lemma)))
    return -1;
  return g;
}

bool IsFinite(const TokenTree& s, int v) {
  const std::string& x = s.At(v).xpos;
  return s.HasChild(v, "aux") || x == "VBD" || x == "VBZ" || x == "VBP";
}

// "Terminating the tax treaty with the Netherlands Antilles may cause issuers to call in the
// bonds" parsed with "Terminating" the root and "may cause" its adverbial, "with" the clause's
// marker and "Netherlands Antilles" its subject; "Building the pipeline through the valley has
// angered farmers" with "has angered" an adverbial without a subject. The finite adverbial is
// the sentence's verb and the gerund its clausal subject; a preposition read as the marker is
// the case of the noun after it, which modifies the gerund's object (or the gerund).
void RepairRootGerund(const TokenTree& s, int g) {
  if (s.Head(g) >= 0 || s.HasChild(g, "csubj")) return;
  int verb = -1;
  for (int c = g + 1; c < s.size(); ++c) {
    if (s.Head(c) == g && BaseRel(s.At(c)) == "advcl" && s.At(c).upos == "VERB" && IsFinite(s, c)) {
      verb = c;
      break;
    }
  }
  if (verb < 0 || s.HasChild(verb, "csubj") || s.HasChild(verb, "expl")) return;
  // The clause's subjects left of it: one, or a name the parse split into two ("the
  // Netherlands Antilles" with both words subjects), then one phrase headed by its last word.
  std::vector<int> subjects;
  for (int c = g + 1; c < verb; ++c) {
    if (s.Head(c) == verb && BaseRel(s.At(c)) == "nsubj") subjects.push_back(c);
  }
  // A subordinate clause ("..., because it has angered farmers") is no main verb.
  if (subjects.empty() && (s.HasChild(verb, "nsubj") || s.HasChild(verb, "mark"))) return;
  bool passive = s.HasChildRel(verb, "aux:pass");
  if (!subjects.empty()) {
    const int marker = s.Child(verb, "mark");
    if (marker < 0 || s.At(marker).upos != "ADP" || marker < g ||
        s.Leftmost(subjects.front()) != marker + 1)
      return;
    const int subject = subjects.back();
    for (const int other : subjects) {
      if (other != subject) s.Attach(other, subject, "compound");
    }
    passive = s.At(subject).deprel == "nsubj:pass";
    s.Attach(marker, subject, "case");
    const int object = s.Child(g, "obj");
    if (object >= 0 && s.Rightmost(object) == marker - 1) {
      s.Attach(subject, object, "nmod");
    } else {
      s.Attach(subject, g, "obl");
    }
  }
  for (int c = verb + 1; c < s.size(); ++c) {
    if (s.Head(c) == g) s.Attach(c, verb, s.At(c).deprel);  // the final stop, mostly
  }
  s.Attach(verb, -1, "root");
  s.Attach(g, verb, passive ? "csubj:pass" : "csubj");
}

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  const int g = OpeningGerund(s, lexicon);
  if (g < 0) return;
  if (BaseRel(s.At(g)) == "root") {
    RepairRootGerund(s, g);
    return;
  }
  if (BaseRel(s.At(g)) != "advcl" || s.HasChild(g, "obj") || s.HasChild(g, "ccomp") ||
      s.HasChild(g, "xcomp"))
    return;
  const int governor = s.Head(g);
  if (governor < 0) return;
  for (int n = g + 1; n < s.size(); ++n) {
    if (s.Head(n) != governor || BaseRel(s.At(n)) != "nsubj" || !IsNominal(s.At(n))) continue;
    if (s.Leftmost(n) != g + 1) return;
    const bool passive = s.At(n).deprel == "nsubj:pass";
    s.Attach(n, g, "obj");
    s.Attach(g, governor, passive ? "csubj:pass" : "csubj");
    return;
  }
}

}  // namespace

void RepairGerundSubjects(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens, lexicon);
}

}  // namespace kg::extract
