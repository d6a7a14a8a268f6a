#include "extract/clauses/coordinated_noun_modifiers.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// WordNet classes so high that two nouns under them need not be alike (the top of the noun
// hierarchy and its first levels).
constexpr std::array<std::string_view, 22> kGeneralClasses = {"entity",
                                                              "physical entity",
                                                              "abstraction",
                                                              "abstract entity",
                                                              "object",
                                                              "physical object",
                                                              "whole",
                                                              "unit",
                                                              "artifact",
                                                              "artefact",
                                                              "matter",
                                                              "thing",
                                                              "group",
                                                              "grouping",
                                                              "relation",
                                                              "measure",
                                                              "quantity",
                                                              "attribute",
                                                              "psychological feature",
                                                              "event",
                                                              "act",
                                                              "instrumentality"};

bool IsGeneral(std::string_view lemma) {
  return std::find(kGeneralClasses.begin(), kGeneralClasses.end(), lemma) != kGeneralClasses.end();
}

// Whether the first WordNet senses of the two nouns share a class that is not too general.
bool Alike(const nlp::Token& a, const nlp::Token& b, nlp::Lexicon& lexicon) {
  const nlp::NounInfo& x = lexicon.Noun(nlp::Lower(a.form));
  const nlp::NounInfo& y = lexicon.Noun(nlp::Lower(b.form));
  if (x.senses.empty() || y.senses.empty()) return false;
  for (const std::string& ancestor : x.senses.front().ancestors)
    if (!IsGeneral(ancestor) && y.senses.front().HasAncestor(ancestor)) return true;
  return false;
}

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int x = 0; x + 3 < s.size(); ++x) {
    const int cc = x + 1;
    const int modifier = x + 2;
    // The modifier hangs on the conjunct's head, or on a noun modifier of it in between ("bus"
    // of "bus assembly plant").
    int noun = s.Head(modifier);
    while (noun > modifier && BaseRel(s.At(noun)) == "compound" && s.Head(noun) > noun)
      noun = s.Head(noun);
    if (s.At(x).upos != "NOUN" || s.At(x).xpos != "NN" || BaseRel(s.At(cc)) != "cc" ||
        s.Head(cc) != noun || noun <= modifier || s.Head(noun) != x ||
        BaseRel(s.At(noun)) != "conj" || s.At(noun).upos != "NOUN" ||
        BaseRel(s.At(modifier)) != "compound" || s.At(modifier).upos != "NOUN")
      continue;
    // The first noun's own dependents are only the phrase's words before it and words after the
    // conjunct's head ("facilities that had been slated for closure").
    bool bare = true;
    for (int c = 0; c < s.size() && bare; ++c) {
      if (s.Head(c) != x || c == noun) continue;
      const std::string_view rel = BaseRel(s.At(c));
      bare = c > noun || (c < x && (rel == "det" || rel == "case" || rel == "nmod" ||
                                    rel == "amod" || rel == "nummod" || rel == "punct"));
    }
    if (!bare || !Alike(s.At(x), s.At(modifier), lexicon)) continue;
    s.Attach(noun, s.Head(x), s.At(x).deprel);
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == x && c != noun) s.Attach(c, noun, s.At(c).deprel);
    s.Attach(x, noun, "compound");
    s.Attach(modifier, x, "conj");
    s.Attach(cc, modifier, "cc");
  }
}

// "..., U.S. and Japanese officials said." parsed with "U.S." a second speaker (a conjunct of
// "officials", or an apposition elsewhere): a one-word country, place or nationality, "and" or
// "or", and a
// nationality (tagged NORP) that modifies the noun right after it, are the noun's coordinated
// modifiers: the country becomes the noun's compound and the nationality its conjunct, as UD
// annotates "U.S. and Japanese officials".
void RepairCountryAndNationality(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  const auto tree_conj = [&](int t) { return BaseRel(s.At(t)) == "conj"; };
  for (int c = 0; c + 3 < s.size(); ++c) {
    const nlp::Token& country = s.At(c);
    const nlp::Token& nationality = s.At(c + 2);
    const int noun = c + 3;
    // A one-word place or nationality: "Soviet" of "Soviet and British businessmen" is tagged a
    // place.
    const bool place = country.entity == "B-COUNTRY" || country.entity == "B-LOCATION" ||
                       country.entity == "B-NORP";
    if (!place || s.At(c + 1).entity.starts_with("I-") ||
        (nlp::Lower(s.At(c + 1).form) != "and" && nlp::Lower(s.At(c + 1).form) != "or") ||
        nationality.entity != "B-NORP" || s.Head(c + 2) != noun || s.At(noun).upos != "NOUN" ||
        s.Head(c) == noun)
      continue;
    // The noun hung on the country ("U.S." the subject, "firms" its conjunct) takes its place;
    // what else hung on the country (its punctuation, the cc) goes to the noun's phrase.
    // So does a noun the parse made the country's sibling conjunct ("a meeting of Soviet and
    // British businessmen" with "Soviet" and "businessmen" both hung on "meeting").
    const bool sibling = tree_conj(noun) && s.Head(noun) == s.Head(c) && s.Head(c) >= 0;
    if (s.Head(noun) == c || sibling) {
      const int head = s.Head(c);
      s.Attach(noun, head, country.deprel);
      if (head < 0) s.At(noun).head = 0;
    }
    for (int t = 0; t < s.size(); ++t)
      if (t != noun && s.Head(t) == c) s.At(t).head = noun + 1;
    s.Attach(c, noun, "compound");
    s.Attach(c + 2, c, "conj");
    s.Attach(c + 1, c + 2, "cc");
  }
}

}  // namespace

void RepairCoordinatedNounModifiers(std::vector<nlp::AnalyzedSentence>& sentences,
                                    nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens, lexicon);
    RepairCountryAndNationality(s.tokens);
  }
}

}  // namespace kg::extract
