#include "extract/clauses/attributive_participles.h"

#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/argument.h"
#include "extract/clauses/token_tree.h"
#include "extract/entities/name_types.h"
#include "extract/rules/attribution.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// Prepositions the parser tags as a gerund's marker (SCONJ mark).
constexpr std::array<std::string_view, 10> kPrepositions = {"to",   "by", "for", "with", "of",
                                                            "from", "at", "on",  "in",   "against"};

// Whether WordNet knows the -ing form as a noun of its own ("closing", "mining", "banking"):
// the phrase names a thing; "requiring", "involving", "totalling" are no nouns.
bool IsGerundNoun(const nlp::Token& participle, nlp::Lexicon& lexicon) {
  return !lexicon.Noun(nlp::Lower(participle.form)).senses.empty();
}

// The determiner, possessor and preposition before `noun` are the whole phrase's, now headed by
// `phrase` ("its" of "its cost cutting efforts", "to a" of "to a farm spending package").
void MoveDeterminers(const TokenTree& s, int noun, int phrase) {
  for (int c = 0; c < noun; ++c)
    if (s.Head(c) == noun &&
        (BaseRel(s.At(c)) == "nmod" || BaseRel(s.At(c)) == "det" || BaseRel(s.At(c)) == "case"))
      s.At(c).head = phrase + 1;
}

// "World closing stocks of zinc fell", "estimated U.S. roaster ending stocks at 6.3 mln bags",
// "expanded its cost cutting efforts": a bare singular noun, a participle and a bare noun in a
// row, parsed with the participle a verb (an acl of the first noun, or an advcl of the clause
// whose object the first noun is) and the last noun its object, made "World -close-> stocks".
// Read as one noun phrase: the last noun takes the first noun's place, the first becomes its
// compound and the participle its amod. A reduced relative has an agent before it, most often
// plural or with a determiner ("companies making cars", "the bank lending money"), and a
// participle that is no noun: those stay. So is a participle hung on the noun that the noun
// before it modifies, with a compound object ("an amendment to a farm spending reduction
// package", "spending" an acl of "amendment", had made "farm -spend-> reduction package").
// (A past participle with an object is left alone: "a substantial working majority lifted
// sterling" is a tagger's VBN for a finite verb, as often as "gilt edged market" is a phrase.)
void RepairCompoundParticiple(const TokenTree& s, int v, nlp::Lexicon& lexicon) {
  const nlp::Token& participle = s.At(v);
  const int noun = v - 1;
  const int object = s.Child(v, "obj");
  if (participle.xpos != "VBG" || noun < 0 || object <= v || s.Leftmost(object) != v + 1 ||
      !IsNominal(s.At(object)) || s.HasChild(object, "det") || s.HasChild(v, "nsubj") ||
      s.HasChild(v, "aux") || s.HasChild(v, "mark") || s.HasChild(v, "expl"))
    return;
  const nlp::Token& first = s.At(noun);
  // A first noun that names no people or bodies is no agent, and a last one that names no person
  // no patient ("products using new technology", "concessions covering workers" stay relatives).
  // With compounds on either side the run is one noun phrase even after a plural ("its solids
  // processing equipment business") or a determiner ("no thallium sulphate poisoning epidemic");
  // "debentures bearing interest" and "the virus causing leukemia" stay relatives.
  bool bare_object = true;
  for (int c = v + 1; c < object; ++c)
    bare_object = bare_object && s.Head(c) == object && BaseRel(s.At(c)) == "compound";
  const bool thing = bare_object && !NamesPeopleOrBodies(first.lemma) &&
                     !NamesAPerson(lexicon, s.At(object).lemma);
  const bool determined = s.HasChild(noun, "det");
  const bool plural = first.xpos == "NNS" && thing && s.HasChild(object, "compound");
  const bool compounded =
      thing &&
      (s.HasChild(noun, "compound") || (s.Head(v) != noun && s.HasChild(object, "compound"))) &&
      s.At(object).xpos == "NN";
  if (first.upos != "NOUN" || (first.xpos != "NN" && !plural) ||
      (determined && !compounded && !plural) || s.HasChild(noun, "nummod") ||
      s.Rightmost(noun) != (s.Head(v) == noun ? s.Rightmost(v) : noun))
    return;
  const bool acl = BaseRel(participle) == "acl" &&
                   (s.Head(v) == noun ||
                    (s.Head(v) == s.Head(noun) && BaseRel(first) == "nmod" && noun > s.Head(v)));
  const bool advcl = BaseRel(participle) == "advcl" && s.Head(v) == s.Head(noun) &&
                     (BaseRel(first) == "obj" || BaseRel(first) == "nsubj");
  // A participle that is no noun heads a reduced relative ("injunction requiring Dixons",
  // "activity involving index options").
  // A participle WordNet has no noun for is a modifier too between a bare singular thing and a
  // bare plural ("cotton producing regions", "debt rescheduling talks").
  const bool plural_head = thing && !determined && first.xpos == "NN" &&
                           (s.At(object).xpos == "NNS" || s.At(object).xpos == "NNPS");
  if ((!acl && !advcl) || !(IsGerundNoun(participle, lexicon) || plural_head)) return;
  for (int c = v + 1; c < object; ++c)
    if (s.Head(c) == object && s.At(c).deprel == "nmod:poss") return;
  const int head = s.Head(noun);
  const std::string rel = first.deprel;
  s.Attach(object, head, rel);
  if (head < 0) s.At(object).head = 0;
  MoveDeterminers(s, noun, object);
  // The participle's other dependents modify the phrase ("at smelters"), but an amount is the
  // clause's ("estimated ... stocks at 6.3 mln bags").
  for (int c = 0; c < s.size(); ++c) {
    if (c == object || s.Head(c) != v) continue;
    if (BaseRel(s.At(c)) == "obl" && head >= 0 && s.HasChild(c, "nummod"))
      s.Attach(c, head, "obl");
    else
      s.Attach(c, object, BaseRel(s.At(c)) == "obl" ? "nmod" : s.At(c).deprel);
  }
  // Everything else that hung on the first noun (the clause's other words when it was the
  // subject) follows the new head.
  for (int c = 0; c < s.size(); ++c)
    if (c != v && s.Head(c) == noun && c > noun) s.At(c).head = object + 1;
  s.Attach(noun, object, "compound");
  s.Attach(v, object, "amod");
}

