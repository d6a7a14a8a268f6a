// kg coref: what each third-person pronoun of a CoNLL-U file was resolved to, by the resolver
// `kg ingest` uses (extract/entities/coreference.h), for scoring against gold chains
// (bench/coref_score.py).
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/models_dir.h"
#include "extract/entities/coreference.h"
#include "extract/ud_pipeline.h"
#include "model/error.h"
#include "nlp/conllu.h"

namespace kg::cli {
namespace {

struct CorefOptions {
  std::string input;
  std::string models;
  bool tokenized = false;
};

// One treebank document: its id and its sentences' positions in the file (0-based).
struct Document {
  std::string id;
  std::vector<std::size_t> sentences;
};

std::vector<Document> SplitDocuments(const std::vector<nlp::ConlluSentence>& sentences) {
  static constexpr std::string_view kNewdoc = "# newdoc id = ";
  std::vector<Document> docs;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    for (const std::string& c : sentences[i].comments)
      if (c.starts_with(kNewdoc)) docs.push_back({c.substr(kNewdoc.size()), {}});
    if (docs.empty()) docs.push_back({"-", {}});
    docs.back().sentences.push_back(i);
  }
  return docs;
}

std::string Field(const std::vector<nlp::ConlluSentence>& sentences, const Document& doc,
                  const std::optional<extract::TokenRef>& ref) {
  if (!ref) return "_\t_\t_";
  const std::size_t s = doc.sentences[ref->sentence];
  return std::to_string(s + 1) + "\t" + std::to_string(ref->token + 1) + "\t" +
         sentences[s].sentence.tokens[ref->token].form;
}

void RunCoref(const CorefOptions& o) {
  if (!o.tokenized)
    throw Error(ErrorCode::kInvalidInput,
                "kg coref reads CoNLL-U only: give --tokenized (its tokens are kept as they are)");
  std::vector<nlp::ConlluSentence> sentences = nlp::ReadConlluFile(o.input);
  const auto models = std::make_shared<const extract::UdModels>(ResolveModelsDir(o.models));
  std::ostringstream out;
  out << "doc\tsentence\ttoken\tform\tantecedent_sentence\tantecedent_token\tantecedent_form"
         "\treferent_sentence\treferent_token\treferent_form\n";
  for (const Document& doc : SplitDocuments(sentences)) {
    // Only the tokens are the file's: tags, trees and entity tags are kg's own.
    std::vector<nlp::AnalyzedSentence> analysed;
    for (const std::size_t i : doc.sentences) {
      nlp::AnalyzedSentence s = sentences[i].sentence;
      for (auto& t : s.tokens) t = nlp::Token{t.form, t.start, t.end, "", "", "", "", 0, "", "O"};
      analysed.push_back(std::move(s));
    }
    std::vector<std::vector<nlp::Token>*> tokens;
    for (auto& s : analysed) tokens.push_back(&s.tokens);
    models->analyzer.AnalyzeAll(tokens, 1);
    extract::AnnotateDocument(*models, analysed);
    for (const extract::PronounLink& link :
         extract::ResolvePronouns(analysed, *models->lexicon, *models->gazetteer)) {
      out << doc.id << '\t' << Field(sentences, doc, link.pronoun) << '\t'
          << Field(sentences, doc, link.antecedent) << '\t' << Field(sentences, doc, link.referent)
          << '\n';
    }
  }
  std::cout << out.str();
}

}  // namespace

void SetupCoref(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<CorefOptions>();
  auto* cmd = app.add_subcommand(
      "coref",
      "Resolve third-person pronouns of a CoNLL-U file as ingest does; one TSV row per pronoun");
  cmd->add_option("input", opts->input, "CoNLL-U file (documents split at '# newdoc id =')")
      ->required();
  cmd->add_flag("--tokenized", opts->tokenized,
                "Input is CoNLL-U: keep its sentences and tokens; tags, parse and entities are "
                "kg's own");
  cmd->add_option("--models", opts->models,
                  "Directory of the trained models (default: $KG_MODELS, the installed models, the "
                  "source tree's)");
  (void)ctx;
  cmd->callback([opts] { RunCoref(*opts); });
}

}  // namespace kg::cli
