#include "extract/link_extractor.h"

#include "extract/link_graph.h"
#include "extract/link_rules.h"

namespace kg::extract {

LinkGrammarExtractor::LinkGrammarExtractor(std::shared_ptr<const LinkDictionary> dictionary,
                                           std::shared_ptr<Lexicon> lexicon, ParserOptions options)
    : parser_(std::move(dictionary), options), lexicon_(std::move(lexicon)) {}

std::optional<std::vector<SentenceTriple>> LinkGrammarExtractor::Extract(
    std::string_view sentence) {
  const Parse parse = parser_.Run(sentence);
  if (parse.outcome == ParseOutcome::kNoLinkage) return std::nullopt;
  const LinkGraph graph(parse);
  std::vector<SentenceTriple> triples = LinkRules(graph, *lexicon_, sentence).Run();
  // A parse that yields nothing from a long sentence is probably wrong: let the fallback try.
  if (triples.empty() && parse.outcome != ParseOutcome::kComplete) return std::nullopt;
  return triples;
}

}  // namespace kg::extract
