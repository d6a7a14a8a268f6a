#include "extract/clauses/frame_obliques.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

// A verb and the preposition of the phrase its frame takes after its object.
struct Frame {
  std::string_view verb;
  std::string_view preposition;
};

// Not the verbs of giving and sending ("gave it access to", "send a mission to Brazil"), whose
// "to" phrase is as often the noun's ("access to the books") and whose obj-nmod edge is already
// right, nor "impose" and "levy" ("tariffs on imports" is one thing). The last sixteen put their
// object somewhere or in relation to something ("pegs its dinar to a basket", "compared the rise
// with ..."); the last five leave it with a body or a holder ("filed a proposal with the
// commission", "placed the shares with investors": sheet 1237 judged the node "proposal with the
// Arkansas Public Service Commission" junk).
constexpr std::array<Frame, 69> kFrames{{
    {"attribute", "to"},   {"ascribe", "to"},    {"blame", "for"},     {"sue", "for"},
    {"fine", "for"},       {"criticize", "for"}, {"criticise", "for"}, {"thank", "for"},
    {"praise", "for"},     {"punish", "for"},    {"reward", "for"},    {"exchange", "for"},
    {"swap", "for"},       {"trade", "for"},     {"replace", "with"},  {"provide", "with"},
    {"supply", "with"},    {"present", "with"},  {"charge", "with"},   {"credit", "with"},
    {"convert", "into"},   {"turn", "into"},     {"divide", "into"},   {"split", "into"},
    {"transform", "into"}, {"regard", "as"},     {"view", "as"},       {"describe", "as"},
    {"treat", "as"},       {"classify", "as"},   {"appoint", "as"},    {"elect", "as"},
    {"designate", "as"},   {"oppose", "as"},     {"reject", "as"},     {"dismiss", "as"},
    {"invest", "in"},      {"spend", "on"},      {"focus", "on"},      {"base", "on"},
    {"accuse", "of"},      {"suspect", "of"},    {"convict", "of"},    {"warn", "of"},
    {"inform", "of"},      {"remind", "of"},     {"notify", "of"},     {"advise", "of"},
    {"link", "to"},        {"tie", "to"},        {"peg", "to"},        {"change", "to"},
    {"switch", "to"},      {"shift", "to"},      {"move", "to"},       {"transfer", "to"},
    {"convert", "to"},     {"compare", "with"},  {"compare", "to"},    {"limit", "to"},
    {"restrict", "to"},    {"confine", "to"},    {"add", "to"},        {"apply", "to"},
    {"file", "with"},      {"lodge", "with"},    {"register", "with"}, {"deposit", "with"},
    {"place", "with"},
}};

// Nouns whose "as" phrase is the role they speak of ("his role as chairman", "its position as
// market leader", "the dollar's status as a reserve currency", "six years as chairman"): that
// phrase stays the noun's. Lemmas.
constexpr std::array<std::string_view, 36> kRoleNouns{
    "role",        "position",   "post",     "job",         "status",         "capacity",
    "term",        "tenure",     "career",   "stint",       "experience",     "reputation",
    "appointment", "nomination", "election", "resignation", "retirement",     "designation",
    "debut",       "success",    "function", "duty",        "responsibility", "service",
    "place",       "title",      "rank",     "standing",    "image",          "year",
    "month",       "week",       "day",      "decade",      "time",           "period"};

// Verbs of taking away whose "of" phrase names what is taken (Levin 1993, 10.6 "verbs of
// possessional deprivation: cheat verbs"). Lemmas.
bool IsRemovalVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 8> kRemoval{"rob", "deprive", "drain", "strip",
                                                            "rid", "relieve", "purge", "cleanse"};
  return std::find(kRemoval.begin(), kRemoval.end(), lemma) != kRemoval.end();
}

bool TakesPhrase(std::string_view verb, std::string_view preposition) {
  if (preposition == "of" && IsRemovalVerb(verb)) return true;
  return std::any_of(kFrames.begin(), kFrames.end(), [&](const Frame& f) {
    return f.verb == verb && f.preposition == preposition;
  });
}

