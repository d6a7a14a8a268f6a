#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.h"
#include "extract/extract.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct ExtractCommandOptions {
  std::string format = "jsonl";
  bool sentences = false;
  std::string input = "-";
};

std::string Flat(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

void PrintOpen(const std::string& format, const std::string& sentence,
               const std::vector<extract::OpenTriple>& triples) {
  for (const auto& t : triples) {
    if (format == "carb" || format == "tsv") {
      if (t.use == extract::TripleUse::kGraphOnly) continue;
      std::cout << Flat(sentence) << '\t' << FormatConfidence(t.confidence) << '\t'
                << Flat(t.relation) << '\t' << Flat(t.subject);
      if (!t.object.empty()) std::cout << '\t' << Flat(t.object);
      for (const auto& x : t.extras) std::cout << '\t' << Flat(x);
      std::cout << '\n';
      continue;
    }
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "sentence", sentence);
    Member(w, "subject", t.subject);
    Member(w, "relation", t.relation);
    Member(w, "object", t.object);
    w.Key("extras");
    w.StartArray();
    for (const auto& x : t.extras) String(w, x);
    w.EndArray();
    Member(w, "predicate", t.predicate);
    Member(w, "negated", t.negated);
    Member(w, "modality", t.modality);
    Number(w, "confidence", t.confidence);
    Member(w, "extractor", t.extractor + "/" + t.rule);
    Member(w, "graph_only", t.use == extract::TripleUse::kGraphOnly);
    w.EndObject();
  }
}

void RunExtract(const ExtractCommandOptions& opts) {
  std::string content;
  if (opts.input == "-") {
    content.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(opts.input, std::ios::binary);
    if (!in) throw Error(ErrorCode::kNotFound, opts.input + ": cannot open file for reading");
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  extract::Pipeline pipeline;
  if (opts.sentences) {
    std::size_t pos = 0;
    while (pos < content.size()) {
      std::size_t end = content.find('\n', pos);
      if (end == std::string::npos) end = content.size();
      std::string line = content.substr(pos, end - pos);
      pos = end + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      PrintOpen(opts.format, line, pipeline.ExtractSentence(line, extract::InputStyle::kPtbTokens));
    }
    return;
  }
  std::vector<model::Diagnostic> problems;
  const auto diags = input::DecodeContent(opts.input, ".txt", content, [&](model::Article&& a) {
    for (const std::string& s : pipeline.SplitSentences(a.text)) {
      PrintOpen(opts.format, s, pipeline.ExtractSentence(s, extract::InputStyle::kPlain));
    }
  });
  if (!diags.empty())
    throw Error(ErrorCode::kInvalidInput, diags.front().Location() + ": " + diags.front().reason);
}

}  // namespace

void SetupExtract(CLI::App& app, Context& /*ctx*/) {
  auto opts = std::make_shared<ExtractCommandOptions>();
  auto* cmd = app.add_subcommand("extract", "Print the triples of a text without storing anything");
  cmd->add_option("--format", opts->format,
                  "jsonl, tsv or carb (sentence, confidence, relation, arguments)")
      ->check(CLI::IsMember({"jsonl", "tsv", "carb"}));
  cmd->add_flag("--sentences", opts->sentences,
                "Each input line is one sentence (tokens as given)");
  cmd->add_option("input", opts->input, "A text file, or - for standard input");
  cmd->footer(
      "Example:\n  echo 'Denmark funds the missiles.' | kg extract --format tsv --sentences");
  cmd->callback([opts] { RunExtract(*opts); });
}

}  // namespace kg::cli
