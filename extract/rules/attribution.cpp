#include "extract/rules/attribution.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extract/rules/negation.h"
#include "nlp/words.h"

namespace kg::extract {

namespace {

// Verbs of thinking, suspecting and asking among the speech verbs: what their subject believes,
// fears or asks is not something said, so their edges keep the verb.
constexpr std::array<std::string_view, 15> kNotSaying{
    "believe", "think",     "suspect", "fear",     "estimate", "conclude", "predict", "ask",
    "accuse",  "speculate", "reckon",  "forecast", "surmise",  "guess",    "find"};

}  // namespace

std::string SpeechPredicate(std::string_view lemma) {
  if (IsDenial(lemma) || std::find(kNotSaying.begin(), kNotSaying.end(), lemma) != kNotSaying.end())
    return std::string(lemma);
  return IsSpeechVerb(lemma) ? "say" : std::string(lemma);
}

bool IsAddressingVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 6> kAddressing{"tell",   "inform", "assure",
                                                               "remind", "notify", "warn"};
  return std::find(kAddressing.begin(), kAddressing.end(), lemma) != kAddressing.end();
}

bool IsSpeechVerb(std::string_view lemma) { return nlp::IsVerbOfSaying(lemma) || IsDenial(lemma); }

bool IsQuotingVerb(std::string_view lemma) { return lemma == "quote" || lemma == "cite"; }

namespace {

// "when terms would be set according to market conditions", "vary according to changes in
// turnover", "reset quarterly according to the formula": a manner, no source. The phrase runs on
// from the verb, with no comma, dash, quote or bracket before "according" and not opening the
// sentence, and its noun is one of the standards things are set or vary by (no person, no paper).
bool IsMannerOfSetting(const nlp::DepTree& tree, int oblique) {
  static constexpr std::array<std::string_view, 18> kStandards{
      "condition", "change",    "formula", "system",    "term",      "plan",
      "schedule",  "need",      "demand",  "share",     "rule",      "principle",
      "size",      "criterion", "merit",   "guideline", "procedure", "performance"};
  if (tree.Upos(oblique) != "NOUN" ||
      std::find(kStandards.begin(), kStandards.end(), tree.Lemma(oblique)) == kStandards.end())
    return false;
  const int first = tree.Subtree(oblique).front();
  return first > 0 && tree.Upos(first - 1) != "PUNCT";
}

}  // namespace

bool IsAccordingTo(const nlp::DepTree& tree, int oblique) {
  return tree.HasChildLemma(oblique, "case", {"according", "accord"}) &&
         !IsMannerOfSetting(tree, oblique);
}

namespace {

// The clause's own "according to X" (an obl, advcl or nmod of its predicate), or nullopt.
std::optional<int> OwnAccordingTo(const nlp::DepTree& tree, int predicate) {
  for (const int c : tree.Children(predicate))
    if ((tree.IsRel(c, "obl") || tree.IsRel(c, "advcl") || tree.IsRel(c, "nmod")) &&
        IsAccordingTo(tree, c))
      return c;
  return std::nullopt;
}

// True when the phrase `source` ends the sentence after a comma: ", according to Dale Mohler."
bool EndsTheSentence(const nlp::DepTree& tree, int source) {
  const std::vector<int> words = tree.Subtree(source);
  int last = tree.size() - 1;
  while (last > 0 && tree.Upos(last) == "PUNCT") --last;
  if (words.back() != last) return false;
  // The comma may hang on the phrase itself.
  if (tree.token(words.front()).form == ",") return true;
  return words.front() > 0 && tree.token(words.front() - 1).form == ",";
}

}  // namespace

std::optional<Quotation> SentenceQuotation(const nlp::DepTree& tree) {
  std::vector<int> marks;
  for (int t = 0; t < tree.size(); ++t) {
    if (nlp::IsQuotationMark(tree.token(t).form)) marks.push_back(t);
  }
  if (marks.size() != 2 || marks[1] - marks[0] < 3) return std::nullopt;
  const auto inside = [&](int t) { return t > marks[0] && t < marks[1]; };
  std::optional<Quotation> found;
  for (int v = 0; v < tree.size(); ++v) {
    if (inside(v) || tree.Upos(v) != "VERB" || !IsSpeechVerb(tree.Lemma(v))) continue;
    // The parse may hang a subject from inside the quotation on the verb too.
    for (const int subject : tree.ChildrenWith(v, "nsubj")) {
      if (inside(subject)) continue;
      if (found) return std::nullopt;
      found = Quotation{marks[0] + 1, marks[1] - 1, subject};
    }
  }
  return found;
}

