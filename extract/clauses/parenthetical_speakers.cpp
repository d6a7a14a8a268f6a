#include "extract/clauses/parenthetical_speakers.h"

#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// Whether token t heads a clause: a verb, or a predicate with a copula, an auxiliary or "there".
bool HeadsClause(const TokenTree& s, int t) {
  if (s.At(t).upos == "VERB") return true;
  return s.HasChild(t, "cop") || s.HasChild(t, "expl") || s.HasChild(t, "aux");
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 1; verb + 2 < s.size(); ++verb) {
    const nlp::Token& said = s.At(verb);
    if (said.upos != "VERB" || !IsSpeechVerb(nlp::Lower(said.lemma)) || s.At(verb + 1).form != ",")
      continue;
    const int subject = s.Child(verb, "nsubj");
    if (subject < 0 || subject > verb || s.HasChild(verb, "ccomp") || s.HasChild(verb, "obj") ||
        s.HasChild(verb, "xcomp"))
      continue;
    // The speaker's phrase runs from its first word to the verb, and a comma opens it.
    int first = subject;
    while (first > 0 && s.Dominates(subject, first - 1) && s.At(first - 1).upos != "PUNCT") --first;
    bool phrase = true;
    for (int t = first; t < verb && phrase; ++t)
      phrase = s.Dominates(subject, t) || s.Head(t) == verb;
    if (!phrase || first < 1 || s.At(first - 1).form != ",") continue;
    int clause = -1;
    for (int c = verb + 2; c < s.size() && clause < 0; ++c) {
      if (s.Head(c) != verb) continue;
      const std::string_view rel = BaseRel(s.At(c));
      if ((rel == "conj" || rel == "parataxis") && HeadsClause(s, c)) clause = c;
    }
    if (clause < 0) continue;
    // It starts right after the comma: the words between are its own.
    bool adjacent = true;
    for (int t = verb + 2; t < clause && adjacent; ++t) adjacent = s.Dominates(clause, t);
    if (!adjacent) continue;
    // Only after a coordinator ("but, dealers noted, there was"): "Not all the bids will be
    // accepted, Hertz said, but enrollment is expected to be high" reports the clause before the
    // speaker, and the trailing-speaker repairs read it. Or after the report's own subject, set
    // off: "The rise, dealers said, reflected ..." takes the word as its subject.
    const int dislocated = s.Child(verb, "dislocated");
    const bool coordinated =
        first >= 2 && s.At(first - 2).upos == "CCONJ" && s.Head(first - 2) == verb;
    if (dislocated >= 0 && dislocated < first && said.head == 0 && !s.HasChild(clause, "nsubj") &&
        !s.HasChild(clause, "expl") && IsNominal(s.At(dislocated))) {
      s.Attach(dislocated, clause, "nsubj");
      // The comma that sets the speaker off is the speaker's, not the statement's.
      s.Attach(first - 1, verb, "punct");
    } else if (!coordinated) {
      continue;
    }
    s.Attach(clause, verb, "ccomp");
    s.Attach(verb + 1, verb, "punct");
  }
}

}  // namespace

void RepairParentheticalSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
