// kg tag: named entities of pre-tokenised text, in CoNLL columns.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "extract/extract.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct TagOptions {
  std::string conll;
};

// kg's types in CoNLL-2003's four: people PER; organisations ORG; countries, cities and other
// places LOC; nationalities, events, weapons, products and other names MISC. Money, dates and
// quantities are not CoNLL entities.
std::string ConllType(const nlp::NameSpan& s) {
  if (s.nationality) return "MISC";
  switch (s.type) {
    case model::EntityType::kPerson:
      return "PER";
    case model::EntityType::kOrganization:
      return "ORG";
    case model::EntityType::kCountry:
    case model::EntityType::kCity:
    case model::EntityType::kLocation:
      return "LOC";
    case model::EntityType::kEvent:
    case model::EntityType::kWeapon:
    case model::EntityType::kProduct:
    case model::EntityType::kOther:
      return "MISC";
    case model::EntityType::kMoney:
    case model::EntityType::kDate:
    case model::EntityType::kQuantity:
      return "";
  }
  return "";
}

void Flush(extract::Pipeline& pipeline, std::vector<std::string>& tokens, nlp::NameMemory& memory) {
  if (tokens.empty()) return;
  std::vector<std::string> tags(tokens.size(), "O");
  for (const auto& span : pipeline.TagNames(tokens, memory)) {
    const std::string type = ConllType(span);
    if (type.empty()) continue;
    for (std::size_t i = span.begin; i < span.end; ++i)
      tags[i] = (i == span.begin ? "B-" : "I-") + type;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) std::cout << tokens[i] << ' ' << tags[i] << '\n';
  tokens.clear();
}

void RunTag(const TagOptions& o) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (o.conll != "-") {
    file.open(o.conll);
    if (!file) throw Error(ErrorCode::kNotFound, o.conll + ": cannot open file for reading");
    in = &file;
  }
  extract::Pipeline pipeline;
  std::vector<std::string> tokens;
  nlp::NameMemory memory;  // one per document
  std::string line;
  while (std::getline(*in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Only the first column is read: the others may hold gold annotations.
    const std::string token = line.substr(0, line.find_first_of(" \t"));
    if (token.empty()) {
      Flush(pipeline, tokens, memory);
      std::cout << '\n';
      continue;
    }
    if (token == "-DOCSTART-") {
      Flush(pipeline, tokens, memory);
      memory = {};
      std::cout << "-DOCSTART- O\n";
      continue;
    }
    tokens.push_back(token);
  }
  Flush(pipeline, tokens, memory);
}

}  // namespace

void SetupTag(CLI::App& app, Context& /*ctx*/) {
  auto o = std::make_shared<TagOptions>();
  auto* cmd =
      app.add_subcommand("tag", "Tag named entities in CoNLL columns (PER, ORG, LOC, MISC)");
  cmd->add_option("--conll", o->conll,
                  "A CoNLL file (first column: token; blank line: end of sentence), or -")
      ->required();
  cmd->footer(
      "Example:\n  kg tag --conll tokens.conll > tagged.conll\n"
      "Types: PERSON->PER, ORGANIZATION->ORG, COUNTRY/CITY/LOCATION->LOC, nationalities, EVENT,\n"
      "WEAPON, PRODUCT and other names->MISC; MONEY, DATE, QUANTITY->O.");
  cmd->callback([o] { RunTag(*o); });
}

}  // namespace kg::cli
