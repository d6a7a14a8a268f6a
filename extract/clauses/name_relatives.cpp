#include "extract/clauses/name_relatives.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 2> kRelativePronouns = {"which", "who"};

// Verbs by which an amount moves or stands ("rose to 7.4 billion dlrs", "totalled 46 mln").
constexpr std::array<std::string_view, 24> kAmountVerbs = {
    "rise",  "fall",  "increase", "decrease", "decline", "drop",   "climb",  "grow",
    "total", "reach", "jump",     "surge",    "widen",   "narrow", "shrink", "amount",
    "ease",  "slip",  "soar",     "plunge",   "double",  "triple", "swell",  "tumble"};

// Whether relative clause r says how an amount moved: its verb is one of kAmountVerbs and an
// argument of it is an amount ("which rose to 7.4 billion dlrs in 1986"). A country or a firm
// does not rise to 7.4 billion dlrs; its surplus or its sales do.
bool MovesAnAmount(const TokenTree& s, int r) {
  if (std::find(kAmountVerbs.begin(), kAmountVerbs.end(), s.At(r).lemma) == kAmountVerbs.end())
    return false;
  // One pass (a sentence may be a million words long): an amount that is such an argument or
  // hangs on one ("to 7.4 billion dlrs": "7.4" on "dlrs").
  const auto argument = [&](int c) {
    if (c < 0 || s.Head(c) != r) return false;
    const std::string_view rel = BaseRel(s.At(c));
    return rel == "obj" || rel == "obl";
  };
  for (int t = 0; t < s.size(); ++t)
    if (IsAmountToken(s.At(t)) && (argument(t) || argument(s.Head(t)))) return true;
  return false;
}

// The relative pronoun ("which", "who") that opens relative clause r, a few words before its
// verb and its own; -1 when none.
int RelativePronoun(const TokenTree& s, int r) {
  for (int p = r - 1; p >= 0 && p >= r - 12; --p)
    if (FormIsOneOf(s.At(p), kRelativePronouns) && s.Head(p) == r) return p;
  return -1;
}

bool IsPersonName(const nlp::Token& t) { return t.entity.ends_with("-PERSON"); }

// An organisation's or place's name: "who" does not stand for one.
bool IsThingName(const nlp::Token& t) {
  for (const std::string_view type : {"-ORGANIZATION", "-COUNTRY", "-CITY", "-LOCATION", "-STATE"})
    if (t.entity.ends_with(type)) return true;
  return false;
}

// Whether the relative word agrees with the antecedent: "which" never stands for a person, "who"
// never for an organisation or a place (Huddleston and Pullum 2002, ch. 12: the relative words'
// personal and non-personal gender).
bool Agrees(const TokenTree& s, int pronoun, int antecedent) {
  const std::string lower = nlp::Lower(s.At(pronoun).form);
  if (lower == "which") return !IsPersonName(s.At(antecedent));
  if (lower == "who") return !IsThingName(s.At(antecedent));
  return true;
}

