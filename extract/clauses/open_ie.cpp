#include "extract/clauses/open_ie.h"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

#include "extract/clauses/argument.h"
#include "extract/clauses/clause.h"
#include "extract/clauses/clause_extractor.h"
#include "extract/rules/attribution.h"
#include "nlp/dep_tree.h"

namespace kg::extract {

namespace {

using Role = ClauseArgument::Role;
using Tokens = std::vector<int>;

// Relations that leave a phrase: its coordinated siblings, and what belongs to the clause.
constexpr std::array<std::string_view, 9> kOutsidePhrase{
    "conj", "cc", "parataxis", "dep", "discourse", "list", "reparandum", "orphan", "vocative"};
// A subject is quoted without what the sentence says about it elsewhere ("Cashel Byron, a
// prizefighter, who ..."): its clauses and appositions are tuples of their own.
constexpr std::array<std::string_view, 4> kOutsideSubject{"acl", "appos", "advcl", "ccomp"};

bool In(std::string_view rel, std::span<const std::string_view> rels) {
  return std::find(rels.begin(), rels.end(), rel) != rels.end();
}

// A quotation mark or bracket that the phrase opens and closes stays: "the `` art of
// doctoring ''" keeps both.
bool Paired(const nlp::DepTree& tree, const Tokens& tokens, int edge, bool front) {
  const std::string& form = tree.token(edge).form;
  const std::string closer = form == "(" ? ")" : form == ")" ? "(" : form;
  if (closer != "\"" && closer != ")" && closer != "(") return false;
  return std::any_of(tokens.begin(), tokens.end(), [&](int t) {
    return (front ? t > edge : t < edge) && tree.token(t).form == closer;
  });
}

// The tokens without punctuation at either edge, unless paired inside.
Tokens TrimPunct(const nlp::DepTree& tree, Tokens tokens) {
  while (!tokens.empty() && tree.Upos(tokens.front()) == "PUNCT" &&
         !Paired(tree, tokens, tokens.front(), true))
    tokens.erase(tokens.begin());
  while (!tokens.empty() && tree.Upos(tokens.back()) == "PUNCT" &&
         !Paired(tree, tokens, tokens.back(), false))
    tokens.pop_back();
  return tokens;
}

// The phrase headed by `head`: its subtree without coordination and clause-level dependents;
// `subject` also cuts clauses and appositions on it; `cut` (a token or kNone) and its subtree are
// left out.
Tokens Phrase(const nlp::DepTree& tree, int head, bool subject, int cut = nlp::DepTree::kNone) {
  return TrimPunct(tree, tree.Subtree(head, [&](int c) {
    if (c == cut) return false;
    const std::string_view rel = tree.BaseRel(c);
    if (In(rel, kOutsidePhrase)) return false;
    return !subject || tree.Head(c) != head || !In(rel, kOutsideSubject);
  }));
}

// The case words of an oblique (with their fixed parts: "because of"), ascending.
Tokens CaseTokens(const nlp::DepTree& tree, int oblique) {
  Tokens out;
  for (const int c : tree.ChildrenWith(oblique, "case")) {
    out.push_back(c);
    for (const int f : tree.ChildrenWith(c, "fixed")) out.push_back(f);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Tokens Without(Tokens tokens, const Tokens& cut) {
  std::erase_if(tokens, [&](int t) { return std::find(cut.begin(), cut.end(), t) != cut.end(); });
  return tokens;
}

Tokens Joined(Tokens a, const Tokens& b) {
  a.insert(a.end(), b.begin(), b.end());
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  return a;
}

bool IsNominal(const nlp::DepTree& tree, int t) {
  return tree.Upos(t) == "NOUN" || tree.Upos(t) == "PROPN";
}

// A relative pronoun left as a subject where the parse hung its clause on something other than
// its noun ("by Muslims , who strictly maintain ..." with the clause on the verb): the noun the
// clause hangs on, else the noun right before the pronoun (commas skipped), else the pronoun.
int RelativeAntecedent(const nlp::DepTree& tree, int predicate, int subject) {
  const std::string lemma = tree.Lemma(subject);
  if (tree.Upos(subject) != "PRON" || (lemma != "which" && lemma != "who" && lemma != "whom"))
    return subject;
  const int head = tree.Head(predicate);
  if (head != nlp::DepTree::kNone && head < subject && IsNominal(tree, head)) return head;
  int before = subject - 1;
  while (before >= 0 && tree.Upos(before) == "PUNCT") --before;
  return before >= 0 && IsNominal(tree, before) ? before : subject;
}

// One argument position of a clause: a head with its coordinated alternatives.
struct Slot {
  Role role = Role::kObject;
  std::vector<int> heads;  // the first conjunct, then the others
  bool oblique = false;    // has a preposition that may move into the relation
};

// Slots from the clause's arguments, conjuncts grouped under their first member.
std::vector<Slot> SlotsOf(const nlp::DepTree& tree, const Clause& c) {
  std::vector<Slot> slots;
  for (const ClauseArgument& a : c.arguments) {
    const bool conjunct =
        tree.IsRel(a.head, "conj") && !slots.empty() && slots.back().role == a.role &&
        std::find(slots.back().heads.begin(), slots.back().heads.end(), tree.Head(a.head)) !=
            slots.back().heads.end();
    if (conjunct) {
      slots.back().heads.push_back(a.head);
      continue;
    }
    const bool oblique = a.role == Role::kOblique || a.role == Role::kAgent;
    slots.push_back({a.role, {a.head}, oblique && tree.Child(a.head, "case").has_value()});
  }
  // Open IE quotes complements the graph leaves out: a clausal complement of any verb ("suggests
  // that the songs negate ..."), a nominal or adjectival secondary predicate ("was appointed
  // Chief Constable", "became a founding justice").
  const bool has_complement = std::any_of(
      slots.begin(), slots.end(), [](const Slot& s) { return s.role == Role::kComplement; });
  for (const int k : tree.Children(c.predicate)) {
    const bool clausal = tree.IsRel(k, "ccomp") && !has_complement;
    const bool nominal = tree.IsRel(k, "xcomp") && tree.Upos(k) != "VERB" && !tree.Child(k, "cop");
    if (clausal || nominal) slots.push_back({Role::kComplement, {k}, false});
    // An oblique without a preposition that names no date ("last week" when the recogniser
    // missed it, "several years later") still says when or how: a further argument.
    const bool taken = std::any_of(c.arguments.begin(), c.arguments.end(),
                                   [&](const ClauseArgument& a) { return a.head == k; });
    if (tree.IsRel(k, "obl") && !taken && !tree.Child(k, "case"))
      slots.push_back({Role::kOblique, {k}, false});
    // A counted stretch of time ("held for nearly fourteen years") is no node of the graph
    // (argument.h: IsCountedStretch), but Open IE quotes how long: a further argument.
    if (!taken && IsCountedStretch(tree, k)) slots.push_back({Role::kOblique, {k}, true});
  }
  std::sort(slots.begin(), slots.end(),
            [](const Slot& a, const Slot& b) { return a.heads.front() < b.heads.front(); });
  return slots;
}

// The words of a slot's alternative: a complement's whole clause without its complementiser, a
// phrase otherwise.
Tokens SlotPhrase(const nlp::DepTree& tree, const Slot& slot, int head) {
  if (slot.role == Role::kComplement && tree.Upos(head) == "VERB") {
    Tokens out = tree.Subtree(head);
    std::erase_if(out, [&](int t) { return tree.Head(t) == head && tree.IsRel(t, "mark"); });
    return TrimPunct(tree, std::move(out));
  }
  return Phrase(tree, head, false);
}

// The whole coordination of a slot ("in Paris and Rome"), for an argument after arg2.
Tokens WholeSlot(const nlp::DepTree& tree, const Slot& slot) {
  Tokens out;
  for (const int h : slot.heads) out = Joined(out, SlotPhrase(tree, slot, h));
  if (slot.heads.size() > 1) {
    const int first = out.front(), last = out.back();
    out.clear();
    for (int t = first; t <= last; ++t) out.push_back(t);
  }
  return out;
}

// The relation's words: the clause's (auxiliaries, negation, particle, verb, a controller's
// words), with the adverbs said between them ("have sharply improved") or right next to them
// ("effectively removes", "relies heavily on").
Tokens RelationOf(const nlp::DepTree& tree, const Clause& c) {
  Tokens out = c.relation_tokens;
  if (out.empty()) return out;
  const auto adverb = [&](int a) {
    return a >= 0 && a < tree.size() && tree.Head(a) == c.predicate && tree.IsRel(a, "advmod") &&
           tree.Upos(a) == "ADV" && tree.Children(a).empty();
  };
  for (const int a : tree.ChildrenWith(c.predicate, "advmod"))
    if (a > out.front() && a < c.predicate && adverb(a)) out.push_back(a);
  std::sort(out.begin(), out.end());
  for (int a = out.front() - 1; adverb(a); --a) out.insert(out.begin(), a);
  for (int a = out.back() + 1; adverb(a); ++a) out.push_back(a);
  return out;
}

// The clause kind's prior. More arguments do not lower it: an n-ary tuple was measured as
// precise as a binary one (a per-argument discount cost CaRB dev AUC 1.0).
double Prior(bool has_arg2, bool oblique_arg2, bool copula, bool has_rest) {
  if (!has_arg2) return has_rest ? 0.45 : 0.25;
  return copula ? 0.7 : oblique_arg2 ? 0.6 : 0.8;
}

double Adjusted(double prior, const Clause& c, const OpenIeTuple& t) {
  double p = prior;
  if (c.subject_source == SubjectSource::kRelative || c.subject_source == SubjectSource::kAdverbial)
    p *= 0.8;
  else if (c.subject_source != SubjectSource::kOwn)
    p *= 0.9;
  std::size_t words = t.relation.size();
  for (const Tokens& a : t.arguments) words += a.size();
  if (words > 25) p *= 0.85;
  return std::min(p, 0.99);
}

// A copula clause: "X is a member of Y", "X is wealthy", "X is in Oman" (the preposition moves
// into the relation), each coordinated nominal a tuple of its own.
void CopulaTuples(const nlp::DepTree& tree, const Clause& c, const Tokens& relation,
                  const std::vector<Tokens>& subjects, std::vector<OpenIeTuple>& out) {
  const int p = c.predicate;
  Tokens rel = Without(relation, {p});
  const Tokens marker = CaseTokens(tree, p);
  std::vector<int> nominals{p};
  for (const int k : tree.ChildrenWith(p, "conj"))
    if (!tree.Child(k, "cop") && !tree.Child(k, "nsubj") && tree.Upos(k) != "VERB")
      nominals.push_back(k);
  Tokens rest;
  for (const int o : tree.ChildrenWith(p, "obl")) rest = Joined(rest, Phrase(tree, o, false));
  for (const int n : nominals) {
    Tokens arg2 = tree.Subtree(n, [&](int k) {
      const std::string_view r = tree.BaseRel(k);
      return !In(r, kOutsidePhrase) && r != "nsubj" && r != "cop" && r != "aux" && r != "mark" &&
             r != "obl" && r != "advcl" && r != "csubj" && r != "expl" &&
             !(r == "advmod" && (tree.Lemma(k) == "not" || tree.Lemma(k) == "n't"));
    });
    arg2 = TrimPunct(tree, Without(arg2, marker));
    if (arg2.empty()) continue;
    for (const Tokens& s : subjects) {
      OpenIeTuple t;
      t.relation = n == p ? Joined(rel, marker) : rel;
      t.arguments = {s, arg2};
      if (!rest.empty()) t.arguments.push_back(rest);
      t.confidence = Adjusted(Prior(true, false, true, !rest.empty()), c, t);
      out.push_back(std::move(t));
    }
  }
}

// A verb clause: arg2 the first object or complement, else the first oblique after the verb with
// its preposition in the relation; the other slots after it.
void VerbTuples(const nlp::DepTree& tree, const Clause& c, const Tokens& relation,
                const std::vector<Tokens>& subjects, std::vector<OpenIeTuple>& out) {
  const std::vector<Slot> slots = SlotsOf(tree, c);
  int second = -1;
  for (std::size_t i = 0; i < slots.size() && second < 0; ++i)
    if (slots[i].role == Role::kObject || slots[i].role == Role::kComplement)
      second = static_cast<int>(i);
  bool oblique_arg2 = false;
  for (std::size_t i = 0; i < slots.size() && second < 0; ++i)
    if (slots[i].oblique && slots[i].heads.front() > c.predicate) {
      second = static_cast<int>(i);
      oblique_arg2 = true;
    }
  if (second < 0 && slots.empty() && tree.Child(c.predicate, "xcomp")) return;  // "tried to woo"
  std::vector<Tokens> rest;
  for (std::size_t i = 0; i < slots.size(); ++i)
    if (static_cast<int>(i) != second) rest.push_back(WholeSlot(tree, slots[i]));
  std::erase_if(rest, [](const Tokens& r) { return r.empty(); });
  std::vector<Tokens> seconds;
  Tokens marker;
  if (second >= 0) {
    const Slot& slot = slots[static_cast<std::size_t>(second)];
    if (oblique_arg2) marker = CaseTokens(tree, slot.heads.front());
    // "believed that ...": the complementiser ends the relation, as "in" does before a place.
    if (slot.role == Role::kComplement)
      for (const int m : tree.ChildrenWith(slot.heads.front(), "mark"))
        if (tree.Lemma(m) == "that" && m > c.predicate) marker.push_back(m);
    for (const int h : slot.heads) {
      Tokens phrase = SlotPhrase(tree, slot, h);
      if (oblique_arg2) phrase = Without(phrase, CaseTokens(tree, h));
      if (!phrase.empty()) seconds.push_back(std::move(phrase));
    }
  }
  // "..., officials said": what a parenthetical speech verb says is the clause it interrupts.
  const int governor = tree.Head(c.predicate);
  if (seconds.empty() && governor != nlp::DepTree::kNone && tree.IsRel(c.predicate, "parataxis") &&
      IsSpeechVerb(tree.Lemma(c.predicate)))
    if (Tokens said = TrimPunct(tree, Without(tree.Subtree(governor), tree.Subtree(c.predicate)));
        !said.empty())
      seconds.push_back(std::move(said));
  const double prior = Prior(!seconds.empty(), oblique_arg2, false, !rest.empty());
  const auto emit = [&](const Tokens& subject, const Tokens* arg2) {
    OpenIeTuple t;
    t.relation = Joined(relation, marker);
    t.arguments.push_back(subject);
    if (arg2) t.arguments.push_back(*arg2);
    for (const Tokens& r : rest) t.arguments.push_back(r);
    t.confidence = Adjusted(prior, c, t);
    out.push_back(std::move(t));
  };
  for (const Tokens& s : subjects) {
    if (seconds.empty()) emit(s, nullptr);
    for (const Tokens& o : seconds) emit(s, &o);
  }
}

OpenIeTuple NounTuple(std::string word, Tokens arg1, Tokens arg2, double confidence) {
  OpenIeTuple t;
  t.relation_word = std::move(word);
  t.arguments = {std::move(arg1), std::move(arg2)};
  t.confidence = confidence;
  return t;
}

// A noun phrase as the first argument of what it states by itself: without its own preposition
// ("in the film" -> "the film") and without the clauses and appositions on it.
Tokens NounPhrase(const nlp::DepTree& tree, int head) {
  return Without(Phrase(tree, head, true), CaseTokens(tree, head));
}

bool IsPlace(const nlp::DepTree& tree, int head) {
  const auto mention = tree.MentionOf(head);
  return mention &&
         (mention->type == "CITY" || mention->type == "COUNTRY" || mention->type == "LOCATION");
}

// "the textile mills in Kabul": (the textile mills; is in; Kabul), for a named place only (a
// thing "in 2019" or "in trouble" is not located).
void LocationTuples(const nlp::DepTree& tree, std::vector<OpenIeTuple>& out) {
  for (int n = 0; n < tree.size(); ++n) {
    if (!tree.IsRel(n, "nmod") || tree.Head(n) == nlp::DepTree::kNone || !IsPlace(tree, n))
      continue;
    const Tokens marker = CaseTokens(tree, n);
    if (marker.size() != 1 || tree.Lemma(marker.front()) != "in") continue;
    const int thing = tree.Head(n);
    Tokens arg1 = Without(NounPhrase(tree, thing), tree.Subtree(n));
    Tokens place = Without(Phrase(tree, n, true), marker);
    if (arg1.empty() || place.empty()) continue;
    OpenIeTuple t = NounTuple("is", std::move(arg1), std::move(place), 0.45);
    t.relation = marker;
    out.push_back(std::move(t));
  }
}

// "Lina Sorel, a former banker": (Lina Sorel; is; a former banker); the name comes first when
// the appositive is the name ("the bank's chairman, Ole Rask": (Ole Rask; is; the bank's
// chairman)).
void AppositionTuples(const nlp::DepTree& tree, std::vector<OpenIeTuple>& out) {
  for (int a = 0; a < tree.size(); ++a) {
    if (!tree.IsRel(a, "appos") || tree.Head(a) == nlp::DepTree::kNone) continue;
    const int noun = tree.Head(a);
    Tokens first = NounPhrase(tree, noun), second = NounPhrase(tree, a);
    if (first.empty() || second.empty()) continue;
    if (IsName(tree, a) && !IsName(tree, noun)) std::swap(first, second);
    // "Lancaster , Pennsylvania": a place beside a place is in it.
    const std::string word = IsPlace(tree, noun) && IsPlace(tree, a) ? "is in" : "is";
    out.push_back(NounTuple(word, std::move(first), std::move(second), 0.5));
  }
}

// "Kelso 's new depot": (Kelso; has; new depot). A pronoun owner names nobody without
// coreference, so it gives nothing.
void PossessiveTuples(const nlp::DepTree& tree, std::vector<OpenIeTuple>& out) {
  for (int o = 0; o < tree.size(); ++o) {
    if (!tree.IsRel(o, "nmod:poss") || tree.Upos(o) == "PRON" ||
        tree.Head(o) == nlp::DepTree::kNone)
      continue;
    const int owned = tree.Head(o);
    Tokens thing = tree.Subtree(owned, [&](int c) {
      return c != o && !In(tree.BaseRel(c), kOutsidePhrase) &&
             !In(tree.BaseRel(c), kOutsideSubject) && !tree.IsRel(c, "det") &&
             !tree.IsRel(c, "case");
    });
    thing = TrimPunct(tree, std::move(thing));
    const Tokens owner = Without(Phrase(tree, o, true), CaseTokens(tree, o));
    if (owner.empty() || thing.empty()) continue;
    // Ranked below what a verb states: "has" is the vaguest relation a phrase can imply.
    out.push_back(NounTuple("has", owner, std::move(thing), 0.3));
  }
}

// "President Ines Kade", "Colombian President Ines Kade": the words before a tagged person's
// name that say what the person is: (Ines Kade; is; Colombian President).
void TitleTuples(const nlp::DepTree& tree, std::vector<OpenIeTuple>& out) {
  for (int h = 0; h < tree.size(); ++h) {
    const auto person = tree.MentionOf(h);
    if (!person || person->type != "PERSON" || tree.Head(h) == nlp::DepTree::kNone ||
        (tree.Head(h) >= person->first && tree.Head(h) <= person->last))
      continue;
    Tokens title;
    for (const int c : tree.Children(h))
      if (c < person->first && (tree.IsRel(c, "compound") || tree.IsRel(c, "amod") ||
                                tree.IsRel(c, "flat") || tree.IsRel(c, "nmod:poss")))
        title = Joined(title, tree.Subtree(c));
    if (title.empty()) continue;
    Tokens name;
    for (int t = person->first; t <= person->last; ++t) name.push_back(t);
    out.push_back(NounTuple("is", std::move(name), std::move(title), 0.45));
  }
}

}  // namespace

std::vector<OpenIeTuple> OpenIeTuples(const nlp::AnalyzedSentence& sentence) {
  if (sentence.tokens.size() > kMaxClauseTokens) return {};
  const nlp::DepTree tree(sentence);
  std::vector<OpenIeTuple> out;
  for (const Clause& c : BuildClauses(tree)) {
    std::vector<Tokens> subjects;
    for (const int subject : c.subjects) {
      const int s = RelativeAntecedent(tree, c.predicate, subject);
      // A participle's noun may sit in a prepositional phrase ("upon a German armada preparing
      // to invade"): the subject is the noun without its preposition.
      if (Tokens phrase = Without(Phrase(tree, s, true, c.predicate), CaseTokens(tree, s));
          !phrase.empty())
        subjects.push_back(std::move(phrase));
    }
    if (subjects.empty()) continue;
    const Tokens relation = RelationOf(tree, c);
    if (c.copula)
      CopulaTuples(tree, c, relation, subjects, out);
    else
      VerbTuples(tree, c, relation, subjects, out);
  }
  AppositionTuples(tree, out);
  PossessiveTuples(tree, out);
  LocationTuples(tree, out);
  TitleTuples(tree, out);
  // A relation without a word of the sentence's own, or a tuple said twice, is no extraction.
  std::vector<OpenIeTuple> unique;
  for (OpenIeTuple& t : out) {
    if (t.relation.empty() && t.relation_word.empty()) continue;
    const bool repeated = std::any_of(unique.begin(), unique.end(), [&](const OpenIeTuple& u) {
      return u.relation == t.relation && u.arguments == t.arguments;
    });
    if (!repeated) unique.push_back(std::move(t));
  }
  return unique;
}

}  // namespace kg::extract
