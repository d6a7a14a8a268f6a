#include "extract/clauses/speech_complements.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool IsFinite(const nlp::Token& t) {
  return t.xpos == "VBD" || t.xpos == "VBN" || t.xpos == "VBZ" || t.xpos == "VBP";
}

// "defended the move saying the bank had adjusted the rates" parsed with "saying" an acl of
// "move", "bank" its object and "move" the subject of "adjusted": the participle is the
// governing verb's adverbial, "move" its object again, and the report the participle's.
void RepairSayingParticiple(const TokenTree& s) {
  for (int p = 1; p < s.size(); ++p) {
    const nlp::Token& participle = s.At(p);
    const int noun = s.Head(p);
    if (participle.xpos != "VBG" || BaseRel(participle) != "acl" || noun < 0 || noun > p ||
        !nlp::IsVerbOfSaying(nlp::Lower(participle.lemma)) || BaseRel(s.At(noun)) != "nsubj")
      continue;
    const int object = s.Child(p, "obj");
    const int report = s.Head(noun);
    const int governor = report < 0 ? -1 : s.Head(report);
    if (object != p + 2 && object != p + 1) continue;
    if (report <= s.Rightmost(object) || governor < 0 || governor > noun ||
        s.At(governor).upos != "VERB" || s.HasChild(governor, "obj"))
      continue;
    // Only the report's auxiliaries and adverbs between the object and the report's verb.
    bool plain = true;
    for (int t = s.Rightmost(object) + 1; t < report; ++t) {
      const std::string_view rel = BaseRel(s.At(t));
      plain = plain && s.Head(t) == report && (rel == "aux" || rel == "advmod");
    }
    if (!plain) continue;
    s.Attach(noun, governor, "obj");
    s.Attach(p, governor, "advcl");
    s.Attach(object, report, "nsubj");
    s.Attach(report, p, "ccomp");
  }
}

// "said reports that Iran intends to threaten shipping were baseless" parsed with "reports" the
// object of "said", the "that" clause said's ccomp and "baseless" a ccomp of that clause: what
// was said is that the reports were baseless; the "that" clause is the reports' content.
void RepairReportedContent(const TokenTree& s) {
  for (int content = 1; content < s.size(); ++content) {
    const int say = s.Head(content);
    if (BaseRel(s.At(content)) != "ccomp" || say < 0 || say > content ||
        !nlp::IsVerbOfSaying(nlp::Lower(s.At(say).lemma)))
      continue;
    const int mark = s.Child(content, "mark");
    const int noun = s.Child(say, "obj");
    if (mark < 0 || nlp::Lower(s.At(mark).form) != "that" || noun < 0 || noun + 1 != mark ||
        s.At(noun).upos != "NOUN")
      continue;
    // The predicate with no subject of its own after the content clause, its verb a copula or
    // an auxiliary ("were baseless", "was denied").
    int said = -1;
    for (int c = content + 1; c < s.size() && said < 0; ++c)
      if (s.Head(c) == content && (BaseRel(s.At(c)) == "ccomp" || BaseRel(s.At(c)) == "conj") &&
          !s.HasChild(c, "nsubj") && !s.HasChild(c, "nsubj:pass") &&
          (s.HasChild(c, "cop") || s.HasChild(c, "aux") || s.HasChild(c, "aux:pass")))
        said = c;
    if (said < 0) continue;
    s.Attach(said, say, "ccomp");
    s.Attach(noun, said, "nsubj");
    s.Attach(content, noun, "acl");
    // A clause hung on the predicate before its copula is the content's ("to threaten").
    for (int c = content + 1; c < said; ++c)
      if (s.Head(c) == said && BaseRel(s.At(c)) == "csubj") s.Attach(c, content, "xcomp");
  }
}

