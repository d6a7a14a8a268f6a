// The possessive apostrophe of a plural or a name in "s" that the tagger read as a quotation mark.
#include "nlp/possessive_apostrophes.h"

#include <cstddef>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/nlp/tagged_tokens.h"

namespace kg::nlp {
namespace {

using testing::Tagged;

// The tokens of `words` tagged as given, with offsets as the tokenizer sets them: each word
// after the one before it, a space between unless `joined[i]` says word i touches the one before.
std::vector<Token> Laid(const std::vector<Token>& words, const std::vector<bool>& joined) {
  std::vector<Token> out = words;
  std::size_t at = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i > 0 && !joined[i]) ++at;
    out[i].start = at;
    at += out[i].form.size();
    out[i].end = at;
  }
  return out;
}

TEST(PossessiveApostrophes, AnApostropheAgainstAnSBeforeAWordIsPossessive) {
  // "is General Motors' vice president", with "'" tagged a closing quote.
  std::vector<Token> tokens =
      Laid({Tagged("is", "AUX", "VBZ"), Tagged("General", "PROPN", "NNP"),
            Tagged("Motors", "PROPN", "NNPS"), Tagged("'", "PUNCT", "''"),
            Tagged("vice", "NOUN", "NN"), Tagged("president", "NOUN", "NN")},
           {false, false, false, true, false, false});
  RetagPossessiveApostrophes(tokens);
  EXPECT_EQ(tokens[3].upos, "PART");
  EXPECT_EQ(tokens[3].xpos, "POS");
  // "Rolls' 1986 spending" with the owner read as a verb.
  std::vector<Token> rolls = Laid({Tagged("Rolls", "VERB", "VBZ"), Tagged("'", "PUNCT", "''"),
                                   Tagged("1986", "NUM", "CD"), Tagged("spending", "NOUN", "NN")},
                                  {false, true, false, false});
  RetagPossessiveApostrophes(rolls);
  EXPECT_EQ(rolls[1].upos, "PART");
  EXPECT_EQ(rolls[0].upos, "PROPN");
}

TEST(PossessiveApostrophes, AQuotationClosedOrAnApostropheBeforePunctuationStays) {
  // "the spirit of 'give' and 'take'": each closing "'" closes what a lone "'" opened.
  std::vector<Token> quoted =
      Laid({Tagged("of", "ADP", "IN"), Tagged("'", "PUNCT", "``"), Tagged("rules", "NOUN", "NNS"),
            Tagged("'", "PUNCT", "''"), Tagged("and", "CCONJ", "CC")},
           {false, false, true, true, false});
  RetagPossessiveApostrophes(quoted);
  EXPECT_EQ(quoted[3].upos, "PUNCT");
  // "accept them', he said": a comma after it.
  std::vector<Token> comma = Laid({Tagged("accept", "VERB", "VB"), Tagged("them", "PRON", "PRP"),
                                   Tagged("'", "PUNCT", "''"), Tagged(",", "PUNCT", ",")},
                                  {false, false, true, true});
  RetagPossessiveApostrophes(comma);
  EXPECT_EQ(comma[2].upos, "PUNCT");
  // Spaced on both sides: no possessive.
  std::vector<Token> spaced = Laid(
      {Tagged("banks", "NOUN", "NNS"), Tagged("'", "PUNCT", "''"), Tagged("fund", "NOUN", "NN")},
      {false, false, false});
  RetagPossessiveApostrophes(spaced);
  EXPECT_EQ(spaced[1].upos, "PUNCT");
}

}  // namespace
}  // namespace kg::nlp