// "the personnel and fixed asset expenses increased", "feed barley at 1.75 dlrs and malting
// barley at 2.00 dlrs" parsed with the participle a conjunct of the first noun and the second
// noun its object: "personnel -fixed-> asset expenses" was an edge. A past or present
// participle (or a past tense the tagger chose for one) that is a conjunct of a noun, with an
// object whose bare phrase starts right after it and no subject, auxiliary, marker or clause of
// its own, is that object's adjective, and the object the noun's conjunct (not before an amount:
// "was a record 3.7 mln hectares and increased 10.8 pct" keeps its verb).
void RepairConjunctParticiple(const TokenTree& s, int v) {
  const nlp::Token& participle = s.At(v);
  const int noun = s.Head(v);
  const int object = s.Child(v, "obj");
  if ((participle.xpos != "VBG" && participle.xpos != "VBN" && participle.xpos != "VBD") ||
      participle.upos != "VERB" || BaseRel(participle) != "conj" || noun < 0 || noun > v ||
      !IsNominal(s.At(noun)) || object <= v || s.Leftmost(object) != v + 1 ||
      s.At(object).upos != "NOUN" || s.HasChild(object, "det") || s.HasChild(object, "nummod") ||
      s.At(v + 1).upos == "NUM" || s.HasChild(v, "nsubj") || s.HasChild(v, "aux") ||
      s.HasChild(v, "mark") || s.HasChild(v, "ccomp") || s.HasChild(v, "xcomp"))
    return;
  // A verb of its own the parse hung on the nearest noun ("was present at the Paris talks and had
  // separate meetings with Zelenskyy"): never "have", "be", "do" or "get"; and a past tense only
  // inside a subject whose verb comes after the phrase ("the personnel and fixed asset expenses
  // increased").
  for (int c = v + 1; c < object; ++c)  // an owner makes it a verb's object ("making its cars")
    if (s.Head(c) == object && s.At(c).deprel == "nmod:poss") return;
  const std::string lemma = nlp::Lower(participle.lemma);
  if (lemma == "have" || lemma == "be" || lemma == "do" || lemma == "get") return;
  // Nor after the object of a verb of the same form: "strengthening their balance sheets and
  // making more provisions" is two verbs.
  if (const int governor = s.Head(noun); governor >= 0 && governor < noun &&
                                         s.At(governor).upos == "VERB" &&
                                         s.At(governor).xpos == participle.xpos)
    return;
  for (int c = 0; c < noun; ++c)  // (that verb hung by the parse on the noun it governs)
    if (s.Head(c) == noun && s.At(c).upos == "VERB" && s.At(c).xpos == participle.xpos) return;
  if (participle.xpos == "VBD") {
    const std::string_view rel = BaseRel(s.At(noun));
    if (!participle.form.ends_with("ed") || (rel != "nsubj" && rel != "csubj") ||
        s.Head(noun) < object)
      return;
  }
  s.Attach(object, noun, "conj");
  for (int c = 0; c < s.size(); ++c)
    if (c != object && s.Head(c) == v)
      s.Attach(c, object, s.At(c).deprel == "obl" ? "nmod" : s.At(c).deprel);
  s.Attach(v, object, "amod");
  if (participle.xpos == "VBD") s.At(v).xpos = "VBN";  // a participle, no finite verb in the phrase
}