// "the visit of West German President Richard Von Weizsaecker, which starts on Friday" with the
// clause on the person (who "started on Friday"), "Ward McCarthy of Merrill Lynch and Co Inc, who
// expects a bill purchase" with the clause on the firm: a relative clause whose word disagrees
// with the name it hangs on, that name the nmod of a noun the word agrees with, goes to that
// noun.
void AgreeRelatives(const TokenTree& s) {
  for (int r = 0; r < s.size(); ++r) {
    if (s.At(r).deprel != "acl:relcl") continue;
    const int name = s.Head(r);
    const int pronoun = RelativePronoun(s, r);
    if (name < 0 || pronoun < 0 || Agrees(s, pronoun, name) || BaseRel(s.At(name)) != "nmod")
      continue;
    const int noun = s.Head(name);
    if (noun < 0 || !IsNominal(s.At(noun)) || !Agrees(s, pronoun, noun)) continue;
    // "who" goes to a person only.
    if (nlp::Lower(s.At(pronoun).form) == "who" && !IsPersonName(s.At(noun))) continue;
    s.Attach(r, noun, "acl:relcl");
  }
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  AgreeRelatives(s);
  for (int r = 0; r < s.size(); ++r) {
    if (s.At(r).deprel != "acl:relcl") continue;
    const int noun = s.Head(r);
    if (noun < 0 || s.At(noun).upos != "NOUN") continue;
    // ", which" opening the clause, right after the noun's phrase.
    // The relative word is the clause's own and comes first in it, a few words before its verb
    // (no walk over the whole clause: a sentence may be a million words long).
    int pronoun = -1;
    for (int p = r - 1; p >= 0 && p >= r - 12 && pronoun < 0; --p)
      if (FormIsOneOf(s.At(p), kRelativePronouns) && s.Head(p) == r) pronoun = p;
    if (pronoun < 2 || s.At(pronoun - 1).form != ",") continue;
    bool first = true;
    for (int p = pronoun + 1; p < r && first; ++p)
      if (!s.Dominates(r, p)) first = false;
    if (!first) continue;
    // Up from the word before the comma to the name that is an nmod inside the noun's phrase.
    int name = pronoun - 2;
    while (name >= 0 && name > noun && !(BaseRel(s.At(name)) == "nmod" && IsNominal(s.At(name))) &&
           s.Head(name) > noun)
      name = s.Head(name);
    if (name <= noun || s.At(name).upos != "PROPN" || BaseRel(s.At(name)) != "nmod" ||
        s.Rightmost(name) != pronoun - 2 || !s.Dominates(noun, name) || MovesAnAmount(s, r) ||
        !Agrees(s, pronoun, name))
      continue;
    s.Attach(r, name, "acl:relcl");
  }
  // "its trade surplus with the U.S., which rose to 7.4 billion dlrs in 1986" parsed with the
  // clause on "U.S.": a ", which" clause that moves an amount, hung on a name that is the nmod of
  // a common noun, is the noun's (the graph had "United States -rose to-> 7.4 billion dlrs").
  for (int r = 0; r < s.size(); ++r) {
    const int name = s.Head(r);
    if (s.At(r).deprel != "acl:relcl" || name < 1 || s.At(name).upos != "PROPN" ||
        BaseRel(s.At(name)) != "nmod" || !MovesAnAmount(s, r))
      continue;
    const int noun = s.Head(name);
    int pronoun = -1;
    for (int p = r - 1; p > name && p >= r - 12 && pronoun < 0; --p)
      if (FormIsOneOf(s.At(p), kRelativePronouns) && s.Head(p) == r) pronoun = p;
    if (noun < 0 || s.At(noun).upos != "NOUN" || pronoun < 2 || s.At(pronoun - 1).form != "," ||
        !s.Dominates(name, pronoun - 2) || s.Dominates(r, pronoun - 2))
      continue;
    s.Attach(r, noun, "acl:relcl");
  }
  // "The Times of Zambia, which is run by the ruling party, quoted ..." parsed with the clause on
  // "Zambia", the last word of the name: a relative clause hung on a word inside a tagged name
  // that ends right before its comma describes the whole name, so it goes to the name's head.
  for (int r = 0; r < s.size(); ++r) {
    const int word = s.Head(r);
    if (s.At(r).deprel != "acl:relcl" || word < 1 || !s.At(word).entity.starts_with("I-")) continue;
    if (word + 2 >= s.size() || s.At(word + 1).form != "," ||
        !FormIsOneOf(s.At(word + 2), kRelativePronouns) || s.Head(word + 2) != r)
      continue;
    int first = word;
    while (first > 0 && s.At(first).entity.starts_with("I-")) --first;
    if (!s.At(first).entity.starts_with("B-")) continue;
    // The name's head: its one word whose head lies outside it.
    const int head = s.SpanHead(first, word);
    if (head >= 0 && head != word && s.Dominates(head, word)) s.Attach(r, head, "acl:relcl");
  }
}

}  // namespace

void RepairNameRelatives(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