// The shape "said consolidated 1986 net income fell" with "consolidated" (VBG or VBN) the
// saying's xcomp, "income" its object, right after it, and "fell" a finite verb without a subject
// hung on the object or the participle: the participle is the noun's amod, the noun the finite
// verb's subject, and that verb the saying's ccomp. Returns whether it changed the tree.
bool RepairParticipleSubject(const TokenTree& s, int say, int x) {
  const nlp::Token& verb = s.At(x);
  if (verb.xpos != "VBG" && verb.xpos != "VBN") return false;
  const int noun = s.Child(x, "obj");
  if (noun < 0 || !IsNominal(s.At(noun)) || s.Leftmost(noun) != x + 1) return false;
  int report = -1;
  for (int c = noun + 1; c < s.size() && report < 0; ++c) {
    const std::string_view rel = BaseRel(s.At(c));
    const bool hung = (s.Head(c) == noun && rel == "acl") ||
                      (s.Head(c) == x &&
                       (rel == "xcomp" || rel == "ccomp" || rel == "conj" || rel == "parataxis"));
    if (hung && s.At(c).upos == "VERB" &&
        (s.At(c).xpos == "VBD" || s.At(c).xpos == "VBZ" || s.At(c).xpos == "VBP") &&
        !HasSubject(s, c) && !s.HasChild(c, "mark"))
      report = c;
  }
  if (report < 0) return false;
  s.Attach(x, noun, "amod");
  s.Attach(noun, report, "nsubj");
  s.Attach(report, say, "ccomp");
  return true;
}

// "an outside consultant told them the drug \"appears to be quite safe ...\"" parsed with
// "appears" an apposition of "drug", the object of "told": the consultant had appeared safe
// (judged wrong). A finite verb (VBZ, VBD, VBP) hung as an apposition or a clause (acl, dep) on
// the object of a verb of saying, after it and with no subject of its own, has that object as
// its subject, and is what was said (the ccomp, when the verb has none).
void RepairAppositiveReports(const TokenTree& s) {
  for (int x = 1; x < s.size(); ++x) {
    const nlp::Token& verb = s.At(x);
    const int noun = s.Head(x);
    const std::string_view rel = BaseRel(verb);
    if (verb.upos != "VERB" || (verb.xpos != "VBZ" && verb.xpos != "VBD" && verb.xpos != "VBP") ||
        (rel != "appos" && rel != "acl" && rel != "dep") || verb.deprel == "acl:relcl" ||
        noun < 0 || noun > x || BaseRel(s.At(noun)) != "obj" || s.HasChild(x, "nsubj") ||
        s.HasChild(x, "mark"))
      continue;
    const int say = s.Head(noun);
    if (say < 0 || !nlp::IsVerbOfSaying(nlp::Lower(s.At(say).lemma)) || s.HasChild(say, "ccomp"))
      continue;
    // No relative word: "the drug that appears ..." is a relative clause.
    bool relative = false;
    for (int c = noun + 1; c < x && !relative; ++c)
      relative = FormIsOneOf(s.At(c), std::array<std::string_view, 3>{"that", "which", "who"});
    if (relative) continue;
    s.Attach(x, say, "ccomp");
    s.Attach(noun, x, "nsubj");
  }
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  RepairSayingParticiple(s);
  RepairAppositiveReports(s);
  RepairReportedContent(s);
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
    // A base form after a subject pronoun is a tense the tagger could not tell ("said it cut
    // 2,000 jobs": "cut" VB).
    static constexpr std::array<std::string_view, 5> kSubjectPronouns{"it", "he", "she", "they",
                                                                      "we"};
    const bool subject_pronoun =
        object >= 0 && s.At(object).upos == "PRON" && FormIsOneOf(s.At(object), kSubjectPronouns);
    if (object == say + 1 && s.Rightmost(object) == x - 1 &&
        (IsFinite(verb) || (verb.xpos == "VB" && subject_pronoun)) &&
        !nlp::IsVerbOfSaying(nlp::Lower(verb.lemma))) {
      s.Attach(object, x, "nsubj");
      s.Attach(x, say, "ccomp");
      continue;
    }
    // "said consolidated 1986 net income fell to 101.9 mln dlrs", "said sterling bank lending
    // grew": a participle read as the open complement, its object the report's subject and the
    // report's verb hung on the object or the participle.
    if (object < 0 && RepairParticipleSubject(s, say, x)) continue;
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
