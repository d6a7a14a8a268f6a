// kg tag: named entities of pre-tokenised text, in CoNLL columns.
#include <fstream>
#include <iostream>
#include <memory>
#include <string_view>

#include "cli/commands.h"
#include "cli/models_dir.h"
#include "model/error.h"
#include "nlp/entity_recognizer.h"

namespace kg::cli {
namespace {

struct TagOptions {
  std::string conll;
  std::string models;
};

// kg's types in CoNLL-2003's four: people PER; organisations ORG; countries, cities and other
// places LOC; nationalities and other groups (NORP), events, weapons, products and other names
// MISC. Money, dates, quantities and percentages are not CoNLL entities.
std::string_view ConllType(std::string_view type) {
  if (type == "PERSON") return "PER";
  if (type == "ORGANIZATION") return "ORG";
  if (type == "COUNTRY" || type == "CITY" || type == "LOCATION") return "LOC";
  if (type == "NORP" || type == "EVENT" || type == "PRODUCT" || type == "WEAPON" || type == "OTHER")
    return "MISC";
  return "";
}

class ConllTagger {
 public:
  explicit ConllTagger(const std::string& models_dir)
      : recognizer_(models_dir + "/" + nlp::kNerFile, nlp::Lexicon::Open(),
                    std::make_shared<const nlp::Gazetteer>()) {}

  // Tags and prints the sentence gathered so far.
  void Flush() {
    if (tokens_.empty()) return;
    std::vector<std::string> tags(tokens_.size(), "O");
    for (const auto& m : recognizer_.Recognize(tokens_, {}, memory_)) {
      const std::string_view type = ConllType(m.type);
      if (type.empty()) continue;
      for (std::size_t i = m.begin; i < m.end; ++i)
        tags[i] = (i == m.begin ? "B-" : "I-") + std::string(type);
    }
    for (std::size_t i = 0; i < tokens_.size(); ++i)
      std::cout << tokens_[i] << ' ' << tags[i] << '\n';
    tokens_.clear();
  }
  void NewDocument() { memory_ = {}; }
  void Add(std::string token) { tokens_.push_back(std::move(token)); }

 private:
  nlp::EntityRecognizer recognizer_;
  nlp::NerDocumentMemory memory_;  // one per document
  std::vector<std::string> tokens_;
};

void RunTag(const TagOptions& o) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (o.conll != "-") {
    file.open(o.conll);
    if (!file) throw Error(ErrorCode::kNotFound, o.conll + ": cannot open file for reading");
    in = &file;
  }
  ConllTagger tagger(ResolveModelsDir(o.models));
  std::string line;
  while (std::getline(*in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Only the first column is read: the others may hold gold annotations.
    const std::string token = line.substr(0, line.find_first_of(" \t"));
    if (token.empty()) {
      tagger.Flush();
      std::cout << '\n';
      continue;
    }
    if (token == "-DOCSTART-") {
      tagger.Flush();
      tagger.NewDocument();
      std::cout << "-DOCSTART- O\n";
      continue;
    }
    tagger.Add(token);
  }
  tagger.Flush();
}

}  // namespace

void SetupTag(CLI::App& app, Context& /*ctx*/) {
  auto o = std::make_shared<TagOptions>();
  auto* cmd =
      app.add_subcommand("tag", "Tag named entities in CoNLL columns (PER, ORG, LOC, MISC)");
  cmd->add_option("--conll", o->conll,
                  "A CoNLL file (first column: token; blank line: end of sentence), or -")
      ->required();
  cmd->add_option("--models", o->models,
                  "Directory of the trained models (default: $KG_MODELS, the installed models, the "
                  "source tree's models/)");
  cmd->footer(
      "Example:\n  kg tag --conll tokens.conll > tagged.conll\n"
      "Types: PERSON->PER, ORGANIZATION->ORG, COUNTRY/CITY/LOCATION->LOC, NORP, EVENT,\n"
      "WEAPON, PRODUCT and other names->MISC; MONEY, DATE, QUANTITY, PERCENT->O.");
  cmd->callback([o] { RunTag(*o); });
}

}  // namespace kg::cli
