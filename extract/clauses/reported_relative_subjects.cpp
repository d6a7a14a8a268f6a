#include "extract/clauses/reported_relative_subjects.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 3> kRelativeWords{"which", "who", "that"};

bool IsSpeakerWord(const nlp::Token& t) {
  return t.upos == "DET" || t.upos == "ADJ" || t.upos == "NUM" || t.upos == "NOUN" ||
         t.upos == "PROPN" || t.upos == "PRON" || (t.upos == "PUNCT" && t.form == "-");
}

// The head of the clause a finite word opens: the word itself when it is a verb, else the
// predicate its auxiliary or copula hangs on (to its right); -1 when neither.
int ClauseOf(const TokenTree& s, int t) {
  const nlp::Token& w = s.At(t);
  // "which foreign bankers say give their rivals an advantage" tags the verb VB.
  if (w.upos == "VERB" && (IsFiniteTag(w.xpos) || w.xpos == "VB")) return t;
  if (!IsFiniteTag(w.xpos)) return -1;
  if (w.upos != "AUX") return -1;
  const int h = s.Head(t);
  const std::string_view rel = BaseRel(w);
  return h > t && (rel == "aux" || rel == "cop") ? h : -1;
}

// Whether the tokens form one tree: one root, every walk up reaching it.
bool IsTree(const TokenTree& s) {
  int roots = 0;
  for (int t = 0; t < s.size(); ++t) {
    if (s.At(t).head == 0)
      ++roots;
    else if (s.Head(t) < 0)
      return false;
    int steps = 0;
    for (int u = t; u >= 0 && steps <= s.size(); u = s.Head(u)) ++steps;
    if (steps > s.size()) return false;
  }
  return roots == 1;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int r = 1; r + 3 < s.size(); ++r) {
    const nlp::Token& relative = s.At(r);
    if ((relative.upos != "PRON" && relative.upos != "SCONJ") ||
        !FormIsOneOf(relative, kRelativeWords))
      continue;
    // The speaker's phrase, then the verb of saying.
    int say = r + 1;
    bool nominal = false;
    while (say < s.size() && say - r <= 5 && IsSpeakerWord(s.At(say))) {
      nominal = nominal || IsNominal(s.At(say)) || s.At(say).upos == "PRON";
      ++say;
    }
    if (!nominal || say == r + 1 || say + 1 >= s.size()) continue;
    const nlp::Token& verb = s.At(say);
    const std::string lemma = nlp::Lower(verb.lemma);
    if (verb.upos != "VERB" || !IsFiniteTag(verb.xpos) ||
        (!nlp::IsVerbOfSaying(lemma) && lemma != "expect"))
      continue;
    const int reported = ClauseOf(s, say + 1);
    if (reported <= say) continue;
    // Already UD's analysis: nothing to do.
    if (s.Head(r) == reported && s.Head(reported) == say && BaseRel(s.At(say)) == "acl") continue;
    const int speaker = s.SpanHead(r + 1, say - 1);
    if (speaker < 0) continue;
    // The noun the clause modifies: where the parse hung the clause, else the word before.
    // Hung on a verb (advcl:relcl), the clause may speak of the deed ("selling oil in tankers
    // around the world, which OPEC says must be counted"): only a name right before it is its
    // noun (as clause.cpp's Antecedent reads such a clause).
    int noun = -1;
    const bool on_verb = s.At(say).deprel == "advcl:relcl" || s.At(speaker).deprel == "advcl:relcl";
    if (s.At(say).deprel == "acl:relcl")
      noun = s.Head(say);
    else if (s.At(speaker).deprel == "acl:relcl")
      noun = s.Head(speaker);
    else
      noun = s.At(r - 1).form == "," && r >= 2 ? r - 2 : r - 1;
    if (noun < 0 || noun >= r || (!IsNominal(s.At(noun)) && !IsAmountToken(s.At(noun))) ||
        (on_verb && s.At(noun).upos != "PROPN"))
      continue;
    // Where the clause ends: at the last word the parse gave the reported verb, or before a
    // comma or dash followed by a finite verb, a semicolon or the last token.
    int last = s.Rightmost(reported);
    while (last > reported && s.At(last).upos == "PUNCT") --last;
    int end = reported;
    int next = -1;  // the clause after it, when the comma closes it
    for (int t = reported + 1; t <= last; ++t) {
      const nlp::Token& w = s.At(t);
      if (w.form == ";") break;
      if ((w.form == "," || w.form == "--") && t + 1 < s.size() && ClauseOf(s, t + 1) > t) {
        next = ClauseOf(s, t + 1);
        break;
      }
      end = t;
    }
    const std::vector<nlp::Token> before = tokens;
    const int open = s.At(r - 1).form == "," ? r - 1 : r;  // the comma is the clause's
    const auto inside = [&](int t) { return t >= open && t <= end; };
    const int old_head = s.Head(reported);
    const int first = s.Leftmost(noun);
    const bool opens = first == 0 || (first == 1 && s.At(0).upos == "CCONJ");
    // The reported clause, its relative subject and the speaker.
    s.Attach(say, noun, "acl:relcl");
    if (open < r) s.Attach(open, say, "punct");
    for (int t = r + 1; t < say; ++t)
      if (s.Head(t) <= r || s.Head(t) >= say) s.Attach(t, speaker, s.At(t).deprel);
    s.Attach(speaker, say, "nsubj");
    s.Attach(reported, say, "ccomp");
    s.Attach(r, reported, s.HasChildRel(reported, "aux:pass") ? "nsubj:pass" : "nsubj");
    // A word of the clause hung outside it: a subject there is the object of the verb before it
    // ("would check costs and reduce the budget deficit, has been welcomed" with "deficit" the
    // subject of "welcomed").
    for (int t = say + 1; t <= end; ++t) {
      if (t == reported || inside(s.Head(t)) || s.Head(t) == say) continue;
      int verb_before = -1;
      for (int v = t - 1; v > say && verb_before < 0; --v)
        if (s.At(v).upos == "VERB") verb_before = v;
      if (BaseRel(s.At(t)) == "nsubj" && verb_before >= 0)
        s.Attach(t, verb_before, "obj");
      else
        s.Attach(t, reported, s.At(t).deprel);
    }
    // The noun's head and the rest of the sentence.
    const bool stranded = s.At(noun).head == 0 || inside(s.Head(noun)) || s.Head(noun) == say;
    int root = -1;
    if (next >= 0 && opens && stranded) {
      root = next;
      s.At(next).head = 0;
      s.At(next).deprel = "root";
      s.Attach(noun, next, s.HasChildRel(next, "aux:pass") ? "nsubj:pass" : "nsubj");
    } else {
      if (stranded) {
        if (old_head < 0 || inside(old_head) || old_head == say) {
          tokens = before;
          continue;
        }
        const bool marked = s.HasChild(noun, "case") || s.HasChild(old_head, "obj");
        s.Attach(noun, old_head, marked ? "obl" : "obj");
      }
      for (int t = 0; t < s.size(); ++t)
        if (s.At(t).head == 0 && !inside(t)) root = t;
    }
    // What else hung inside the clause goes where the reported verb hung ("appeared divided over
    // the proposals which some people argue could lead to" with "divided" on "lead"), else on the
    // root.
    const int host =
        next < 0 && old_head >= 0 && !inside(old_head) && old_head != say ? old_head : root;
    for (int t = 0; t < s.size() && root >= 0; ++t) {
      if (inside(t) || t == root) continue;
      if (s.At(t).head == 0) {
        s.Attach(t, root, "parataxis");
      } else if (inside(s.Head(t)) && t != noun) {
        const bool clausal = s.Head(t) == reported && BaseRel(s.At(t)) == "csubj";
        s.Attach(t, s.At(t).upos == "PUNCT" ? root : host, clausal ? "xcomp" : s.At(t).deprel);
      }
    }
    if (root < 0 || !IsTree(s)) tokens = before;
  }
}

}  // namespace

void RepairReportedRelativeSubjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