std::optional<int> SentenceSource(const nlp::DepTree& tree) {
  // Most sentences have no "according": one pass over the forms first.
  bool according = false;
  for (int t = 0; t < tree.size() && !according; ++t)
    according = tree.token(t).form == "according" || tree.token(t).form == "According";
  if (!according) return std::nullopt;
  for (int t = 0; t < tree.size(); ++t)
    if ((tree.IsRel(t, "obl") || tree.IsRel(t, "advcl") || tree.IsRel(t, "nmod")) &&
        IsAccordingTo(tree, t) && EndsTheSentence(tree, t))
      return t;
  return std::nullopt;
}

namespace {

// Whether token t is a comma that opens a continuation after a speech: ", adding that ...", ",
// but officials said ...", ", while ...".
bool IsContinuation(const nlp::DepTree& tree, int t) {
  if (t < 0 || t + 1 >= tree.size() || tree.token(t).form != ",") return false;
  const std::string next = tree.Lower(t + 1);
  return next == "but" || next == "and" || next == "while" || next == "although" ||
         next == "though" || next == "whereas" ||
         (tree.token(t + 1).xpos == "VBG" && tree.Upos(t + 1) == "VERB");
}

}  // namespace

std::optional<TrailingSpeech> SentenceTrailingSpeech(const nlp::DepTree& tree) {
  int last = tree.size() - 1;
  while (last > 0 && tree.Upos(last) == "PUNCT") --last;
  // The last verb of saying with a subject of its own that is such a speech: at the end, or
  // before a continuation.
  for (int v = last; v >= 0; --v) {
    if (tree.Upos(v) != "VERB" || !nlp::IsVerbOfSaying(tree.Lemma(v))) continue;
    const auto subject = tree.Child(v, "nsubj");
    if (!subject) continue;
    // The subject's first word: the parse may hang the comma before it on it.
    const std::vector<int> words = tree.Subtree(*subject);
    const auto first =
        std::find_if(words.begin(), words.end(), [&](int w) { return tree.Upos(w) != "PUNCT"; });
    const int start = std::min(v, first == words.end() ? v : *first);
    if (start < 2) continue;
    const std::string& before = tree.token(start - 1).form;
    const bool quote = before == "\"" || before == "''" || before == "\xE2\x80\x9D";
    if (before != "," && !(quote && tree.token(start - 2).form == ",")) continue;
    // After the comma: the verb, and whole phrases the verb governs (its subject, its adjuncts),
    // none a complement or object; then the sentence's end, or a comma that opens a
    // continuation: a participle ("..., traders said, adding that ...") or a coordinated clause
    // ("..., sources said, but officials would only say ..."), which is no part of the report.
    std::vector<bool> covered(static_cast<std::size_t>(tree.size()), false);
    covered[static_cast<std::size_t>(v)] = true;
    bool complement = false;
    for (const int c : tree.Children(v)) {
      if (c < start) continue;
      const std::vector<int> phrase = tree.Subtree(c);
      const bool continuation = c > v && phrase.front() > v && IsContinuation(tree, phrase.front());
      const std::string_view rel = tree.BaseRel(c);
      if (continuation) continue;
      if (rel == "ccomp" || rel == "obj" || rel == "xcomp" || rel == "parataxis") complement = true;
      for (const int w : phrase) covered[static_cast<std::size_t>(w)] = true;
    }
    int end = start;
    while (end <= last && covered[static_cast<std::size_t>(end)]) ++end;
    if (!complement && (end > last || IsContinuation(tree, end)))
      return TrailingSpeech{v, *subject, start};
  }
  return std::nullopt;
}

std::optional<int> AccordingTo(const nlp::DepTree& tree, int predicate) {
  if (const auto own = OwnAccordingTo(tree, predicate)) return own;
  // Parsers often hang a parenthetical "according to X" on the subject or object beside it
  // ("Senior diplomats, according to the Tribune, met ..."): it still sources the clause.
  for (const int arg : tree.Children(predicate)) {
    const std::string_view rel = tree.BaseRel(arg);
    if (rel != "nsubj" && rel != "obj") continue;
    for (const int n : tree.ChildrenWith(arg, "nmod"))
      if (IsAccordingTo(tree, n)) return n;
  }
  return std::nullopt;
}

std::optional<int> ParentheticalSpeech(const nlp::DepTree& tree, int predicate) {
  for (const int c : tree.Children(predicate)) {
    // "..., Western officials said Wednesday" is often parsed as an advcl: after the clause and
    // without a subordinator it is the same parenthetical.
    const bool trailing_adverbial =
        tree.IsRel(c, "advcl") && c > predicate && !tree.Child(c, "mark");
    if ((!tree.IsRel(c, "parataxis") && !trailing_adverbial) || !IsSpeechVerb(tree.Lemma(c)))
      continue;
    if (!tree.Child(c, "nsubj") || tree.Child(c, "ccomp") || tree.Child(c, "obj")) continue;
    return c;
  }
  return std::nullopt;
}

}  // namespace kg::extract
