#pragma once

// Helpers for the UD extractor's tests: a hand-written tree in a compact form, read through
// nlp/conllu as a parser's output would be, and lookups over the triples a user would see.

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extract/clauses/attributive_participles.h"
#include "extract/clauses/clause_extractor.h"
#include "extract/clauses/content_clauses.h"
#include "extract/emit_triples.h"
#include "extract/entities/name_spans.h"
#include "model/triple.h"
#include "nlp/conllu.h"
#include "nlp/lexicon.h"

namespace kg::extract::testing {

// One word per line: "FORM LEMMA UPOS XPOS HEAD DEPREL [NE]" (ids count from 1 by line; NE is a
// BIO entity tag such as B-PERSON). Returns the sentence as CoNLL-U text, the entity in MISC.
inline std::string ToConllu(const std::string& rows) {
  std::istringstream in(rows);
  std::ostringstream out;
  std::string line;
  int id = 0;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string form, lemma, upos, xpos, head, deprel, entity;
    if (!(words >> form >> lemma >> upos >> xpos >> head >> deprel)) continue;
    words >> entity;
    out << ++id << '\t' << form << '\t' << lemma << '\t' << upos << '\t' << xpos << "\t_\t" << head
        << '\t' << deprel << "\t_\t" << (entity.empty() ? "_" : "NE=" + entity) << '\n';
  }
  out << '\n';
  return out.str();
}

// The sentence the rows describe, read by nlp::ReadConllu; entity tags come from MISC "NE=".
inline nlp::AnalyzedSentence Sentence(const std::string& rows) {
  std::istringstream in(ToConllu(rows));
  std::vector<nlp::ConlluSentence> read = nlp::ReadConllu(in, "test");
  nlp::ConlluSentence& s = read.at(0);
  for (std::size_t i = 0; i < s.sentence.tokens.size(); ++i)
    if (s.misc[i].rfind("NE=", 0) == 0) s.sentence.tokens[i].entity = s.misc[i].substr(3);
  return s.sentence;
}

inline std::vector<model::Triple> Extract(const std::string& rows,
                                          std::optional<CivilDate> article_date = std::nullopt) {
  ArgumentContext context;
  context.article_date = article_date;
  std::vector<model::Triple> out;
  for (const ClauseTriple& t : ExtractClauseTriples(Sentence(rows), context))
    out.push_back(ToModelTriple(t, model::Evidence{}));
  return out;
}

// The triples of the rows' sentence after one parse repair (a function of extract/clauses/).
inline std::vector<model::Triple> ExtractAfter(void (*repair)(std::vector<nlp::AnalyzedSentence>&),
                                               const std::string& rows) {
  std::vector<nlp::AnalyzedSentence> sentences{Sentence(rows)};
  repair(sentences);
  std::vector<model::Triple> out;
  for (const ClauseTriple& t : ExtractClauseTriples(sentences[0], ArgumentContext{}))
    out.push_back(ToModelTriple(t, model::Evidence{}));
  return out;
}

// The recogniser's name spans repaired (extract/entities/name_spans.h) with the default
// gazetteer: a repair for ExtractAfter.
inline void RepairSpans(std::vector<nlp::AnalyzedSentence>& sentences) {
  static const nlp::Gazetteer gazetteer;
  RepairNameSpans(sentences, gazetteer);
}

// The participle repairs (extract/clauses/attributive_participles.h) with WordNet: a repair for
// ExtractAfter.
inline void RepairParticiples(std::vector<nlp::AnalyzedSentence>& sentences) {
  RepairAttributiveParticiples(sentences, *nlp::Lexicon::Open());
}

// The content-clause repairs (extract/clauses/content_clauses.h) with WordNet: a repair for
// ExtractAfter.
inline void RepairContent(std::vector<nlp::AnalyzedSentence>& sentences) {
  RepairContentClauses(sentences, *nlp::Lexicon::Open());
}

// The clause triples of the rows' sentence that `rule` made, before the graph's filters (a vague
// end still shows: ClauseTriple::object.vague).
inline std::vector<ClauseTriple> RuleTriples(RuleId rule, const std::string& rows) {
  std::vector<ClauseTriple> out;
  for (ClauseTriple& t : ExtractClauseTriples(Sentence(rows), ArgumentContext{}))
    if (t.rule == rule) out.push_back(std::move(t));
  return out;
}

// The triples whose subject and object names contain the given text and whose predicate equals
// `predicate` ("" matches any).
inline std::vector<model::Triple> Matching(const std::vector<model::Triple>& triples,
                                           const std::string& subject, const std::string& predicate,
                                           const std::string& object) {
  std::vector<model::Triple> out;
  for (const model::Triple& t : triples)
    if (t.subject.name.find(subject) != std::string::npos &&
        (predicate.empty() || t.predicate == predicate) &&
        t.object.name.find(object) != std::string::npos)
      out.push_back(t);
  return out;
}

// An appos-isa triple as the rules emit it: the named `name` -be-> `description` (for the
// description filters, extract/event_descriptions.h).
inline EmittedTriple Described(const std::string& name, const std::string& description) {
  EmittedTriple e;
  e.clause.rule = RuleId::kAppositionIsA;
  e.clause.subject.name = name;
  e.clause.subject.named = true;
  e.clause.object.name = description;
  return e;
}

// A readable listing for failure messages.
inline std::string Listing(const std::vector<model::Triple>& triples) {
  std::string out;
  for (const model::Triple& t : triples)
    out += "\n  " + t.subject.name + " -" + t.predicate + (t.negated ? " NEG" : "") +
           (t.modality.empty() ? "" : " [" + t.modality + "]") + "-> " + t.object.name +
           (t.attributed_to.empty() ? "" : " (per " + t.attributed_to + ")") +
           (t.asserted ? "" : " unasserted") + (t.time.empty() ? "" : " @" + t.time) + " {" +
           t.rule + "}";
  return out;
}

}  // namespace kg::extract::testing
