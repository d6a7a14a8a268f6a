#include "extract/clauses/copular_content.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/rules/modality.h"

namespace kg::extract {

namespace {

constexpr int kNone = nlp::DepTree::kNone;

// Nouns whose specifying clause is a fact the sentence states: "the problem is that ...".
constexpr std::array<std::string_view, 23> kFactNouns{
    "problem",     "fact",       "reason",   "result",  "truth",  "trouble",
    "difficulty",  "difference", "news",     "answer",  "effect", "consequence",
    "explanation", "message",    "snag",     "irony",   "upshot", "change",
    "feature",     "advantage",  "drawback", "benefit", "point"};

// Nouns that name a proposition, a goal or a way, never a doer of the infinitive after "is to"
// ("the aim is to redress", "the only recourse is to foreclose").
constexpr std::array<std::string_view, 39> kPropositionNouns{
    "aim",        "goal",     "objective", "purpose",     "idea",
    "intention",  "plan",     "priority",  "alternative", "option",
    "solution",   "answer",   "effect",    "result",      "recommendation",
    "suggestion", "proposal", "issue",     "task",        "job",
    "role",       "mission",  "strategy",  "policy",      "philosophy",
    "scope",      "recourse", "thing",     "target",      "function",
    "step",       "move",     "way",       "hope",        "challenge",
    "problem",    "question", "point",     "concern"};

bool Contains(const auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

int OuterSubject(const nlp::DepTree& tree, int predicate) {
  for (const int c : tree.Children(predicate))
    if (tree.Rel(c) == "nsubj:outer") return c;
  return kNone;
}

}  // namespace

int CopularContentSubject(const nlp::DepTree& tree, int predicate) {
  if (predicate < 0 || predicate >= tree.size() || tree.Upos(predicate) != "VERB" ||
      tree.token(predicate).xpos == "VBG" || OuterSubject(tree, predicate) == kNone)
    return kNone;
  const auto cop = tree.Child(predicate, "cop");
  if (!cop) return kNone;
  for (const int c : tree.Children(predicate))
    if (tree.BaseRel(c) == "nsubj" && tree.Rel(c) != "nsubj:outer" && c > *cop) return c;
  return kNone;
}

std::optional<std::string> CopularContentStance(const nlp::DepTree& tree, int predicate) {
  if (tree.HasChildLemma(predicate, "mark", {"whether", "if"})) return std::string("whether");
  const int outer = OuterSubject(tree, predicate);
  if (outer == kNone) return std::nullopt;
  const std::string noun = tree.Lemma(outer);
  if (Contains(kFactNouns, noun)) return std::nullopt;
  if (const auto stance = ContentClauseStance(noun)) return stance;
  return noun;
}

bool IsBeToPlan(const nlp::DepTree& tree, int predicate) {
  if (predicate < 0 || predicate >= tree.size() || tree.Upos(predicate) != "VERB") return false;
  // "is to be sold": a finite "be" before the "to".
  for (const int to : tree.ChildrenWith(predicate, "mark"))
    if (tree.Lemma(to) == "to")
      for (const int aux : tree.ChildrenWith(predicate, "aux")) {
        const std::string& xpos = tree.token(aux).xpos;
        if (aux < to && tree.Lemma(aux) == "be" && tree.Rel(aux) == "aux" &&
            (xpos == "VBZ" || xpos == "VBP" || xpos == "VBD"))
          return true;
      }
  if (!tree.HasChildLemma(predicate, "cop", {"be"}) ||
      !tree.HasChildLemma(predicate, "mark", {"to"}))
    return false;
  const int outer = OuterSubject(tree, predicate);
  if (outer == kNone) return false;
  for (const int c : tree.Children(predicate))
    if (tree.BaseRel(c) == "nsubj" && c != outer) return false;
  // "The pick-up in the economy is to blame": an idiom of fault, no plan.
  if (tree.Lemma(predicate) == "blame") return false;
  const std::string& upos = tree.Upos(outer);
  if (upos == "PROPN") return true;
  if (upos == "PRON") {
    static constexpr std::array<std::string_view, 9> kDoers{"it", "they", "he",  "she", "we",
                                                            "i",  "you",  "who", "that"};
    return Contains(kDoers, tree.Lemma(outer));
  }
  // Nor a plan's, a proposal's or a means' noun ("the initiative was to develop relations").
  return upos == "NOUN" && !Contains(kPropositionNouns, tree.Lemma(outer)) &&
         !InfinitiveStance(tree.Lemma(outer));
}

int OwnedAim(const nlp::DepTree& tree, int predicate) {
  static constexpr std::array<std::string_view, 11> kAims{
      "aim",      "goal",     "objective", "purpose", "intention", "plan",
      "priority", "strategy", "mission",   "target",  "ambition"};
  if (predicate < 0 || predicate >= tree.size() || tree.Upos(predicate) != "VERB" ||
      !tree.HasChildLemma(predicate, "cop", {"be"}) ||
      !tree.HasChildLemma(predicate, "mark", {"to"}))
    return kNone;
  const int outer = OuterSubject(tree, predicate);
  if (outer == kNone || !Contains(kAims, tree.Lemma(outer))) return kNone;
  for (const int c : tree.Children(predicate))
    if (tree.BaseRel(c) == "nsubj" && c != outer) return kNone;
  return tree.Child(outer, "nmod:poss") ? outer : kNone;
}

}  // namespace kg::extract
