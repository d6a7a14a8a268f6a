#include "extract/clauses/parenthetical_speakers.h"

#include <algorithm>
#include <array>
#include <string>
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

// Whether token `verb` is a verb of saying with a comma right after it ("..., dealers said, ...").
bool SaysBeforeComma(const TokenTree& s, int verb) {
  const nlp::Token& said = s.At(verb);
  return said.upos == "VERB" && IsSpeechVerb(nlp::Lower(said.lemma)) && s.At(verb + 1).form == ",";
}

// Where the phrase of `subject`, the speaker of `verb` before it, starts: it runs from its first
// word to the verb (words of the subject or of the verb), and a comma opens it. -1 when it does
// not.
int SpeakerPhraseStart(const TokenTree& s, int verb, int subject) {
  int first = subject;
  while (first > 0 && s.Dominates(subject, first - 1) && s.At(first - 1).upos != "PUNCT") --first;
  for (int t = first; t < verb; ++t)
    if (!s.Dominates(subject, t) && s.Head(t) != verb) return -1;
  return first >= 1 && s.At(first - 1).form == "," ? first : -1;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 1; verb + 2 < s.size(); ++verb) {
    if (!SaysBeforeComma(s, verb)) continue;
    const int subject = s.Child(verb, "nsubj");
    if (subject < 0 || subject > verb || s.HasChild(verb, "ccomp") || s.HasChild(verb, "obj") ||
        s.HasChild(verb, "xcomp"))
      continue;
    const int first = SpeakerPhraseStart(s, verb, subject);
    if (first < 1) continue;
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
    int dislocated = s.Child(verb, "dislocated");
    // "Two groups of U.S. investors, it said, have less than one pct" parsed with the subject a
    // bare oblique of "said" (the meeting named before had had the shares).
    for (int c = 0; c < first && dislocated < 0; ++c)
      if (s.Head(c) == verb && s.At(c).deprel == "obl:unmarked" && s.Leftmost(c) == 0 &&
          !s.HasChild(c, "case"))
        dislocated = c;
    const bool coordinated =
        first >= 2 && s.At(first - 2).upos == "CCONJ" && s.Head(first - 2) == verb;
    if (dislocated >= 0 && dislocated < first && s.At(verb).head == 0 &&
        !s.HasChild(clause, "nsubj") && !s.HasChild(clause, "expl") &&
        IsNominal(s.At(dislocated))) {
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

// "To meet the daily average, dealers said, banks must raise holdings": the adverbial before a
// speaker set off by commas is the report's, not the saying's.
void RepairFrontedAdverbials(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 1; verb + 2 < s.size(); ++verb) {
    if (!SaysBeforeComma(s, verb)) continue;
    const int subject = s.Child(verb, "nsubj");
    const int report = s.Child(verb, "ccomp");
    // A quotation after the comma is the speaker's own words; what opens the sentence then
    // frames the saying ("Speaking to the Heritage Foundation, Heller said, \"A broadly ...").
    const std::string_view next = s.At(verb + 2).form;
    if (subject < 0 || subject > verb || report < verb || next == "\"" || next == "``" ||
        next == "'")
      continue;
    const int first = SpeakerPhraseStart(s, verb, subject);
    if (first < 2) continue;
    // The adverbial: the verb's own advcl or obl that opens the sentence and ends at that comma.
    int head = -1;
    for (int c = 0; c < first - 1; ++c)
      if (s.Head(c) == verb && (BaseRel(s.At(c)) == "advcl" || BaseRel(s.At(c)) == "obl") &&
          s.Dominates(c, first - 2) && s.Dominates(c, 0))
        head = c;
    if (head < 0) continue;
    // A participle with no subject of its own is the speaker's doing ("Citing recent EIA
    // statistics, German said, ..."); so is an occasion of speaking ("In an interview, ...").
    static constexpr std::array<std::string_view, 12> kOccasions{
        "speech",  "statement", "interview", "letter",  "remark",  "testimony",
        "address", "release",   "report",    "comment", "message", "conference"};
    const std::string& xpos = s.At(head).xpos;
    if (((xpos == "VBG" || xpos == "VBN") && !s.HasChild(head, "nsubj")) ||
        std::find(kOccasions.begin(), kOccasions.end(), nlp::Lower(s.At(head).lemma)) !=
            kOccasions.end())
      continue;
    s.Attach(head, report, s.At(head).deprel);
    // The comma after the adverbial stays with it; the one after the verb sets the speaker off.
    s.Attach(first - 1, report, "punct");
    s.Attach(verb + 1, verb, "punct");
  }
}

}  // namespace

void RepairParentheticalSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens);
    RepairFrontedAdverbials(s.tokens);
  }
}

}  // namespace kg::extract
