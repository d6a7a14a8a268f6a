#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/link_grammar/graph.h"
#include "extract/sentence_triple.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// The verbs of one clause from the finite verb to the content verb ("has come", "will not be
// deployed", "agreed to offer"), with what they say about the relation.
struct VerbChain {
  std::vector<int> verbs;  // in sentence order; back() is the content verb (or the copula)
  std::vector<int> words;  // every word of the relation: verbs, "not", particles, "to"
  bool passive = false;
  bool negated = false;
  bool copula = false;  // content verb is a form of "be"
  int adjective = -1;   // "was present (at)": the predicative adjective, if any
  std::string modality;
};

// Turns one Link Grammar linkage into sentence triples. Each family of rules is one method; they
// read the links only (plus WordNet for lemmas and noun classes), never the words' spelling,
// except for closed classes (pronouns, "be", "of", speech verbs).
class LinkRules {
 public:
  LinkRules(const LinkGraph& graph, nlp::Lexicon& lexicon, std::string_view sentence);

  [[nodiscard]] std::vector<SentenceTriple> Run();

 private:
  // Phrases (link_phrases.cpp).
  [[nodiscard]] Phrase NounPhrase(int head) const;
  [[nodiscard]] Phrase ClausePhrase(int verb, int from) const;
  [[nodiscard]] std::vector<int> Conjuncts(int word) const;
  [[nodiscard]] int ResolveRelative(int word) const;
  [[nodiscard]] VerbChain Chain(int verb) const;
  [[nodiscard]] std::vector<VerbChain> Chains(int verb) const;
  void ExtendChain(VerbChain chain, int cur, std::vector<VerbChain>& out, int depth) const;
  [[nodiscard]] std::string Text(int word) const;
  [[nodiscard]] std::string Lower(int word) const;
  [[nodiscard]] TextSpan SpanOf(int word) const;
  [[nodiscard]] bool IsCapitalised(int word) const;
  [[nodiscard]] bool IsNounWord(int word) const;
  [[nodiscard]] bool IsPronounOrName(int word) const;
  [[nodiscard]] bool IsFunctionWord(int word) const;
  [[nodiscard]] bool IsPunctuationWord(int word) const;
  [[nodiscard]] bool IsVerbWord(int word) const;
  [[nodiscard]] std::vector<TextSpan> Spans(const std::vector<int>& words) const;
  [[nodiscard]] std::string VerbLemma(int word) const;

  // Clause rules (link_clause_rules.cpp).
  void Clauses();
  void AdjunctClauses(const std::vector<int>& subjects, const VerbChain& chain);
  void ClauseWithVerbs(const std::vector<int>& subjects, const std::vector<VerbChain>& chains,
                       std::string_view rule);
  // borrowed: verbs conjoined with this one whose objects it shares.
  void VerbArguments(const std::vector<int>& subjects, const VerbChain& chain,
                     std::string_view rule, const std::vector<int>& borrowed = {});
  [[nodiscard]] Phrase SpeechBefore(int verb, const std::vector<int>& subjects) const;
  [[nodiscard]] std::optional<Phrase> Opener(int subject) const;
  void LightVerb(int subject, const VerbChain& chain, int noun);
  bool ReportedSpeech(const std::vector<int>& subjects, const VerbChain& chain);

  // Noun-modifier rules (link_noun_rules.cpp).
  void Appositives();
  void Titles();
  void Participles();
  void Nominalisations();
  // The subject of the clause whose object (or prepositional object) the noun is.
  [[nodiscard]] std::optional<int> ClauseSubjectOf(int noun) const;
  void NounRelations();

  void Emit(SentenceTriple triple);
  [[nodiscard]] double Quality() const;

  const LinkGraph& g_;
  nlp::Lexicon& lexicon_;
  std::string_view sentence_;
  std::vector<SentenceTriple> out_;
  int adjunct_depth_ = 0;
};

}  // namespace kg::extract
