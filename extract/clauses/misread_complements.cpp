#include "extract/clauses/misread_complements.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "extract/rules/modality.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  // True when token k is in the subtree of token i (heads walked up; at most n steps).
  const auto under = [&](int k, int i) {
    for (int steps = 0; k >= 0 && k < n && steps <= n; ++steps, k = at(k).head - 1)
      if (k == i) return true;
    return false;
  };
  // True when `phrase` is an argument of a verb of saying with no ccomp and `t` follows the
  // phrase's own words directly.
  const auto reports_to = [&](int phrase, int t) {
    const nlp::Token& host = at(phrase);
    if (!(nlp::IsRel(host, "obl") || nlp::IsRel(host, "obj") || nlp::IsRel(host, "iobj") ||
          nlp::IsRel(host, "nmod")) ||
        host.head < 1 || phrase > t)
      return false;
    const int verb = host.head - 1;
    if (at(verb).upos != "VERB" || !IsSpeechVerb(at(verb).lemma)) return false;
    for (int k = phrase + 1; k < t; ++k)
      if (!under(k, phrase)) return false;
    for (int c = 0; c < n; ++c)
      if (at(c).head == verb + 1 && nlp::IsRel(at(c), "ccomp")) return false;
    return true;
  };
  for (int t = 1; t + 1 < n; ++t) {
    nlp::Token& that = at(t);
    if (nlp::Lower(that.form) != "that" || that.upos != "PRON" || that.head < 1) continue;
    // "told the agency that Angola earned 40 mln dlrs" parsed as a relative clause of "agency"
    // with "that" its object, though "earned" has an object of its own: a "that" whose place in
    // the clause is taken, or that follows the one told (an iobj, or the object of "tell",
    // "inform", "warn" ...), is no relative pronoun: it marks the clause, the verb of saying's
    // ccomp.
    if (const int own = that.head - 1; at(own).deprel == "acl:relcl" && own > t &&
                                       at(own).head >= 1 &&
                                       (nlp::IsRel(that, "obj") || nlp::IsRel(that, "nsubj"))) {
      const std::string_view place = nlp::IsRel(that, "obj") ? "obj" : "nsubj";
      bool taken = false;
      for (int c = 0; c < n; ++c)
        taken = taken || (c != t && at(c).head == own + 1 && nlp::IsRel(at(c), place) &&
                          at(c).upos != "PRON");
      const int noun = at(own).head - 1;
      // "told a news conference that profits rose": the one told has no relative clause.
      static constexpr std::array<std::string_view, 9> kTell{
          "tell", "inform", "assure", "warn", "notify", "remind", "advise", "brief", "convince"};
      const bool told = nlp::IsRel(at(noun), "iobj") ||
                        (nlp::IsRel(at(noun), "obj") && at(noun).head >= 1 &&
                         std::find(kTell.begin(), kTell.end(),
                                   nlp::Lower(at(at(noun).head - 1).lemma)) != kTell.end());
      if (!taken && !told) continue;
      if (!reports_to(noun, t)) continue;
      that.head = own + 1;
      that.deprel = "mark";
      that.upos = "SCONJ";
      that.xpos = "IN";
      at(own).head = at(noun).head;
      at(own).deprel = "ccomp";
      continue;
    }
    const int phrase = that.head - 1;
    if (!reports_to(phrase, t)) continue;
    const int verb = at(phrase).head - 1;
    int clause = -1;
    for (int c = t + 1; c < n; ++c)
      if (at(c).head == t + 1 && at(c).deprel == "acl:relcl") clause = c;
    if (clause < 0) continue;
    bool own_subject = false;
    for (int c = 0; c < n; ++c)
      if (c != t && at(c).head == clause + 1 && nlp::IsRel(at(c), "nsubj")) own_subject = true;
    if (!own_subject) continue;
    that.head = clause + 1;
    that.deprel = "mark";
    that.upos = "SCONJ";
    that.xpos = "IN";
    at(clause).head = verb + 1;
    at(clause).deprel = "ccomp";
  }
}