// The first word of a two-word preposition ("because of", "due to", "owing to", "thanks to",
// "instead of"), which the parser may hang on a verb as its mark or case.
constexpr std::array<std::string_view, 5> kTwoWordPrepositions = {"because", "due", "owing",
                                                                  "thanks", "instead"};

// "firms are stressing merchant banking to bolster earnings" parsed with "merchant" the object
// and "banking" an advcl: an -ing form WordNet knows as a noun, right after the verb's bare
// singular object, with neither object, subject, marker nor auxiliary of its own, is the object's
// head ("merchant banking"); its own dependents (the purpose "to bolster ...") go to the verb.
void RepairCompoundGerund(const TokenTree& s, int v, nlp::Lexicon& lexicon) {
  const int noun = v - 1;
  const int head = s.Head(v);
  if (noun < 0 || head < 0 || s.At(v).xpos != "VBG" || BaseRel(s.At(v)) != "advcl" ||
      s.Head(noun) != head || BaseRel(s.At(noun)) != "obj" || s.At(noun).xpos != "NN" ||
      s.HasChild(noun, "det") || s.HasChild(v, "obj") || s.HasChild(v, "nsubj") ||
      s.HasChild(v, "mark") || s.HasChild(v, "aux") || !IsGerundNoun(s.At(v), lexicon))
    return;
  for (int c = 0; c < s.size(); ++c)
    if (c != noun && s.Head(c) == v)
      s.Attach(c, head, BaseRel(s.At(c)) == "xcomp" ? "advcl" : s.At(c).deprel);
  MoveDeterminers(s, noun, v);
  s.Attach(v, head, "obj");
  s.At(v).upos = "NOUN";
  s.At(v).xpos = "NN";
  s.Attach(noun, v, "compound");
}

