#include "extract/clauses/report_subjects.h"

#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// Whether t heads a relative clause: its subject is a relative pronoun.
bool IsRelativeClause(const TokenTree& s, int t) {
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) != t || BaseRel(s.At(c)) != "nsubj") continue;
    const std::string word = nlp::Lower(s.At(c).form);
    if (word == "which" || word == "who" || word == "that") return true;
  }
  return false;
}

// The clause relations by which the parse hangs a report's verb on a relative clause before it.
bool IsEscape(std::string_view rel) {
  return rel == "conj" || rel == "xcomp" || rel == "advcl" || rel == "parataxis";
}

// Whether t belongs to a relative clause: at or below its head, not through a clause relation
// of that head (the report's verb the parse hung on it).
bool InRelativeClause(const TokenTree& s, int t) {
  for (int u = t, steps = 0; u >= 0 && steps <= s.size(); u = s.Head(u), ++steps) {
    if (IsRelativeClause(s, u)) return true;
    if (IsEscape(BaseRel(s.At(u))) && s.Head(u) >= 0 && IsRelativeClause(s, s.Head(u)))
      return false;
  }
  return false;
}

// Whether t is in the phrase of `subject`: below it, not through a clause relation of a relative
// clause ("the pact that was rejected contained ..." with "contained" an xcomp of "rejected").
bool InSubjectPhrase(const TokenTree& s, int t, int subject) {
  for (int u = t, steps = 0; u >= 0 && steps <= s.size(); u = s.Head(u), ++steps) {
    if (u == subject) return true;
    if (IsEscape(BaseRel(s.At(u))) && s.Head(u) >= 0 && IsRelativeClause(s, s.Head(u)))
      return false;
  }
  return false;
}

// Whether t is a finite verb or predicate (a past form tagged VBN too, read after a subject).
bool IsFinitePredicate(const TokenTree& s, int t) {
  const nlp::Token& token = s.At(t);
  if (token.upos == "VERB" &&
      (IsFiniteTag(token.xpos) || (token.xpos == "VBN" && !s.HasChild(t, "aux"))))
    return true;
  if (token.upos != "VERB" && token.upos != "ADJ" && token.upos != "NOUN") return false;
  for (int c = 0; c < t; ++c) {
    const std::string_view rel = BaseRel(s.At(c));
    if (s.Head(c) == t && (rel == "aux" || rel == "cop") && IsFiniteTag(s.At(c).xpos)) return true;
  }
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int speech = 0; speech < s.size(); ++speech) {
    if (s.At(speech).upos != "VERB" || !nlp::IsVerbOfSaying(s.At(speech).lemma)) continue;
    int before = -1;
    int after = -1;
    for (int c = 0; c < s.size(); ++c) {
      if (s.Head(c) != speech || BaseRel(s.At(c)) != "nsubj") continue;
      if (c < speech) before = c;
      if (c > speech && after < 0 && IsNominal(s.At(c))) after = c;
    }
    if (before < 0 || after < 0) continue;
    // A clausal complement whose subject is a relative pronoun is no report ("It said Oteiba,
    // who had just attended the meeting, would stay" with "attended" the ccomp).
    bool reported = false;
    for (int c = 0; c < s.size(); ++c)
      reported = reported ||
                 (s.Head(c) == speech && BaseRel(s.At(c)) == "ccomp" && !IsRelativeClause(s, c));
    if (reported) continue;
    int report = -1;
    for (int t = after + 1; t < s.size() && report < 0; ++t) {
      if (InSubjectPhrase(s, t, after) || InRelativeClause(s, t) || !IsFinitePredicate(s, t))
        continue;
      if (HasSubject(s, t) || s.Dominates(t, speech)) break;
      report = t;
    }
    if (report < 0) continue;
    // The relative clause the report's verb hung on: its later conjuncts are the report's.
    const int old_head = s.Head(report);
    for (int c = report + 1; c < s.size(); ++c)
      if (old_head >= 0 && s.Head(c) == old_head && BaseRel(s.At(c)) == "conj")
        s.Attach(c, report, s.At(c).deprel);
    const bool passive = s.HasChildRel(report, "aux:pass");
    if (s.At(report).xpos == "VBN" && !passive) s.At(report).xpos = "VBD";
    s.Attach(report, speech, "ccomp");
    s.Attach(after, report, passive ? "nsubj:pass" : "nsubj");
    // A relative clause of the subject hung on the saying is the subject's.
    for (int c = after + 1; c < report; ++c)
      if (s.Head(c) == speech && IsRelativeClause(s, c)) s.Attach(c, after, "acl:relcl");
    // What else hangs on the saying between the subject and the verb is the report's.
    for (int c = after + 1; c < report; ++c)
      if (s.Head(c) == speech && s.At(c).upos != "PUNCT") s.Attach(c, report, s.At(c).deprel);
  }
}

}  // namespace

void RepairReportSubjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
