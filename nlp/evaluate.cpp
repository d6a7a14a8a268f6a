#include "nlp/evaluate.h"

#include <cstdio>

namespace kg::nlp {
namespace {

std::string Universal(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

}  // namespace

void Scores::Add(const std::vector<Token>& gold, const std::vector<Token>& predicted) {
  for (std::size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
    ++tokens;
    upos += gold[i].upos == predicted[i].upos ? 1 : 0;
    xpos += gold[i].xpos == predicted[i].xpos ? 1 : 0;
    if (gold[i].head == predicted[i].head) {
      ++uas;
      las += Universal(gold[i].deprel) == Universal(predicted[i].deprel) ? 1 : 0;
    }
  }
}

std::string Scores::Summary() const {
  const auto pct = [this](std::size_t n) {
    return tokens == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(tokens);
  };
  char buf[128];
  std::snprintf(buf, sizeof buf, "UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f", pct(upos), pct(xpos),
                pct(uas), pct(las));
  return buf;
}

}  // namespace kg::nlp
