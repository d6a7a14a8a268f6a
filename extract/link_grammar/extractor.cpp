#include "extract/link_grammar/extractor.h"

#include "extract/link_grammar/graph.h"
#include "extract/link_grammar/rules.h"
#include "extract/profile.h"
#include "nlp/words.h"

namespace kg::extract {

LinkGrammarExtractor::LinkGrammarExtractor(std::shared_ptr<const LinkDictionary> dictionary,
                                           std::shared_ptr<nlp::Lexicon> lexicon,
                                           ParserOptions options)
    : parser_(std::move(dictionary), options),
      lexicon_(std::move(lexicon)),
      alternatives_(std::max(1, options.alternatives)) {}

namespace {

// How much a reading of the sentence says: triples with both arguments, the verb's own first.
int Yield(const std::vector<SentenceTriple>& triples) {
  int score = 0;
  for (const auto& t : triples) {
    if (t.object.empty() || t.use == TripleUse::kGraphOnly) continue;
    score +=
        t.rule == "clause-object" || t.rule == "verb-preposition" || t.rule == "speech" ? 2 : 1;
  }
  return score;
}

}  // namespace

std::optional<std::vector<SentenceTriple>> LinkGrammarExtractor::Extract(
    std::string_view sentence) {
  // Link Grammar ranks linkages by cost alone; among the cheapest few, the one whose links make
  // the most complete clauses is usually the reading a person has.
  // Beyond a few hundred words no parse comes back within budget: leave it to the fallback
  // before Link Grammar tokenises it all.
  if (sentence.size() > kMaxParsedBytes) return std::nullopt;
  std::vector<Parse> parses;
  {
    const StageTimer timer(parse_times_.parse);
    parses = parser_.RunAll(sentence, alternatives_);
    parse_times_.parses.emplace_back(static_cast<std::uint32_t>(nlp::CountWords(sentence)),
                                     static_cast<float>(timer.Seconds()));
  }
  if (parses.empty()) return std::nullopt;
  std::vector<SentenceTriple> best;
  int best_yield = -1;
  for (const Parse& parse : parses) {
    const LinkGraph graph(parse);
    std::vector<SentenceTriple> triples = LinkRules(graph, *lexicon_, sentence).Run();
    const int yield = Yield(triples);
    // A costlier reading must say clearly more to be preferred.
    if (best_yield < 0 || yield > best_yield + 1) {
      best_yield = yield;
      best = std::move(triples);
    }
  }
  // A parse that yields nothing from a long sentence is probably wrong: let the fallback try.
  if (best.empty() && parses.front().outcome != ParseOutcome::kComplete) return std::nullopt;
  return best;
}

}  // namespace kg::extract
