// Clause rules: a subject link (S, SI, SX, SF) starts a clause; its verb chain, objects,
// prepositional arguments, passive agent and reported clause make the triples.
#include <algorithm>
#include <array>
#include <set>

#include "extract/link_grammar/rules.h"
#include "nlp/gazetteer.h"

namespace kg::extract {
namespace {

bool IsSubjectLink(std::string_view label) {
  const std::string_view type = LinkType(label);
  return type == "S" || type == "SI" || type == "RS" || type == "SX" || type == "SF" ||
         type == "SFI" || type == "SXI";
}

Phrase WithPreposition(Phrase phrase, TextSpan preposition) {
  phrase.tokens.insert(phrase.tokens.begin(), preposition);
  return phrase;
}

struct PrepArgument {
  int preposition;
  int object;
};

}  // namespace

void LinkRules::Clauses() {
  std::set<std::pair<int, int>> done;
  for (const ParsedLink& link : g_.links()) {
    if (!IsSubjectLink(link.label)) continue;
    const bool inverted = LinkType(link.label).find('I') != std::string_view::npos;
    const int subject = inverted ? link.right : link.left;
    const int verb = inverted ? link.left : link.right;
    if (g_.word(subject).is_wall || g_.word(verb).is_wall) continue;
    if (!done.insert({subject, verb}).second) continue;
    std::vector<int> subjects;
    for (const int s : Conjuncts(ResolveRelative(subject))) {
      const int r = ResolveRelative(s);
      // A misparse may make "of", "by" or a bare "and" the subject: no triple is better.
      if (!IsFunctionWord(r) && !IsVerbWord(r)) subjects.push_back(r);
    }
    if (subjects.empty()) continue;
    std::vector<VerbChain> chains;
    for (const int v : Conjuncts(verb)) {
      for (VerbChain& c : Chains(v)) chains.push_back(std::move(c));
    }
    ClauseWithVerbs(subjects, chains, inverted ? "inverted" : "clause");
  }
}

void LinkRules::ClauseWithVerbs(const std::vector<int>& subjects,
                                const std::vector<VerbChain>& chains, std::string_view rule) {
  // Conjoined verbs share what only one of them carries: "sell or merge hundreds of thrifts".
  std::vector<int> shared;
  for (const VerbChain& c : chains) {
    const int v = c.verbs.back();
    if (g_.HasRight(v, "O") || g_.HasRight(v, "MV", "p")) shared.push_back(v);
  }
  for (const VerbChain& chain : chains) {
    const int v = chain.verbs.back();
    const bool bare = !g_.HasRight(v, "O") && !g_.HasRight(v, "MV", "p") && !g_.HasRight(v, "TH") &&
                      !g_.HasRight(v, "C") && chain.adjective < 0;
    VerbArguments(subjects, chain, rule, bare ? shared : std::vector<int>{});
    AdjunctClauses(subjects, chain);
  }
}

// Clauses that hang on a verb and share its subject: "returned to Cleveland, working in clubs"
// (MVg), "cut prices to attract customers" (MVi, when the verb has an object of its own).
void LinkRules::AdjunctClauses(const std::vector<int>& subjects, const VerbChain& chain) {
  if (++adjunct_depth_ > 3) {
    --adjunct_depth_;
    return;
  }
  for (const int v : chain.verbs) {
    for (const int g : g_.Right(v, "MV", "g")) ClauseWithVerbs(subjects, Chains(g), "adjunct");
    if (!g_.HasRight(v, "O")) continue;  // without an object, "to" continued the chain itself
    for (const int to : g_.Right(v, "MV", "i")) {
      for (const int inf : g_.Right(to, "I")) {
        std::vector<VerbChain> chains = Chains(inf);
        for (VerbChain& c : chains) c.words.insert(c.words.begin(), to);
        ClauseWithVerbs(subjects, chains, "adjunct");
      }
    }
  }
  --adjunct_depth_;
}

void LinkRules::VerbArguments(const std::vector<int>& subjects, const VerbChain& chain,
                              std::string_view rule, const std::vector<int>& borrowed) {
  const int content = chain.verbs.back();
  std::string predicate;
  if (chain.adjective >= 0) {
    predicate = "be " + Lower(chain.adjective);
  } else {
    const std::vector<int> idiom = g_.Left(content, "_");
    predicate =
        idiom.empty() ? VerbLemma(content) : VerbLemma(idiom.front()) + " " + Lower(content);
    for (const int k : g_.Right(content, "K")) predicate += " " + Lower(k);
  }
  if (ReportedSpeech(subjects, chain)) return;

  std::vector<int> objects;
  std::vector<PrepArgument> preps;
  std::vector<int> agents;
  std::vector<int> heads = chain.verbs;
  heads.insert(heads.end(), borrowed.begin(), borrowed.end());
  for (const int v : heads) {
    for (const int o : g_.Right(v, "O")) {
      for (const int c : Conjuncts(o)) {
        if (!IsVerbWord(c)) objects.push_back(c);  // "enters X and flows": not an object
      }
    }
    // "the system which he patented": the noun before an object relative is the verb's object.
    if (g_.Right(v, "O").empty() && g_.Left(v, "RS").empty()) {
      for (const int b : g_.Left(v, "B")) {
        if (IsNounWord(b) && !IsFunctionWord(b) &&
            std::find(subjects.begin(), subjects.end(), b) == subjects.end()) {
          objects.push_back(b);
        }
      }
    }
    std::vector<int> prep_words = g_.Right(v, "MV", "p");
    for (const int x : g_.Right(v, "MV", "x")) prep_words.push_back(x);
    for (const int x : g_.Right(v, "P", "p")) prep_words.push_back(x);
    for (const int p : prep_words) {
      std::vector<int> complements = g_.Right(p, "J");
      for (const int x : g_.Right(p, "IN")) complements.push_back(x);  // "in 1913"
      for (const int j : complements) {
        for (const int c : Conjuncts(j)) {
          if (chain.passive && Lower(p) == "by") {
            agents.push_back(c);
          } else {
            preps.push_back({p, c});
          }
        }
      }
    }
  }
  const auto base = [&](int subject) {
    SentenceTriple t;
    t.subject = NounPhrase(subject);
    t.relation = Spans(chain.words);
    t.predicate = predicate;
    t.negated = chain.negated;
    t.modality = chain.modality;
    if (auto opener = Opener(subject)) t.extras.push_back(std::move(*opener));
    return t;
  };
  const auto pp_phrase = [&](const PrepArgument& a) {
    return WithPreposition(NounPhrase(a.object), SpanOf(a.preposition));
  };

  // Passive with its agent: the agent is the doer ("missiles were funded by Denmark").
  if (!agents.empty()) {
    for (const int a : agents) {
      for (const int s : subjects) {
        SentenceTriple t = base(a);
        t.object = NounPhrase(s);
        t.relation.push_back(SpanOf(g_.Left(a, "J").empty() ? a : g_.Left(a, "J").front()));
        std::sort(t.relation.begin(), t.relation.end(),
                  [](const TextSpan& x, const TextSpan& y) { return x.start < y.start; });
        t.rule = "passive-agent";
        t.swapped = true;
        for (const auto& p : preps) t.extras.push_back(pp_phrase(p));
        Emit(std::move(t));
      }
    }
    return;
  }
  for (const int s : subjects) {
    for (const int o : objects) LightVerb(s, chain, o);
  }
  if (!objects.empty()) {
    for (const int s : subjects) {
      for (const int o : objects) {
        SentenceTriple t = base(s);
        t.object = NounPhrase(o);
        t.rule = chain.copula ? "copula" : std::string(rule) + "-object";
        for (const auto& p : preps) {
          // A preposition the object's phrase already holds ("the river on the freeway").
          const TextSpan ps = SpanOf(p.preposition);
          if (std::find(t.object.tokens.begin(), t.object.tokens.end(), ps) ==
              t.object.tokens.end()) {
            t.extras.push_back(pp_phrase(p));
          }
        }
        Emit(std::move(t));
      }
      // Each prepositional argument is also an edge of its own in the graph.
      for (const auto& p : preps) {
        SentenceTriple t = base(s);
        t.object = NounPhrase(p.object);
        t.relation.push_back(SpanOf(p.preposition));
        t.predicate += " " + Lower(p.preposition);
        t.rule = "verb-preposition";
        t.use = TripleUse::kGraphOnly;
        Emit(std::move(t));
      }
    }
    return;
  }
  if (!preps.empty()) {
    for (const int s : subjects) {
      for (std::size_t i = 0; i < preps.size(); ++i) {
        SentenceTriple t = base(s);
        t.object = NounPhrase(preps[i].object);
        t.relation.push_back(SpanOf(preps[i].preposition));
        t.predicate += " " + Lower(preps[i].preposition);
        t.rule = chain.passive ? "passive-preposition" : "verb-preposition";
        // The first argument carries the others; the rest are graph edges only.
        if (i == 0) {
          for (std::size_t k = 1; k < preps.size(); ++k) t.extras.push_back(pp_phrase(preps[k]));
        } else {
          t.use = TripleUse::kGraphOnly;
        }
        Emit(std::move(t));
      }
    }
    return;
  }
  for (const int s : subjects) {
    SentenceTriple t = base(s);
    t.rule = "subject-verb";
    Emit(std::move(t));
  }
}

bool LinkRules::ReportedSpeech(const std::vector<int>& subjects, const VerbChain& chain) {
  const int content = chain.verbs.back();
  Phrase clause;
  // "said that Y did Z" (TH to "that", CV or C to the clause) or "said Y did Z" (C/Ce directly).
  for (const int th : g_.Right(content, "TH")) {
    for (const int v : g_.Right(th, "CV")) clause = ClausePhrase(v, th);
    if (clause.empty()) {
      for (const int c : g_.Right(th, "C")) clause = ClausePhrase(c, th);
    }
  }
  if (clause.empty()) {
    for (const int c : g_.Right(content, "C")) clause = ClausePhrase(c, content + 1);
  }
  const bool speech = nlp::Gazetteer::IsSpeechVerb(VerbLemma(content));
  if (clause.empty() && speech && g_.Right(content, "O").empty()) {
    // A quotation in the same sentence: "He stated, "We ..."" or ""...," he said".
    const std::size_t open = sentence_.find('"');
    const std::size_t close = open == std::string_view::npos ? open : sentence_.find('"', open + 1);
    if (close != std::string_view::npos && close > open + 1) {
      std::vector<int> inside;
      for (int w = 0; w < g_.size(); ++w) {
        if (!g_.word(w).is_wall && g_.word(w).start > open && g_.word(w).end <= close)
          inside.push_back(w);
      }
      while (!inside.empty() &&
             Text(inside.back()).find_first_not_of(".,;:!?") == std::string::npos) {
        inside.pop_back();
      }
      clause.tokens = Spans(inside);
      clause.name = clause.tokens;
      clause.clause = true;
    }
  }
  if (clause.empty() && speech && g_.Right(content, "O").empty())
    clause = SpeechBefore(content, subjects);
  if (clause.empty()) return false;
  for (const int s : subjects) {
    SentenceTriple t;
    t.subject = NounPhrase(s);
    t.relation = Spans(chain.words);
    t.predicate = speech ? "say" : VerbLemma(content);
    t.negated = chain.negated;
    t.modality = chain.modality;
    t.object = clause;
    t.rule = speech ? "speech" : "clause-complement";
    t.subject.speaker = speech;
    Emit(std::move(t));
  }
  return true;
}

// "had meetings with Zelenskyy", "held talks with the rebels": a light verb with an event noun
// means the noun's verb ("meet", "talk") with the noun's partner. An edge for the graph.
void LinkRules::LightVerb(int subject, const VerbChain& chain, int noun) {
  static constexpr std::array<std::string_view, 7> kLightVerbs = {"have", "hold",    "make", "give",
                                                                  "take", "conduct", "pay"};
  const std::string light = VerbLemma(chain.verbs.back());
  if (std::find(kLightVerbs.begin(), kLightVerbs.end(), light) == kLightVerbs.end()) return;
  std::string event = lexicon_.NounLemma(Lower(noun));
  if (event.ends_with("ing") && lexicon_.IsVerb(event.substr(0, event.size() - 3))) {
    event.resize(event.size() - 3);
  }
  if (!lexicon_.IsVerb(event)) return;
  std::vector<int> preps = g_.Right(noun, "M", "p");
  for (const int p : g_.Right(chain.verbs.back(), "MV", "p")) preps.push_back(p);
  for (const int p : preps) {
    const std::string prep = Lower(p);
    if (prep != "with" && prep != "to" && prep != "between" && prep != "on" && prep != "for")
      continue;
    for (const int j : g_.Right(p, "J")) {
      for (const int partner : Conjuncts(j)) {
        SentenceTriple t;
        t.subject = NounPhrase(subject);
        t.object = NounPhrase(partner);
        std::vector<int> words = chain.words;
        words.push_back(noun);
        words.push_back(p);
        t.relation = Spans(words);
        t.predicate = prep == "with" ? event : event + " " + prep;
        t.negated = chain.negated;
        t.modality = chain.modality;
        t.rule = "light-verb";
        t.use = TripleUse::kGraphOnly;
        Emit(std::move(t));
      }
    }
  }
}

// "In 1981, the pair developed ...", "At this point, the player ...": the opener before the
// comma (CO links it to the subject) is an argument of the clause: its time or place.
std::optional<Phrase> LinkRules::Opener(int subject) const {
  int first = subject;
  for (const int w : g_.Left(subject, "CO")) first = std::min(first, w);
  if (first == subject) return std::nullopt;
  // The opener's own modifiers come before its head ("That night"): start at the sentence start
  // when nothing but the opener stands before the comma.
  int comma = first;
  while (comma < subject && Text(comma) != ",") ++comma;
  if (comma < subject) first = 1;
  std::vector<int> words;
  for (int w = first; w < comma; ++w) words.push_back(w);
  if (words.empty() || words.size() > 8) return std::nullopt;
  Phrase p;
  p.tokens = Spans(words);
  p.name = p.tokens;
  return p;
}

// "Prices will rise, says the bank" / "Prices will rise, the bank says": what was said is the
// clause before the comma that precedes the speaker and the verb.
Phrase LinkRules::SpeechBefore(int verb, const std::vector<int>& subjects) const {
  int start = verb;
  for (const int s : subjects) start = std::min(start, s);
  int comma = -1;
  for (int w = start - 1; w > 0; --w) {
    if (Text(w) == "," || Text(w) == "\"") {
      comma = w;
      break;
    }
    // Only the speaker's own words may stand between the comma and the verb.
    if (w < start && g_.HasRight(w, "S")) return {};
  }
  if (comma < 4) return {};
  std::vector<int> words;
  for (int w = 1; w < comma; ++w) {
    if (!IsPunctuationWord(w) || !words.empty()) words.push_back(w);
  }
  while (!words.empty() && IsPunctuationWord(words.back())) words.pop_back();
  bool has_clause = false;
  for (const int w : words) has_clause = has_clause || g_.HasRight(w, "S") || g_.HasLeft(w, "S");
  if (!has_clause) return {};
  Phrase p;
  p.tokens = Spans(words);
  p.name = p.tokens;
  p.clause = true;
  return p;
}

}  // namespace kg::extract
