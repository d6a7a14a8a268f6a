#include "extract/clauses/place_states.h"

#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// The head of the noun phrase that a place with its state modifies ("a Tampa, Fla., investment
// firm": "firm"): the last noun of the run of lower-case nouns, adjectives and participles right
// after the comma at `comma`, or -1.
int ModifiedNoun(const TokenTree& s, int comma) {
  int noun = -1;
  for (int t = comma + 1; t < s.size(); ++t) {
    const nlp::Token& w = s.At(t);
    const bool lower = !w.form.empty() && !nlp::StartsWithCapital(w.form);
    const bool word = w.upos == "NOUN" || w.upos == "ADJ" ||
                      (w.upos == "VERB" && (w.xpos == "VBN" || w.xpos == "VBG"));
    if (!lower || !word) break;
    if (w.upos == "NOUN") noun = t;
  }
  return noun;
}

// The head of a place's run of proper nouns [first, last]: up from its last word while the head
// lies inside the run ("San Francisco" with either word the head).
int PlaceHead(const TokenTree& s, int first, int last) {
  int place = last;
  for (int steps = 0; steps < s.size(); ++steps) {
    const int h = s.Head(place);
    if (h < first || h > last) break;
    place = h;
  }
  return place;
}

// Makes `noun` the head of the phrase a place (its head `place`, its run starting at `first`)
// modifies, the words after the place ending at `after`: the noun takes the place's attachment
// when it hung under the place (else it keeps its own: "a Riverside, Calif., jury has awarded"
// with "jury" the subject already); the determiner, the words between `after` and the noun, and
// what hung on the place after `after` ("he controls", "called Bicoastal") hang on the noun. The
// caller hangs the place.
void HangOnNoun(const TokenTree& s, int place, int first, int after, int noun) {
  if (s.Dominates(place, noun)) s.Attach(noun, s.Head(place), s.At(place).deprel);
  for (int c = 0; c < s.size(); ++c)
    if (s.Head(c) == place && (c == first - 1 || c > after) && c != noun)
      s.Attach(c, noun, s.At(c).deprel);
  for (int t = after + 1; t < noun; ++t)
    if (!s.Dominates(noun, t)) s.Attach(t, noun, s.At(t).upos == "NOUN" ? "compound" : "amod");
}

void Repair(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 7> kDeterminers = {"a",   "an",    "the", "its",
                                                                   "his", "their", "her"};
  const TokenTree s(tokens);
  for (int state = 2; state < s.size(); ++state) {
    if (!nlp::IsApState(s.At(state).form) || s.At(state - 1).form != "," ||
        s.At(state - 2).upos != "PROPN")
      continue;
    if (state + 1 < s.size() && s.At(state + 1).upos != "PUNCT") continue;
    int first = state - 2;
    while (first > 0 && s.At(first - 1).upos == "PROPN") --first;
    const int place = PlaceHead(s, first, state - 2);
    // "a Tampa, Fla., investment firm": after a determiner, the place and its state modify the
    // noun after them.
    const bool determined = first > 0 && FormIsOneOf(s.At(first - 1), kDeterminers);
    const int noun = determined && state + 1 < s.size() && s.At(state + 1).form == ","
                         ? ModifiedNoun(s, state + 1)
                         : -1;
    // Only an abbreviation, or a state before such a noun: "Idaho, Utah, Montana" is a list.
    if (!s.At(state).form.ends_with('.') && noun < 0) continue;
    if (s.Dominates(state, place)) continue;
    if (s.Head(state) != place || BaseRel(s.At(state)) != "appos") {
      for (int c = 0; c < s.size(); ++c)
        if (s.Head(c) == state && s.At(c).upos != "PUNCT") s.Attach(c, place, s.At(c).deprel);
      s.Attach(state, place, "appos");
    }
    if (noun < 0 || s.Dominates(noun, place)) continue;
    HangOnNoun(s, place, first, state + 1, noun);
    s.Attach(place, noun, "compound");
  }
  // "the Akron, Ohio-based company": a place, a comma and its state's "-based" word modify the
  // noun after them (the parse had "Akron" the object or subject and the company its
  // apposition: "Akron -be-> Ohio-based company", judged wrong on sheet 1227).
  for (int based = 2; based + 1 < s.size(); ++based) {
    const std::string word = nlp::Lower(s.At(based).form);
    if (!word.ends_with("-based") || word.size() <= 6 ||
        !nlp::StartsWithCapital(s.At(based).form) || s.At(based - 1).form != "," ||
        s.At(based - 2).upos != "PROPN")
      continue;
    int first = based - 2;
    while (first > 0 && s.At(first - 1).upos == "PROPN") --first;
    if (first == 0 || !FormIsOneOf(s.At(first - 1), kDeterminers)) continue;
    const int place = PlaceHead(s, first, based - 2);
    // Only plain words between ("bank holding company and financial services concern" is left
    // as parsed).
    const int noun = ModifiedNoun(s, based);
    if (noun < 0 || s.Dominates(noun, place)) continue;
    bool plain = noun + 1 >= s.size() || s.At(noun + 1).upos != "CCONJ";
    for (int t = based + 1; t < noun; ++t) plain = plain && s.At(t).upos != "VERB";
    if (!plain) continue;
    HangOnNoun(s, place, first, based, noun);
    s.Attach(based, noun, "amod");
    s.Attach(based - 1, based, "punct");
    s.Attach(place, based, "compound");
  }
}

}  // namespace

void RepairPlaceStates(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
