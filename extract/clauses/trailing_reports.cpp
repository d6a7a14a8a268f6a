#include "extract/clauses/trailing_reports.h"

#include <algorithm>
#include <vector>

#include "extract/clauses/named_trailing_speakers.h"
#include "extract/clauses/token_tree.h"
#include "extract/clauses/trailing_speakers.h"
#include "extract/rules/attribution.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr int kMaxSpeakerWords = 8;

// "..., an Agriculture Ministry official told reporters." parsed with "told" an adjective of
// "reporters": the verb of telling right before the sentence's last word takes that word's place
// in the tree, and the word (the one told) becomes its object.
void RepairToldAdjective(const TokenTree& s) {
  int last = s.size() - 1;
  while (last > 0 && s.At(last).upos == "PUNCT") --last;
  const int verb = last - 1;
  if (verb < 1 || s.At(verb).upos != "VERB" || BaseRel(s.At(verb)) != "amod" ||
      s.Head(verb) != last || !IsNominal(s.At(last)) ||
      !IsAddressingVerb(nlp::Lower(s.At(verb).lemma)))
    return;
  s.Attach(verb, s.Head(last), s.At(last).deprel);
  s.Attach(last, verb, "obj");
  for (int c = 0; c < s.size(); ++c)
    if (c != verb && s.Head(c) == last && BaseRel(s.At(c)) == "punct") s.Attach(c, verb, "punct");
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  RepairToldAdjective(s);
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 3) return;
  int comma = verb - 1;
  while (comma > 0 && s.At(comma).form != ",") --comma;
  if (comma < 1) return;
  const auto in_phrase = [&](int t) { return t > comma && t < verb; };
  const auto in_report = [&](int t) { return t >= 0 && t < comma; };
  // "..., banking economists and money market dealers said." with "banking" tagged a verb and
  // "economists" its object: a gerund opening the phrase, right before a noun it governs, is
  // that noun's modifier (the speaker had been lost to the report's verb).
  if (const int opener = comma + 1;
      opener + 1 < verb && s.At(opener).xpos == "VBG" && s.At(opener + 1).upos == "NOUN" &&
      s.Head(opener + 1) == opener && !in_phrase(s.Head(opener)) &&
      std::all_of(tokens.begin() + opener + 1, tokens.begin() + verb,
                  [](const nlp::Token& t) {
                    return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "ADJ" ||
                           t.upos == "CCONJ";
                  }) &&
      (s.At(verb - 1).upos == "NOUN" || s.At(verb - 1).upos == "PROPN")) {
    const std::vector<nlp::Token> before = tokens;
    s.At(opener).upos = "NOUN";
    s.At(opener).xpos = "NN";
    s.At(opener).lemma = nlp::Lower(s.At(opener).form);
    s.TakePlace(opener + 1, opener, "compound");
    if (!nlp::FormsTree(tokens)) tokens = before;
  }
  // The speaker's phrase: nominal words, no verb; brackets and what they hold (a ticker, an
  // acronym) are not counted. Its head is the word hung outside it; when the parse broke the phrase
  // and several are
  // ("a spokesman for the Michigan attorney general said" with "general" the subject and "for"
  // the verb's marker, "the airlines spokesmen said" with "airlines" the object), the last person
  // it names ("EC Energy Commissioner Nicolas Mosar"), else the last noun among them (the first in
  // a coordination: "unionists and hospital authorities"), and the others are put back under it
  // afterwards (a conjunct with its coordinator as the head's conjunct).
  int words = 0;
  std::vector<int> tops;
  int person = -1;
  bool coordinated = false;
  int depth = 0;
  for (int t = comma + 1; t < verb; ++t) {
    const nlp::Token& token = s.At(t);
    if (token.form == "(" || token.form == "<") ++depth;
    const bool bracketed = depth > 0 || token.form == ")" || token.form == ">";
    if (token.form == ")" || token.form == ">") depth = depth > 0 ? depth - 1 : 0;
    if (token.upos == "VERB" || token.upos == "AUX" || token.upos == "SCONJ" ||
        (token.upos == "PUNCT" && !bracketed))
      return;
    if (bracketed || token.upos == "PUNCT") continue;
    ++words;
    if (token.entity == "B-PERSON") person = t;  // the last: a name ends the phrase
    coordinated = coordinated || token.upos == "CCONJ";
    if (!in_phrase(s.Head(t))) tops.push_back(t);
  }
  const auto nominal = [&](int t) { return s.At(t).upos == "NOUN" || s.At(t).upos == "PROPN"; };
  int head = -1;
  if (tops.size() == 1) head = tops.front();
  if (tops.size() > 1) head = person;
  // The last noun, or the first of a coordination ("officials and seismologists").
  for (const int t : tops)
    if (tops.size() > 1 && person < 0 && nominal(t) && !(coordinated && head >= 0)) head = t;
  if (head < 0 || words > kMaxSpeakerWords || !nominal(head)) return;
  std::vector<int> loose;
  for (const int t : tops) {
    if (t == head) continue;
    if (!(nominal(t) || s.At(t).upos == "ADP" || s.At(t).upos == "DET" || s.At(t).upos == "ADJ"))
      return;
    loose.push_back(t);
  }
  // "Roland Dumas, head of a parliamentary Foreign Affairs Committee said", "George Hoffman,
  // director of commodity analysis for Pillsbury said": a description after a person's name right
  // before the comma is that name's, and the name the speaker.
  if (s.At(comma - 1).entity.ends_with("PERSON") && person < 0) return;
  // So too when the parse (or named_trailing_speakers.h) made the name before the comma the
  // verb's subject and the phrase its apposition ("\"...,\" Red Cavaney, American Paper
  // Institute president said." with "Red Cavaney" tagged a people).
  if (const int name = s.Head(head); name >= 0 && name < comma && s.Dominates(name, comma - 1) &&
                                     s.Head(name) == verb && BaseRel(s.At(name)) == "nsubj" &&
                                     BaseRel(s.At(head)) == "appos" &&
                                     IsTitledSpeakerName(tokens, name, head))
    return;
  bool report_on_phrase = false;
  for (int t = 0; t < comma; ++t) report_on_phrase = report_on_phrase || in_phrase(s.Head(t));
  // Already read right: the phrase whole and the verb's subject, nothing of the report hung on
  // it, and the verb the root or the report's parataxis.
  if (s.Head(head) == verb && BaseRel(s.At(head)) == "nsubj" && !report_on_phrase &&
      loose.empty() && (s.Head(verb) < 0 || BaseRel(s.At(verb)) == "parataxis"))
    return;
  // The report: the old root when it stands before the comma, else the first verb before the
  // comma that hung outside it.
  int report = -1;
  for (int t = 0; t < comma && report < 0; ++t)
    if (s.Head(t) < 0) report = t;
  for (int t = 0; t < comma && report < 0; ++t)
    if (!in_report(s.Head(t)) && s.At(t).upos == "VERB") report = t;
  if (report < 0) return;
  const bool clause = s.At(report).upos == "VERB" || s.HasChild(report, "cop") ||
                      s.HasChild(report, "nsubj") || s.HasChild(report, "nsubj:pass");
  if (!clause) return;
  const std::vector<nlp::Token> before = tokens;
  const int hung_on = s.Head(verb);
  s.At(verb).head = 0;
  s.At(verb).deprel = "root";
  for (int t = 0; t < comma; ++t) {
    if (t == report || in_report(s.Head(t))) continue;
    // A subject the verb of saying took from the report goes back to the report's verb it hung
    // on, as that verb's object when it has none ("to enjoin the enforcement of the judgement").
    if (s.Head(t) == verb && BaseRel(s.At(t)) == "nsubj" && in_report(hung_on) &&
        s.At(hung_on).upos == "VERB") {
      s.Attach(t, hung_on, s.HasChild(hung_on, "obj") ? "dep" : "obj");
      continue;
    }
    if (s.Head(t) == verb && BaseRel(s.At(t)) == "punct") continue;
    s.Attach(t, report, "dep");
  }
  s.Attach(report, verb, "ccomp");
  s.Attach(head, verb, "nsubj");
  for (const int t : loose) {
    // A preposition right before a loose noun is its case ("for the Michigan attorney general").
    if (s.At(t).upos == "ADP") continue;
    int first = t;
    while (first - 1 > head && s.Head(first - 1) == t) --first;
    if (first - 1 > head && s.At(first - 1).upos == "ADP" && !in_phrase(s.Head(first - 1))) {
      s.Attach(first - 1, t, "case");
      s.Attach(t, head, "nmod");
    } else if (t > head && s.HasChild(t, "cc")) {
      s.Attach(t, head, "conj");
    } else if (t < head) {
      // Words before the head modify it ("airlines" of "the airlines spokesmen").
      s.Attach(t, head,
               s.At(t).upos == "DET" ? "det" : (s.At(t).upos == "ADJ" ? "amod" : "compound"));
    } else {
      s.Attach(t, head, "appos");
    }
  }
  for (const int t : loose)
    if (s.At(t).upos == "ADP" && !in_phrase(s.Head(t))) s.Attach(t, head, "dep");
  s.Attach(comma, verb, "punct");
  for (int t = verb + 1; t < s.size(); ++t)
    if (s.At(t).upos == "PUNCT" && !in_phrase(s.Head(t)) && s.Head(t) != verb &&
        !(s.Head(t) > verb))
      s.Attach(t, verb, "punct");
  if (!nlp::FormsTree(tokens)) tokens = before;
}

}  // namespace

void RepairTrailingReports(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
