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

  // Ends the sentence gathered so far (its tags are printed with its document's).
  void EndSentence() {
    if (!tokens_.empty()) document_.push_back(std::move(tokens_));
    tokens_.clear();
  }
  // Tags and prints the document gathered so far: one type per name within it
  // (EntityRecognizer::RecognizeDocument), sentences separated by blank lines.
  void EndDocument() {
    EndSentence();
    const auto mentions = recognizer_.RecognizeDocument(document_, {});
    for (std::size_t s = 0; s < document_.size(); ++s) {
      const auto& tokens = document_[s];
      std::vector<std::string> tags(tokens.size(), "O");
      for (const auto& mention : mentions[s]) {
        const nlp::EntityMention m = nlp::NameOnly(tokens, mention);  // "Boris Yeltsin"
        const std::string_view type = ConllType(m.type);
        if (type.empty()) continue;
        for (std::size_t i = m.begin; i < m.end; ++i)
          tags[i] = (i == m.begin ? "B-" : "I-") + std::string(type);
      }
      for (std::size_t i = 0; i < tokens.size(); ++i)
        std::cout << tokens[i] << ' ' << tags[i] << '\n';
      std::cout << '\n';
    }
    document_.clear();
  }
  void Add(std::string token) { tokens_.push_back(std::move(token)); }

 private:
  nlp::EntityRecognizer recognizer_;
  std::vector<std::vector<std::string>> document_;  // the sentences of the current document
  std::vector<std::string> tokens_;                 // the current sentence
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
      tagger.EndSentence();
      continue;
    }
    if (token == "-DOCSTART-") {
      tagger.EndDocument();
      std::cout << "-DOCSTART- O\n\n";
      continue;
    }
    tagger.Add(token);
  }
  tagger.EndDocument();
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