// "told a court yesterday in the Channel Island of Jersey that Ward saw the payment" parsed with
// "that" already the clause's mark but the clause a relative clause (acl:relcl) of the last
// phrase: a relative clause has no subordinator "that" (its "that" fills a place in it), so a
// clause opened by a marking "that", with a subject of its own, hung on an argument of a verb of
// saying that has no ccomp, is that verb's ccomp.
void RepairMarkedRelatives(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int t = 0; t + 1 < n; ++t) {
    nlp::Token& that = at(t);
    if (nlp::Lower(that.form) != "that" || !nlp::IsRel(that, "mark") || that.head <= t + 1)
      continue;
    const int clause = that.head - 1;
    if (at(clause).deprel != "acl:relcl" || at(clause).head < 1) continue;
    const int phrase = at(clause).head - 1;
    const nlp::Token& host = at(phrase);
    if (phrase > t || host.head < 1 ||
        !(nlp::IsRel(host, "obl") || nlp::IsRel(host, "obj") || nlp::IsRel(host, "iobj") ||
          nlp::IsRel(host, "nmod")))
      continue;
    int verb = host.head - 1;
    // "in the Channel Island of Jersey": the phrase may be an nmod of the verb's argument.
    if (nlp::IsRel(host, "nmod") && at(verb).head >= 1) verb = at(verb).head - 1;
    if (at(verb).upos != "VERB" || !IsSpeechVerb(at(verb).lemma)) continue;
    bool has_ccomp = false;
    bool own_subject = false;
    for (int c = 0; c < n; ++c) {
      if (at(c).head == verb + 1 && nlp::IsRel(at(c), "ccomp")) has_ccomp = true;
      if (c > t && at(c).head == clause + 1 && nlp::IsRel(at(c), "nsubj")) own_subject = true;
    }
    if (has_ccomp || !own_subject) continue;
    that.upos = "SCONJ";
    that.xpos = "IN";
    at(clause).head = verb + 1;
    at(clause).deprel = "ccomp";
  }
}

