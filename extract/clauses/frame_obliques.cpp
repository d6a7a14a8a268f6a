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
// right, nor "impose" and "levy" ("tariffs on imports" is one thing).
constexpr std::array<Frame, 50> kFrames{{
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
    {"rob", "of"},         {"deprive", "of"},
}};

bool TakesPhrase(std::string_view verb, std::string_view preposition) {
  return std::any_of(kFrames.begin(), kFrames.end(), [&](const Frame& f) {
    return f.verb == verb && f.preposition == preposition;
  });
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
    if (object < 0 || object > n || BaseRel(s.At(object)) != "obj") continue;
    const int verb = s.Head(object);
    // A verb with a subject of its own: an oblique of a controlled or borrowed clause ("plans
    // to exchange X for Y") is no edge of the graph (graph_edges.h), its obj-nmod edge is.
    if (verb < 0 || verb > object || s.At(verb).upos != "VERB" || !HasSubject(s, verb)) continue;
    const std::string preposition = PrepositionOf(s, n);
    if (preposition.empty() || !TakesPhrase(s.At(verb).lemma, preposition)) continue;
    // "of" only before a gerund: "the government of Japan" is one phrase.
    const bool of_gerund = gerund || ((s.At(n).xpos == "VBG" || s.At(n).xpos == "NN") &&
                                      s.At(n).form.ends_with("ing"));
    if (preposition == "of" && !of_gerund) continue;
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
