#include "nlp/parser.h"

#include <algorithm>
#include <cctype>

#include "model/error.h"
#include "nlp/parser_beam.h"
#include "nlp/utf8.h"

namespace kg::nlp {
namespace {

enum Template : std::uint32_t {
  kS0w = 1,
  kS0t,
  kS0wt,
  kS1w,
  kS1t,
  kS1wt,
  kB0w,
  kB0t,
  kB0wt,
  kB1w,
  kB1t,
  kB1wt,
  kB2w,
  kB2t,
  kS0wtB0wt,
  kS0wtB0w,
  kS0wB0wt,
  kS0wtB0t,
  kS0tB0wt,
  kS0wB0w,
  kS0tB0t,
  kB0tB1t,
  kB0tB1tB2t,
  kS0tB0tB1t,
  kS1tS0tB0t,
  kS0tS0lcB0t,
  kS0tS0rcB0t,
  kS0tB0tB0lc,
  kS1tS0tS0rc,
  kS1tS0tS0lc,
  kDistS0w,
  kDistS0t,
  kDistB0w,
  kDistB0t,
  kDistS0tB0t,
  kValS0rW,
  kValS0rT,
  kValS0lW,
  kValS0lT,
  kValB0lW,
  kValB0lT,
  kS0lcW,
  kS0lcT,
  kS0lcL,
  kS0rcW,
  kS0rcT,
  kS0rcL,
  kB0lcW,
  kB0lcT,
  kB0lcL,
  kS0lc2W,
  kS0lc2T,
  kS0lc2L,
  kS0rc2W,
  kS0rc2T,
  kS0rc2L,
  kB0lc2W,
  kB0lc2T,
  kB0lc2L,
  kS0tLc12,
  kS0tRc12,
  kB0tLc12,
  kS0wLset,
  kS0tLset,
  kS0wRset,
  kS0tRset,
  kB0wLset,
  kB0tLset,
  kS2tS1tS0t,
  kS2w,
  kS2t,
  kS1tS0t,
  kS1wS0w,
  kS1tS0w,
  kS1wS0t,
  kS1rcT,
  kS1rcL,
  kS0uB0u,
  kS1uS0u,
  kS1tS0tB0tB1t,
  kDistS0wB0w,
  kS1wS0tB0t,
  kS1tS0wB0t,
  kS1tS0tB0w,
  kDistS1S0t,
  kS1tRset,
  kValS1rT,
  kB0wB1w
};

}  // namespace

std::vector<ParserWord> PrepareParserWords(const std::vector<Token>& tokens) {
  std::vector<ParserWord> out(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out[i].word = HashString(LowerAscii(tokens[i].form));
    out[i].tag = HashString(tokens[i].xpos.empty() ? tokens[i].upos : tokens[i].xpos);
    out[i].upos = HashString(tokens[i].upos);
  }
  return out;
}

void ParserFeatures(const ParserState& s, const std::vector<ParserWord>& words,
                    std::vector<std::uint64_t>& out) {
  out.clear();
  constexpr std::uint64_t kNone = 0x9e3779b97f4a7c15ULL;
  const auto w = [&](int i) { return i < 0 ? kNone : words[static_cast<std::size_t>(i)].word; };
  const auto t = [&](int i) { return i < 0 ? kNone : words[static_cast<std::size_t>(i)].tag; };
  const auto u = [&](int i) { return i < 0 ? kNone : words[static_cast<std::size_t>(i)].upos; };
  const auto l = [&](int i) -> std::uint64_t {
    return i < 0 ? 0 : static_cast<std::uint64_t>(s.labels()[static_cast<std::size_t>(i)] + 1);
  };
  const int s0 = s.Stack(0), s1 = s.Stack(1), s2 = s.Stack(2);
  const int b0 = s.Buffer(0), b1 = s.Buffer(1), b2 = s.Buffer(2);
  const int s0l = s.Left1(s0), s0r = s.Right1(s0), b0l = s.Left1(b0);
  const int s0l2 = s.Left2(s0), s0r2 = s.Right2(s0), b0l2 = s.Left2(b0), s1r = s.Right1(s1);
  const std::uint64_t dist =
      s0 < 0 || b0 < 0 ? 0 : static_cast<std::uint64_t>(std::min(b0 - s0, 6));
  const auto add = [&out](std::uint32_t k, std::uint64_t a, std::uint64_t b = 0,
                          std::uint64_t c = 0) { out.push_back(HashFeature(k, a, b, c)); };
  add(kS0w, w(s0));
  add(kS0t, t(s0));
  add(kS0wt, w(s0), t(s0));
  add(kS1w, w(s1));
  add(kS1t, t(s1));
  add(kS1wt, w(s1), t(s1));
  add(kB0w, w(b0));
  add(kB0t, t(b0));
  add(kB0wt, w(b0), t(b0));
  add(kB1w, w(b1));
  add(kB1t, t(b1));
  add(kB1wt, w(b1), t(b1));
  add(kB2w, w(b2));
  add(kB2t, t(b2));
  add(kS2w, w(s2));
  add(kS2t, t(s2));
  add(kS0wtB0wt, HashFeature(0, w(s0), t(s0)), w(b0), t(b0));
  add(kS0wtB0w, w(s0), t(s0), w(b0));
  add(kS0wB0wt, w(s0), w(b0), t(b0));
  add(kS0wtB0t, w(s0), t(s0), t(b0));
  add(kS0tB0wt, t(s0), w(b0), t(b0));
  add(kS0wB0w, w(s0), w(b0));
  add(kS0tB0t, t(s0), t(b0));
  add(kB0tB1t, t(b0), t(b1));
  add(kB0tB1tB2t, t(b0), t(b1), t(b2));
  add(kS0tB0tB1t, t(s0), t(b0), t(b1));
  add(kS1tS0tB0t, t(s1), t(s0), t(b0));
  add(kS0tS0lcB0t, t(s0), t(s0l), t(b0));
  add(kS0tS0rcB0t, t(s0), t(s0r), t(b0));
  add(kS0tB0tB0lc, t(s0), t(b0), t(b0l));
  add(kS1tS0tS0rc, t(s1), t(s0), t(s0r));
  add(kS1tS0tS0lc, t(s1), t(s0), t(s0l));
  add(kS1tS0t, t(s1), t(s0));
  add(kS1wS0w, w(s1), w(s0));
  add(kS1tS0w, t(s1), w(s0));
  add(kS1wS0t, w(s1), t(s0));
  add(kS2tS1tS0t, t(s2), t(s1), t(s0));
  add(kS1tS0tB0tB1t, HashFeature(0, t(s1), t(s0)), t(b0), t(b1));
  add(kDistS0w, dist, w(s0));
  add(kDistS0t, dist, t(s0));
  add(kDistB0w, dist, w(b0));
  add(kDistB0t, dist, t(b0));
  add(kDistS0tB0t, dist, t(s0), t(b0));
  const auto rs0 = static_cast<std::uint64_t>(s.RightCount(s0));
  const auto ls0 = static_cast<std::uint64_t>(s.LeftCount(s0));
  const auto lb0 = static_cast<std::uint64_t>(s.LeftCount(b0));
  add(kValS0rW, rs0, w(s0));
  add(kValS0rT, rs0, t(s0));
  add(kValS0lW, ls0, w(s0));
  add(kValS0lT, ls0, t(s0));
  add(kValB0lW, lb0, w(b0));
  add(kValB0lT, lb0, t(b0));
  add(kS0lcW, w(s0l));
  add(kS0lcT, t(s0l));
  add(kS0lcL, l(s0l));
  add(kS0rcW, w(s0r));
  add(kS0rcT, t(s0r));
  add(kS0rcL, l(s0r));
  add(kB0lcW, w(b0l));
  add(kB0lcT, t(b0l));
  add(kB0lcL, l(b0l));
  add(kS0lc2W, w(s0l2));
  add(kS0lc2T, t(s0l2));
  add(kS0lc2L, l(s0l2));
  add(kS0rc2W, w(s0r2));
  add(kS0rc2T, t(s0r2));
  add(kS0rc2L, l(s0r2));
  add(kB0lc2W, w(b0l2));
  add(kB0lc2T, t(b0l2));
  add(kB0lc2L, l(b0l2));
  add(kS0tLc12, t(s0), t(s0l), t(s0l2));
  add(kS0tRc12, t(s0), t(s0r), t(s0r2));
  add(kB0tLc12, t(b0), t(b0l), t(b0l2));
  add(kS0wLset, w(s0), s.LeftLabels(s0));
  add(kS0tLset, t(s0), s.LeftLabels(s0));
  add(kS0wRset, w(s0), s.RightLabels(s0));
  add(kS0tRset, t(s0), s.RightLabels(s0));
  add(kB0wLset, w(b0), s.LeftLabels(b0));
  add(kB0tLset, t(b0), s.LeftLabels(b0));
  add(kS1rcT, t(s1r), t(s1));
  add(kS1rcL, l(s1r), t(s1));
  add(kS0uB0u, u(s0), u(b0));
  add(kS1uS0u, u(s1), u(s0));
  // Beyond Zhang and Nivre: in arc-hybrid, s1 competes with b0 for the head of s0 (RIGHT makes
  // s1 the head), so s1 gets the lexical pairs, distance, valency and label set s0 and b0 have.
  const std::uint64_t dist10 =
      s1 < 0 || s0 < 0 ? 0 : static_cast<std::uint64_t>(std::min(s0 - s1, 6));
  add(kDistS0wB0w, dist, w(s0), w(b0));
  add(kS1wS0tB0t, w(s1), t(s0), t(b0));
  add(kS1tS0wB0t, t(s1), w(s0), t(b0));
  add(kS1tS0tB0w, t(s1), t(s0), w(b0));
  add(kDistS1S0t, dist10, t(s1), t(s0));
  add(kS1tRset, t(s1), s.RightLabels(s1));
  add(kValS1rT, static_cast<std::uint64_t>(s.RightCount(s1)), t(s1));
  add(kB0wB1w, w(b0), w(b1));
}

std::size_t BestLegal(const ParserClasses& classes, const ParserState& state,
                      const std::vector<float>& scores) {
  std::size_t best = classes.size();
  for (std::size_t c = 0; c < classes.size(); ++c) {
    if (!classes.Legal(state, c)) continue;
    if (best == classes.size() || scores[c] > scores[best]) best = c;
  }
  return best;
}

Parser::Parser(const std::string& path) : file_(path, ModelKind::kParser, kParserFeatureVersion) {
  PayloadReader in(file_.payload(), path);
  const std::uint32_t n = in.U32();
  for (std::uint32_t i = 0; i < n; ++i) classes_.labels.push_back(in.String());
  classes_.root_label = static_cast<int>(in.U32());
  model_ = Perceptron(in);
  if (!in.AtEnd()) beam_width_ = in.U32();
  if (beam_width_ < 1 || beam_width_ > 64) {
    throw Error(ErrorCode::kCorruption, path + ": parser beam width out of range");
  }
  if (n == 0 || model_.num_classes() != classes_.size() ||
      classes_.root_label >= static_cast<int>(n)) {
    throw Error(ErrorCode::kCorruption, path + ": parser labels and weights disagree");
  }
}

void Parser::Parse(std::vector<Token>& tokens) const {
  if (tokens.empty()) return;
  const std::vector<ParserWord> words = PrepareParserWords(tokens);
  const ParserState state = beam_width_ > 1 ? BeamParseWords(words, classes_, model_, beam_width_)
                                            : ParseWords(words, classes_, model_);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].head = state.heads()[i] + 1;
    const int label = state.labels()[i];
    tokens[i].deprel = label < 0 ? "dep" : classes_.labels[static_cast<std::size_t>(label)];
  }
}

}  // namespace kg::nlp