// Whether the "as" of n compares or opens a clause rather than predicates: the object has "such"
// or "same" ("such gestures as", "the same price as"), the "as" is part of a fixed expression
// ("as well as"), or n has a verb's words of its own ("had continued as had expansion").
bool ComparesWithAs(const TokenTree& s, int object, int n) {
  const int as = s.Child(n, "case");
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) == object &&
        (nlp::Lower(s.At(c).form) == "such" || nlp::Lower(s.At(c).form) == "same"))
      return true;
    if (as >= 0 && s.Head(c) == as) return true;
    const std::string_view rel = BaseRel(s.At(c));
    if (s.Head(c) == n && (rel == "aux" || rel == "cop" || rel == "nsubj")) return true;
  }
  return false;
}

// The preposition of n: its case (an nmod) or its marker (a gerund acl), lower case; "" when none.
std::string PrepositionOf(const TokenTree& s, int n) {
  const std::string_view rel = BaseRel(s.At(n));
  const int word = s.Child(n, rel == "nmod" ? "case" : "mark");
  return word < 0 || word > n ? "" : nlp::Lower(s.At(word).form);
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 1; n < s.size(); ++n) {
    const bool nominal = s.At(n).deprel == "nmod";
    const bool gerund = s.At(n).deprel == "acl" && s.At(n).xpos == "VBG";
    if (!nominal && !gerund) continue;
    const int object = s.Head(n);
    // The object, or for a bare "as" phrase an oblique's noun too ("accounted for the item as
    // income").
    if (object < 0 || object > n ||
        (BaseRel(s.At(object)) != "obj" && BaseRel(s.At(object)) != "obl"))
      continue;
    const int verb = s.Head(object);
    // A verb with a subject of its own: an oblique of a controlled or borrowed clause ("plans
    // to exchange X for Y") is no edge of the graph (graph_edges.h), its obj-nmod edge is.
    // Or a verb conjoined to one that has ("had been carrying ... and accounted for the item as
    // income").
    if (verb < 0 || verb > object || s.At(verb).upos != "VERB") continue;
    if (!HasSubject(s, verb) &&
        !(BaseRel(s.At(verb)) == "conj" && s.Head(verb) >= 0 && HasSubject(s, s.Head(verb))))
      continue;
    const std::string preposition = PrepositionOf(s, n);
    if (preposition.empty()) continue;
    // "listed the loans as assets", "accounted for the item as income": a bare "as" phrase after
    // a common noun object is what the verb makes of it, whatever the verb, unless the noun names
    // a role ("his role as chairman") or the "as" is a comparison's ("such gestures as",
    // "the same price as", "as well as").
    // ("as a whole" is an idiom of the noun: "the program as a whole".)
    const bool as_role =
        preposition == "as" && s.At(object).upos == "NOUN" && s.At(n).upos == "NOUN" &&
        s.At(n).lemma != "whole" &&
        std::find(kRoleNouns.begin(), kRoleNouns.end(), s.At(object).lemma) == kRoleNouns.end() &&
        !s.At(object).form.ends_with("ing") && !ComparesWithAs(s, object, n);
    if (!(TakesPhrase(s.At(verb).lemma, preposition) && BaseRel(s.At(object)) == "obj") && !as_role)
      continue;
    // "of" only before a gerund: "the government of Japan" is one phrase. But a verb of taking
    // away takes its "of" after a common noun whatever follows ("drained the domestic money
    // market of liquidity", "stripped the bank of its licence").
    const bool of_gerund = gerund || ((s.At(n).xpos == "VBG" || s.At(n).xpos == "NN") &&
                                      s.At(n).form.ends_with("ing"));
    if (preposition == "of" && !of_gerund &&
        !(IsRemovalVerb(s.At(verb).lemma) && s.At(object).upos == "NOUN"))
      continue;
    // Right after the object's phrase: no other modifier of the object before it.
    bool first = true;
    for (int c = object + 1; c < n && first; ++c)
      first = !(s.Head(c) == object && (BaseRel(s.At(c)) == "nmod" || BaseRel(s.At(c)) == "acl"));
    if (!first) continue;
    s.Attach(n, verb, gerund ? "advcl" : "obl");
  }
}

}  // namespace

void RepairFrameObliques(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
