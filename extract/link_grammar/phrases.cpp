// How LinkRules reads phrases and verb chains off a linkage.
#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "extract/link_grammar/rules.h"
#include "nlp/gazetteer.h"

namespace kg::extract {
namespace {

// Links a phrase grows along, and in which direction: modifiers to the left of their head
// (determiners, adjectives, name parts, possessors) and complements to its right (of-phrases).
constexpr std::array<std::string_view, 20> kLeftModifiers = {
    "D",  "DD", "DG", "DT", "A", "AN", "AA", "G",  "GN", "ND",
    "NN", "NA", "YS", "YP", "L", "TA", "EA", "EN", "EC", "_"};
// GN joins a title to a name ("President Putin") and also the parts of some names ("European
// Commission"); only the second kind is kept in the name.
constexpr std::array<std::string_view, 8> kNameModifiers = {"G", "GN", "AN", "A",
                                                            "_", "NN", "YS", "YP"};

// Adjectives that quantify or compare rather than name: kept in quotes, left out of node names.
constexpr std::array<std::string_view, 22> kNonNamingAdjectives = {
    "more", "most",  "many", "much",    "few",     "fewer", "several", "other",
    "such", "same",  "own",  "certain", "various", "all",   "any",     "some",
    "each", "every", "last", "next",    "first",   "only"};

constexpr std::array<std::string_view, 9> kModals = {"will",  "would", "can",   "could", "may",
                                                     "might", "must",  "shall", "should"};
constexpr std::array<std::string_view, 17> kPronouns = {
    "he",   "she", "it", "they", "we",    "i",    "you",  "him",  "her",
    "them", "us",  "me", "who",  "which", "that", "this", "these"};

template <std::size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool IsPunctuation(std::string_view w) {
  return std::all_of(w.begin(), w.end(),
                     [](char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

std::string LinkRules::Text(int word) const {
  const ParsedWord& w = g_.word(word);
  if (w.is_wall || w.end <= w.start || w.end > sentence_.size()) return w.text;
  return std::string(sentence_.substr(w.start, w.end - w.start));
}

std::string LinkRules::Lower(int word) const {
  std::string s = Text(word);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TextSpan LinkRules::SpanOf(int word) const { return {g_.word(word).start, g_.word(word).end}; }

bool LinkRules::IsCapitalised(int word) const {
  const std::string t = Text(word);
  return !t.empty() && (std::isupper(static_cast<unsigned char>(t[0])) ||
                        static_cast<unsigned char>(t[0]) >= 0xC0);
}

bool LinkRules::IsNounWord(int word) const {
  const std::string& sub = g_.word(word).subscript;
  return sub.empty() || sub[0] == 'n' || sub[0] == 's' || sub[0] == 'p' || sub[0] == 'l' ||
         sub[0] == 'b' || sub[0] == 'm' || sub[0] == 'f' || sub[0] == 'c' || sub == "y" ||
         sub == "#";
}

bool LinkRules::IsPunctuationWord(int word) const { return IsPunctuation(Text(word)); }

bool LinkRules::IsFunctionWord(int word) const {
  static constexpr std::array<std::string_view, 30> kFunctionWords = {
      "of",     "by",      "to",       "in",      "on",    "at",    "for",   "with",
      "from",   "and",     "or",       "but",     "as",    "than",  "if",    "when",
      "while",  "because", "although", "though",  "into",  "about", "after", "before",
      "during", "since",   "until",    "whether", "where", "how"};
  return In(kFunctionWords, Lower(word)) || IsPunctuation(Text(word));
}

bool LinkRules::IsPronounOrName(int word) const {
  const std::string w = Lower(word);
  return In(kPronouns, w) || w == "there" || w == "each" || w == "all" || w == "some" ||
         w == "many" || w == "most" || w == "both" || w == "none" || w == "one" ||
         std::isdigit(static_cast<unsigned char>(w.empty() ? 'x' : w[0]));
}

bool LinkRules::IsVerbWord(int word) const {
  const std::string& sub = g_.word(word).subscript;
  return !sub.empty() && (sub[0] == 'v' || sub[0] == 'q' || sub[0] == 'w');
}

std::string LinkRules::VerbLemma(int word) const {
  const std::string w = Lower(word);
  if (w == "'s" || w == "'re" || w == "'m" || w == "is" || w == "are" || w == "was" ||
      w == "were" || w == "am" || w == "been" || w == "being") {
    return "be";
  }
  if (w == "'ve") return "have";
  if (w == "'ll") return "will";
  if (w == "'d") return "would";
  return lexicon_.VerbLemma(w);
}

std::vector<TextSpan> LinkRules::Spans(const std::vector<int>& words) const {
  std::vector<int> sorted = words;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::vector<TextSpan> out;
  for (const int w : sorted) {
    if (!g_.word(w).is_wall && g_.word(w).end > g_.word(w).start) out.push_back(SpanOf(w));
  }
  return out;
}

Phrase LinkRules::NounPhrase(int head) const {
  Phrase phrase;
  std::set<int> all{head};
  std::set<int> name{head};
  std::vector<int> stack{head};
  // The whole phrase: modifiers and of-complements, to a bounded depth.
  while (!stack.empty()) {
    const int w = stack.back();
    stack.pop_back();
    for (const int k : g_.LinksOf(w)) {
      const ParsedLink& l = g_.links()[static_cast<std::size_t>(k)];
      const std::string_view type = LinkType(l.label);
      int next = -1;
      if (l.right == w && In(kLeftModifiers, type)) next = l.left;
      if (type == "NM" && l.right == w) next = l.left;  // "$" before "825 million"
      // A conjunction inside a phrase keeps its members: "during the war and the crisis".
      if (w != head && type == "SJ" &&
          ((l.right == w && l.label.size() > 2 && l.label[2] == 'l') ||
           (l.left == w && l.label.size() > 2 && l.label[2] == 'r'))) {
        next = l.right == w ? l.left : l.right;
      }
      if (l.left == w &&
          (type == "J" || type == "NM" || type == "OF" || type == "IN" ||
           (type == "M" && l.label.size() > 1 &&
            (l.label[1] == 'p' || l.label[1] == 'a' || l.label[1] == 'f' || l.label[1] == 'j')))) {
        next = l.right;
      }
      if (next < 0 || g_.word(next).is_wall || all.count(next) || all.size() > 40) continue;
      all.insert(next);
      stack.push_back(next);
    }
  }
  // The name: the head with its name parts, compounds and naming adjectives only.
  stack.push_back(head);
  while (!stack.empty()) {
    const int w = stack.back();
    stack.pop_back();
    for (const int k : g_.LinksOf(w)) {
      const ParsedLink& l = g_.links()[static_cast<std::size_t>(k)];
      const std::string_view type = LinkType(l.label);
      if (l.right != w || !In(kNameModifiers, type) || name.count(l.left)) continue;
      if (type == "A" && In(kNonNamingAdjectives, Lower(l.left))) continue;
      // Before a name only capitalised adjectives are part of it: "Russian President", not
      // "even Germany".
      if (type == "A" && IsCapitalised(w) && !IsCapitalised(l.left)) continue;
      if (type == "GN" && (!IsCapitalised(l.left) || nlp::Gazetteer::IsPersonTitle(Lower(l.left))))
        continue;
      if (type == "G" && nlp::Gazetteer::IsPersonTitle(Lower(l.left)) &&
          g_.Left(l.left, "G").empty())
        continue;
      name.insert(l.left);
      stack.push_back(l.left);
    }
    // Amounts: "$ 825 million" (NM to the scale word, NN to the number).
    for (const int nm : g_.Right(w, "NM")) {
      if (name.insert(nm).second) stack.push_back(nm);
    }
    for (const int nm : g_.Left(w, "NM")) {
      if (name.insert(nm).second) stack.push_back(nm);
    }
    // A possessor: "Ukraine 's defense" (D from "'s", which has Y from the possessor).
    for (const int d : g_.Left(w, "D")) {
      if (Lower(d) != "'s" && Lower(d) != "'") continue;
      name.insert(d);
      std::vector<int> owners = g_.Left(d, "YS");
      for (const int o : g_.Left(d, "YP")) owners.push_back(o);
      for (const int owner : owners) {
        name.insert(owner);
        stack.push_back(owner);
      }
    }
  }
  // Punctuation at the edges of a phrase is never part of it.
  for (auto* set : {&all, &name}) {
    while (set->size() > 1 && IsPunctuation(Text(*set->begin()))) set->erase(set->begin());
    while (set->size() > 1 && IsPunctuation(Text(*set->rbegin())) && Text(*set->rbegin()) != ".") {
      set->erase(std::prev(set->end()));
    }
  }
  phrase.tokens = Spans({all.begin(), all.end()});
  phrase.name = Spans({name.begin(), name.end()});
  phrase.proper = IsCapitalised(head) && head != 1;
  if (head == 1 && IsCapitalised(head)) {
    // The first word is capitalised anyway: a name only if WordNet does not know it lower case.
    phrase.proper = lexicon_.Noun(Lower(head)).senses.empty() || g_.HasLeft(head, "G") ||
                    g_.HasRight(head, "G");
  }
  phrase.pronoun = name.size() == 1 && In(kPronouns, Lower(head));
  return phrase;
}

Phrase LinkRules::ClausePhrase(int verb, int from) const {
  int last = verb;
  int first = verb;
  std::set<int> seen{verb};
  std::vector<int> stack{verb};
  while (!stack.empty()) {
    const int w = stack.back();
    stack.pop_back();
    last = std::max(last, w);
    first = std::min(first, w);
    for (const int k : g_.LinksOf(w)) {
      const ParsedLink& l = g_.links()[static_cast<std::size_t>(k)];
      const int other = l.left == w ? l.right : l.left;
      if (other < from || g_.word(other).is_wall || seen.count(other)) continue;
      seen.insert(other);
      stack.push_back(other);
    }
  }
  while (first < last && (IsPunctuation(Text(first)) || Lower(first) == "that")) ++first;
  while (last > first && IsPunctuation(Text(last))) --last;
  Phrase phrase;
  std::vector<int> words;
  for (int w = first; w <= last; ++w) words.push_back(w);
  phrase.tokens = Spans(words);
  phrase.name = phrase.tokens;
  phrase.clause = true;
  return phrase;
}

std::vector<int> LinkRules::Conjuncts(int word) const {
  std::vector<int> out;
  std::vector<int> stack{word};
  std::set<int> seen;
  while (!stack.empty() && seen.size() < 40) {
    const int w = stack.back();
    stack.pop_back();
    if (!seen.insert(w).second) continue;
    std::vector<int> parts;
    for (const std::string_view type : {"SJ", "VJ", "MJ", "AJ", "RJ"}) {
      for (const int l : g_.Left(w, type, "l")) parts.push_back(l);
      for (const int r : g_.Right(w, type, "r")) parts.push_back(r);
    }
    if (parts.empty()) {
      out.push_back(w);
      continue;
    }
    // Push in reverse so that conjuncts come out in sentence order.
    std::sort(parts.rbegin(), parts.rend());
    for (const int p : parts) stack.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

int LinkRules::ResolveRelative(int word) const {
  const std::string w = Lower(word);
  if (w != "who" && w != "which" && w != "that") return word;
  for (const std::string_view type : {"R", "M", "MX"}) {
    for (const int noun : g_.Left(word, type)) {
      if (IsNounWord(noun)) return noun;
    }
  }
  return word;
}

std::vector<VerbChain> LinkRules::Chains(int verb) const {
  std::vector<VerbChain> out;
  ExtendChain(VerbChain{}, verb, out, 0);
  for (VerbChain& chain : out) {
    chain.copula = VerbLemma(chain.verbs.back()) == "be";
    std::sort(chain.words.begin(), chain.words.end());
    chain.words.erase(std::unique(chain.words.begin(), chain.words.end()), chain.words.end());
  }
  return out;
}

VerbChain LinkRules::Chain(int verb) const { return Chains(verb).front(); }

// Follows auxiliaries to the content verb, forking at a conjunction of verbs ("were mobilized and
// recalled" gives "were mobilized" and "were recalled").
void LinkRules::ExtendChain(VerbChain chain, int cur, std::vector<VerbChain>& out,
                            int depth) const {
  const auto conjuncts = Conjuncts(cur);
  if (conjuncts.size() > 1 || conjuncts.front() != cur) {
    for (const int c : conjuncts) {
      if (c != cur && depth < 12) ExtendChain(chain, c, out, depth + 1);
    }
    return;
  }
  chain.verbs.push_back(cur);
  chain.words.push_back(cur);
  const std::string lower = Lower(cur);
  if (In(kModals, lower)) chain.modality = lower;
  for (const int n : g_.Right(cur, "N")) {
    chain.negated = true;
    chain.words.push_back(n);
  }
  // Adverbs of the verb belong to the relation ("often refers to", "is also", "never paid").
  std::vector<int> adverbs = g_.Left(cur, "E");
  for (const int e : g_.Right(cur, "EB")) adverbs.push_back(e);
  for (const int e : adverbs) {
    if (Lower(e) == "never" || Lower(e) == "not" || Lower(e) == "n't") chain.negated = true;
    chain.words.push_back(e);
  }
  for (const int k : g_.Right(cur, "K")) chain.words.push_back(k);
  for (const int part : g_.Left(cur, "_")) chain.words.push_back(part);  // "called for"
  int next = -1;
  for (const std::string_view type : {"PP", "Pv", "Pg", "I", "TO", "MVi", "Pa"}) {
    std::vector<int> found;
    if (type == "Pv" || type == "Pg" || type == "Pa") {
      found = g_.Right(cur, "P", type.substr(1));
    } else if (type == "MVi") {
      // "agreed to offer" continues the chain; "cut prices to attract" is a clause of its own.
      if (!g_.HasRight(cur, "O")) found = g_.Right(cur, "MV", "i");
    } else {
      found = g_.Right(cur, type);
    }
    if (found.empty()) continue;
    next = found.front();
    if (type == "Pv") chain.passive = true;
    if (type == "Pa") chain.adjective = next;
    if (type == "TO" || type == "MVi") {
      chain.words.push_back(next);
      const auto inf = g_.Right(next, "I");
      next = inf.empty() ? -1 : inf.front();
    }
    break;
  }
  if (next < 0 || next <= cur || depth >= 12) {
    out.push_back(std::move(chain));
    return;
  }
  ExtendChain(std::move(chain), next, out, depth + 1);
}

}  // namespace kg::extract
