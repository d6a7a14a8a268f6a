#include "extract/clauses/security_names.h"

#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 6> kRanks{"subordinate", "prefer",        "guarantee",
                                                 "secure",      "collateralise", "collateralize"};

constexpr std::array<std::string_view, 13> kInstruments{
    "debt",  "note",       "debenture", "bond", "eurobond",    "stock",   "share",
    "paper", "obligation", "deposit",   "loan", "certificate", "security"};

// The instrument noun a form names, singular: "debentures" -> "debenture"; "" for any other.
std::string_view Instrument(const nlp::Token& t) {
  std::string word = nlp::Lower(t.form);
  for (const std::string_view noun : kInstruments) {
    if (word == noun || word == std::string(noun) + "s" ||
        (noun == "security" && word == "securities"))
      return noun;
  }
  return {};
}

bool IsRankParticiple(const nlp::Token& t) {
  const std::string word = nlp::Lower(t.form);
  if (!word.ends_with("ed")) return false;
  for (const std::string_view rank : kRanks)
    if (t.lemma == rank || word.starts_with(rank.substr(0, rank.size() - 1))) return true;
  return false;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int p = 0; p < s.size(); ++p) {
    if (s.At(p).upos != "VERB" || !IsRankParticiple(s.At(p)) || s.HasChild(p, "aux")) continue;
    // A verb with a subject of its own guarantees or secures something ("Texaco guaranteed the
    // notes"); only a rating right before it is the name's ("A-1 subordinated debt").
    const int subject = s.Child(p, "nsubj");
    if (subject >= 0 && !(subject + 1 == p && nlp::IsCreditRating(s.At(subject).form))) continue;
    int noun = -1;
    for (int c = p + 1; c < s.size(); ++c)
      if (s.Head(c) == p && BaseRel(s.At(c)) == "obj") {
        noun = c;
        break;
      }
    if (noun < 0 || Instrument(s.At(noun)).empty()) continue;
    // Only the noun's own modifiers between: "subordinated senior debt", not "preferred to buy
    // its own debt".
    bool adjacent = true;
    for (int t = p + 1; t < noun && adjacent; ++t)
      adjacent = s.Dominates(noun, t) && s.Head(t) == noun &&
                 (BaseRel(s.At(t)) == "amod" || BaseRel(s.At(t)) == "compound" ||
                  BaseRel(s.At(t)) == "nummod");
    if (!adjacent) continue;
    s.At(noun).head = s.At(p).head;
    s.At(noun).deprel = s.At(p).deprel;
    // "lowered the senior debt to A-1, subordinated debt to A-2": a conjunct of a verb with an
    // object of its own is the next item of that object's list.
    if (const int verb = s.Head(p);
        verb >= 0 && (BaseRel(s.At(p)) == "conj" || BaseRel(s.At(p)) == "parataxis"))
      if (const int object = s.Child(verb, "obj"); object >= 0 && object < p)
        s.Attach(noun, object, "conj");
    for (int c = 0; c < s.size(); ++c) {
      if (s.Head(c) != p || c == noun) continue;
      const std::string_view rel = BaseRel(s.At(c));
      if (rel == "nsubj" && c + 1 == p)
        s.Attach(c, noun, "compound");
      else if (rel == "obl" || rel == "nsubj")
        s.Attach(c, noun, "nmod");
      else
        s.Attach(c, noun, s.At(c).deprel);
    }
    s.Attach(p, noun, "amod");
    s.At(p).upos = "ADJ";
    s.At(p).xpos = "JJ";
    s.At(p).lemma = nlp::Lower(s.At(p).form);
  }
}

}  // namespace

void RepairSecurityNames(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