// "The bank said that it expects to hold the payout at the level of its last full year ended
// September 30" parsed with "ended" a second ccomp of "said": a participle (or a past form the
// tagger took for one) with no subject of its own that starts right where the verb's earlier
// ccomp ends modifies the noun before it (acl).
// "Springer said because of overcapacity, discounting will go on" parsed with the cause on
// "said": a cause between a verb of saying and its ccomp ("because of", "due to", "despite", "as
// a result of") is the reported clause's.
void RepairSpeechPieces(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  // The first and the last token of the subtree of i (heads walked up; at most n steps).
  const auto bounds = [&](int i) {
    std::pair<int, int> span{i, i};
    for (int k = 0; k < n; ++k) {
      int h = k;
      for (int steps = 0; h >= 0 && h != i && steps <= n; ++steps) h = at(h).head - 1;
      if (h == i) span = {std::min(span.first, k), std::max(span.second, k)};
    }
    return span;
  };
  for (int verb = 0; verb < n; ++verb) {
    if (at(verb).upos != "VERB" || !IsSpeechVerb(at(verb).lemma)) continue;
    std::vector<int> complements;
    for (int c = verb + 1; c < n; ++c)
      if (at(c).head == verb + 1 && nlp::IsRel(at(c), "ccomp")) complements.push_back(c);
    if (complements.empty()) continue;
    for (std::size_t i = 1; i < complements.size(); ++i) {
      const int later = complements[i];
      const int end = bounds(complements[i - 1]).second;
      const int first = bounds(later).first;
      bool own_subject = false;
      for (int c = 0; c < n; ++c)
        if (at(c).head == later + 1 && nlp::IsRel(at(c), "nsubj")) own_subject = true;
      if (first != end + 1) continue;
      // "... on debt servicing particularly as prices were unstable": a clause opened by a
      // subordinator other than "that" goes on the one before it (advcl).
      // The subordinator may be tagged a preposition of the clause's subject ("as prices ...").
      static constexpr std::string_view kSubordinators[] = {
          "as",     "because", "since",  "while", "although",
          "though", "whereas", "unless", "if",    "when"};
      bool subordinate = false;
      for (int c = first; c < later && c < first + 3; ++c)
        if ((at(c).upos == "SCONJ" || at(c).upos == "ADP") &&
            std::find(std::begin(kSubordinators), std::end(kSubordinators),
                      nlp::Lower(at(c).form)) != std::end(kSubordinators))
          subordinate = true;
      if (subordinate) {
        at(later).head = complements[i - 1] + 1;
        at(later).deprel = "advcl";
        continue;
      }
      const std::string& xpos = at(later).xpos;
      const bool noun_before = at(end).upos == "NOUN" || at(end).upos == "PROPN";
      // "in hopes it would be more restrictive": a clause with its own subject right after a
      // noun of hope, fear or belief is that noun's content (acl).
      const bool content_noun =
          noun_before && own_subject && ContentClauseStance(at(end).lemma).has_value();
      if (!content_noun &&
          (own_subject || (xpos != "VBN" && xpos != "VBG" && xpos != "VBD") || !noun_before))
        continue;
      at(later).head = end + 1;
      at(later).deprel = "acl";
    }
    const int clause = complements.front();
    for (int c = verb + 1; c < clause; ++c) {
      if (at(c).head != verb + 1 || !nlp::IsRel(at(c), "obl")) continue;
      std::string marker;  // "because of": the case words and their fixed parts, in order
      for (int k = 0; k < c; ++k) {
        const bool case_word = at(k).head == c + 1 && nlp::IsRel(at(k), "case");
        const bool fixed_part =
            nlp::IsRel(at(k), "fixed") && at(k).head >= 1 && at(at(k).head - 1).head == c + 1;
        if (case_word || fixed_part) marker += (marker.empty() ? "" : " ") + nlp::Lower(at(k).form);
      }
      if (marker != "because of" && marker != "due to" && marker != "despite" &&
          marker != "as a result of" && marker != "owing to")
        continue;
      at(c).head = clause + 1;
    }
  }
}

}  // namespace

