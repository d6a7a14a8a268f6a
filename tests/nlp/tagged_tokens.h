#pragma once

// A token as the tagger leaves it (form and tags only), for the retagging tests.
#include <string>

#include "nlp/analysis.h"

namespace kg::nlp::testing {

inline Token Tagged(const std::string& form, const std::string& upos, const std::string& xpos) {
  Token t;
  t.form = form;
  t.upos = upos;
  t.xpos = xpos;
  return t;
}

}  // namespace kg::nlp::testing