// "Muna said in the fiscal year starting April 1, budgeted government spending will fall in real
// terms." parsed with "budgeted" a second verb of the sentence (conj of "said", or its ccomp) and
// the report "will fall" that participle's complement: the report went uncredited and the
// participle read as a verb with no doer. A past participle in "-ed" (VBN, or VBD the tagger
// chose for one) hung as a conjunct or complement on a verb of saying, with no subject,
// auxiliary, object, marker or expletive ("said there was a growing feeling") of its own, whose
// complement's subject phrase starts right after it, is that subject's adjective (amod), and the
// complement is what the verb of saying reports (its ccomp).
void RepairParticipleBeforeReport(const TokenTree& s, int v) {
  const nlp::Token& participle = s.At(v);
  const int speech = s.Head(v);
  const std::string_view rel = BaseRel(participle);
  if ((participle.xpos != "VBN" && participle.xpos != "VBD") || participle.upos != "VERB" ||
      !participle.form.ends_with("ed") || speech < 0 || speech > v ||
      (rel != "conj" && rel != "ccomp") || !IsSpeechVerb(nlp::Lower(s.At(speech).lemma)) ||
      s.HasChild(v, "nsubj") || s.HasChild(v, "aux") || s.HasChild(v, "obj") ||
      s.HasChild(v, "mark") || s.HasChild(v, "cc") || s.HasChild(v, "expl") ||
      (rel == "conj" && s.HasChild(speech, "ccomp")))
    return;
  const int report = s.Child(v, "ccomp");
  const int subject = report > v ? s.Child(report, "nsubj") : -1;
  if (subject < 0 || s.Leftmost(subject) != v + 1 || s.At(subject).upos != "NOUN") return;
  s.Attach(report, speech, "ccomp");
  for (int c = 0; c < s.size(); ++c)
    if (s.Head(c) == v) s.At(c).head = report + 1;
  s.Attach(v, subject, "amod");
  s.At(v).xpos = "VBN";  // a participle, no finite verb in the phrase
}

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int v = 0; v + 1 < s.size(); ++v) {
    const nlp::Token& participle = s.At(v);
    // first: the lookups below walk the sentence
    if (participle.xpos != "VBG" && participle.xpos != "VB" && participle.xpos != "VBN") continue;
    const int head = s.Head(v);
    const int marker = s.HasChild(v, "mark") ? s.Child(v, "mark") : s.Child(v, "case");
    const int object = s.Child(v, "obj");
    // "due to lower costs", "because of pressing business": after a two-word preposition an
    // adjective the tagger took for a verb ("lower" VB, "reduced" VBN) is read as one whatever
    // its verb takes; after a one-word one only a participle that takes no object is.
    const bool two_word = marker >= 0 && FormIsOneOf(s.At(marker), kTwoWordPrepositions) &&
                          s.HasChild(marker, "fixed");
    if (participle.xpos != "VBG" && !two_word) continue;
    if (head < 0 || BaseRel(participle) == "amod" || marker < 0 || marker > v ||
        !(two_word || FormIsOneOf(s.At(marker), kPrepositions)) || object <= v ||
        s.Leftmost(object) != v + 1 || !IsNominal(s.At(object)) || s.HasChild(v, "nsubj") ||
        s.HasChild(v, "aux") || s.HasChild(v, "expl") || s.HasChild(object, "det"))
      continue;
    bool possessed = false;
    for (int c = v + 1; c < object; ++c)
      possessed = possessed || (s.Head(c) == object && s.At(c).deprel == "nmod:poss");
    // WordNet knows the participle as an adjective ("existing", "retiring", "falling") and its
    // verb's first sense takes no object.
    if (possessed || !lexicon.IsAdjective(nlp::Lower(participle.form)) ||
        (!two_word && lexicon.TakesObject(participle.lemma)))
      continue;
    const bool after_verb = s.At(head).upos == "VERB" || s.At(head).upos == "AUX";
    s.Attach(object, head, after_verb ? "obl" : "nmod");
    s.Attach(marker, object, "case");
    s.At(marker).upos = "ADP";
    s.At(marker).xpos = "IN";
    // The participle's other dependents go to its head, but a phrase after its noun is the
    // noun's ("because of pressing business at home").
    for (int c = 0; c < s.size(); ++c) {
      if (c == marker || s.Head(c) != v) continue;
      if (c > object && BaseRel(s.At(c)) == "obl")
        s.Attach(c, object, "nmod");
      else
        s.At(c).head = head + 1;
    }
    s.Attach(v, object, "amod");
  }
  for (int v = 1; v + 1 < s.size(); ++v)
    if (s.At(v).xpos == "VBG") {
      RepairCompoundParticiple(s, v, lexicon);
      RepairCompoundGerund(s, v, lexicon);
    }
  for (int v = 1; v + 1 < s.size(); ++v) RepairParticipleBeforeReport(s, v);
  for (int v = 1; v + 1 < s.size(); ++v) RepairConjunctParticiple(s, v);
}

}  // namespace

void RepairAttributiveParticiples(std::vector<nlp::AnalyzedSentence>& sentences,
                                  nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens, lexicon);
}

}  // namespace kg::extract