namespace {

// "Watanabe said progress was being made ... and added that ..." parsed with "added" a conj of
// "made": a verb of saying without a subject of its own, conjoined to the head of a speech verb's
// ccomp that does have one, is the speech verb's second conjunct.
void RepairSecondSpeechVerbs(nlp::AnalyzedSentence& s) {
  const TokenTree t(s.tokens);
  for (int c = 0; c < t.size(); ++c) {
    const nlp::Token& verb = t.At(c);
    if (verb.upos != "VERB" || BaseRel(verb) != "conj" || !IsSpeechVerb(verb.lemma)) continue;
    const int clause = t.Head(c);
    if (clause < 0 || BaseRel(t.At(clause)) != "ccomp" || clause > c) continue;
    const int speech = t.Head(clause);
    if (speech < 0 || speech > clause || !IsSpeechVerb(t.At(speech).lemma) ||
        !t.HasChild(speech, "nsubj") || !t.HasChild(clause, "nsubj") || t.HasChild(c, "nsubj") ||
        !t.HasChild(c, "cc") || (verb.xpos != "VBD" && verb.xpos != "VBZ" && verb.xpos != "VBP"))
      continue;
    t.Attach(c, speech, "conj");
  }
}

// "Neoax said it expects a gain ..., adding the gain will be sheltered by its tax loss
// carryforwards." parsed with "adding" the subject of "sheltered" (and "the gain" its object), so
// the sentence gave "carryforwards shelter adding the gain": a participle of saying after a comma,
// hung as an argument on a later verb inside a speech verb's report, is that speech verb's
// adverbial clause, the later verb its ccomp and the participle's object the later verb's
// subject.
void RepairSpeechParticiples(nlp::AnalyzedSentence& s) {
  const TokenTree t(s.tokens);
  for (int g = 1; g < t.size(); ++g) {
    const nlp::Token& adding = t.At(g);
    if (adding.xpos != "VBG" || t.At(g - 1).form != "," || !IsSpeechVerb(adding.lemma)) continue;
    const int later = t.Head(g);
    const std::string_view rel = BaseRel(adding);
    if (later <= g || t.At(later).upos != "VERB" || (rel != "nsubj" && rel != "obl")) continue;
    // The speech verb whose report holds both, before the participle.
    int speech = t.Head(later);
    for (int steps = 0; speech >= 0 && steps < t.size() &&
                        !(IsSpeechVerb(t.At(speech).lemma) && t.HasChild(speech, "nsubj"));
         ++steps)
      speech = t.Head(speech);
    if (speech < 0 || speech > g) continue;
    const int object = t.Child(g, "obj");
    const bool passive = t.HasChildRel(later, "aux:pass");
    t.Attach(later, g, "ccomp");
    t.Attach(g, speech, "advcl");
    t.Attach(g - 1, g, "punct");
    if (object > g && object < later) t.Attach(object, later, passive ? "nsubj:pass" : "nsubj");
  }
}

// "He said the Commerce Department estimated shipments would rise." parsed with "Commerce" the
// object of "said" and "Department estimated ..." a relative clause of it, so the report lost its
// subject and the graph said Yeutter said the department: a speech verb's object directly
// followed by the subject of a relative clause of it with no relative word is the front of that
// subject, and the clause the speech verb's ccomp.
void RepairSplitReportSubjects(nlp::AnalyzedSentence& s) {
  const TokenTree t(s.tokens);
  for (int r = 2; r < t.size(); ++r) {
    if (t.At(r).deprel != "acl:relcl") continue;
    const int noun = t.Head(r);
    if (noun < 0 || noun > r || BaseRel(t.At(noun)) != "obj" || !IsNominal(t.At(noun))) continue;
    const int speech = t.Head(noun);
    if (speech < 0 || speech > noun || !IsSpeechVerb(t.At(speech).lemma) ||
        t.HasChild(speech, "ccomp"))
      continue;
    const int subject = noun + 1;
    if (subject >= r || t.Head(subject) != r || BaseRel(t.At(subject)) != "nsubj" ||
        !IsNominal(t.At(subject)) || t.Leftmost(r) != subject)
      continue;
    // No relative word anywhere in the clause ("the man who", "the deal that").
    bool relative = false;
    for (int c = subject; c < r && !relative; ++c)
      if (t.At(c).xpos == "WDT" || t.At(c).xpos == "WP" || nlp::Lower(t.At(c).form) == "that")
        relative = true;
    if (relative) continue;
    for (int c = 0; c < noun; ++c)
      if (t.Head(c) == noun) t.Attach(c, subject, t.At(c).deprel);
    t.Attach(noun, subject, "compound");
    t.Attach(r, speech, "ccomp");
  }
}

// "The service involves a program that relays data, the companies said." parsed with "program"
// a second ccomp of "said": the first reported verb lost its object and the relative clause its
// speaker. A nominal ccomp with neither subject nor copula that starts right where an earlier
// ccomp of the same verb (a verb with no object or complement) ends is that verb's object.
void RepairSplitReportObjects(nlp::AnalyzedSentence& s) {
  const TokenTree t(s.tokens);
  for (int o = 1; o < t.size(); ++o) {
    if (BaseRel(t.At(o)) != "ccomp" || !IsNominal(t.At(o)) || t.HasChild(o, "nsubj") ||
        t.HasChild(o, "cop"))
      continue;
    const int speech = t.Head(o);
    if (speech < 0) continue;
    for (int v = 0; v < t.Leftmost(o); ++v) {
      if (t.Head(v) != speech || BaseRel(t.At(v)) != "ccomp" || t.At(v).upos != "VERB" ||
          t.Rightmost(v) + 1 != t.Leftmost(o) || t.HasChild(v, "obj") || t.HasChild(v, "ccomp") ||
          t.HasChild(v, "xcomp") || !t.HasChild(v, "nsubj"))
        continue;
      // "Construction will start in 1988, with 248 wells drilled initially, BP said": a noun with
      // its own preposition is the verb's oblique, not its object.
      t.Attach(o, v, t.HasChild(o, "case") ? "obl" : "obj");
      break;
    }
  }
}

// "Shearson had no plans to quit the business" parsed with "to quit" an xcomp of "had": read as
// "had to quit" (must) the sentence said Shearson must quit. An infinitive hung on "have" after
// its object noun is that noun's complement (acl): "plans to quit", "the right to buy".
void RepairObjectInfinitives(nlp::AnalyzedSentence& s) {
  const TokenTree t(s.tokens);
  for (int v = 1; v < t.size(); ++v) {
    if (BaseRel(t.At(v)) != "xcomp" || t.At(v).xpos != "VB") continue;
    const int have = t.Head(v);
    if (have < 0 || t.At(have).lemma != "have") continue;
    bool to = false;
    for (int c = 0; c < v; ++c)
      to = to || (t.Head(c) == v && BaseRel(t.At(c)) == "mark" && t.At(c).lemma == "to");
    const int object = t.Child(have, "obj");
    if (!to || object < 0 || object > v || !IsNominal(t.At(object))) continue;
    t.Attach(v, object, "acl");
  }
}

// "a report that Colombia lowered the price of its exports" parsed with the clause a relative
// clause of "report" and "that" its object, so Colombia lowered the report: a "that" hung on a
// relative clause whose place there another word holds (the clause has a second object, or a
// second subject), or that fills none (an oblique: "the claim that Nordia bribed officials"),
// after a noun whose content clause says how sure it is (rules/modality.h ContentClauseStance:
// report, claim, hope, sign, ...), in a clause with a subject of its own, fills no gap; it is the
// subordinator of a content clause, the noun's complement (acl), as UD writes "the fact that ...".
// And "rose amid reports that Iran fired missiles" parsed with the clause a ccomp of "rose": a
// "that" clause right after such a noun that is an argument of the clause's governor, no verb of
// saying, is the noun's.
void RepairContentClauses(nlp::AnalyzedSentence& s) {
  const TokenTree t(s.tokens);
  for (int that = 1; that + 1 < t.size(); ++that) {
    const std::string_view rel = BaseRel(t.At(that));
    const int clause = t.Head(that);
    if (nlp::Lower(t.At(that).form) != "that" || clause <= that) continue;
    const int noun = that - 1;
    const bool stance_noun =
        t.At(noun).upos == "NOUN" && ContentClauseStance(nlp::Lower(t.At(noun).lemma)).has_value();
    if (t.At(clause).deprel == "acl:relcl" && t.Head(clause) >= 0 && t.Head(clause) < that) {
      bool other = false;
      for (int c = 0; c < t.size(); ++c)
        other = other || (c != that && t.Head(c) == clause && BaseRel(t.At(c)) == rel);
      const bool gapless = rel != "nsubj" && rel != "obj" && rel != "mark" && stance_noun &&
                           t.Head(clause) == noun && t.HasChild(clause, "nsubj");
      if (!((rel == "obj" || rel == "nsubj") && other) && !gapless) continue;
    } else if (BaseRel(t.At(clause)) == "ccomp" && rel == "mark" && stance_noun) {
      const int verb = t.Head(clause);
      if (verb < 0 || t.Head(noun) != verb || IsSpeechVerb(nlp::Lower(t.At(verb).lemma))) continue;
      t.At(clause).head = noun + 1;
    } else {
      continue;
    }
    t.Attach(that, clause, "mark");
    t.At(that).upos = "SCONJ";
    t.At(that).xpos = "IN";
    t.At(clause).deprel = "acl";
  }
}

}  // namespace

void RepairMisreadComplements(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s);
    RepairMarkedRelatives(s);
    RepairSpeechPieces(s);
    RepairSecondSpeechVerbs(s);
    RepairSpeechParticiples(s);
    RepairSplitReportSubjects(s);
    RepairSplitReportObjects(s);
    RepairObjectInfinitives(s);
    RepairContentClauses(s);
  }
}

}  // namespace kg::extract
