// kg analyze: sentences, tokens with offsets, part-of-speech tags and UD dependency trees.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "cli/commands.h"
#include "cli/models_dir.h"
#include "extract/ud_pipeline.h"
#include "model/error.h"
#include "nlp/analyzer.h"
#include "nlp/conllu.h"
#include "nlp/entity_recognizer.h"
#include "nlp/text_normalizer.h"

namespace kg::cli {
namespace {

struct AnalyzeOptions {
  std::string input = "-";
  std::string format = "conllu";
  std::string models;
  bool tokenized = false;
  bool repaired = false;
  int threads = 1;
};

std::string ReadAll(const std::string& path) {
  if (path == "-")
    return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIoError, path + ": cannot open");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteJson(std::ostream& out, const std::vector<nlp::AnalyzedSentence>& sentences) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  const auto str = [&w](const std::string& s) {
    w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  };
  w.StartObject();
  w.Key("sentences");
  w.StartArray();
  for (const auto& s : sentences) {
    w.StartObject();
    w.Key("start");
    w.Uint64(s.start);
    w.Key("end");
    w.Uint64(s.end);
    w.Key("tokens");
    w.StartArray();
    int id = 0;
    for (const auto& t : s.tokens) {
      w.StartObject();
      w.Key("id");
      w.Int(++id);
      w.Key("form");
      str(t.form);
      w.Key("start");
      w.Uint64(t.start);
      w.Key("end");
      w.Uint64(t.end);
      w.Key("upos");
      str(t.upos);
      w.Key("xpos");
      str(t.xpos);
      w.Key("lemma");
      str(t.lemma);
      w.Key("head");
      w.Int(t.head);
      w.Key("deprel");
      str(t.deprel);
      w.Key("entity");
      str(t.entity);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

void WriteText(std::ostream& out, const AnalyzeOptions& o,
               const std::vector<nlp::AnalyzedSentence>& sentences) {
  if (o.format == "json") {
    WriteJson(out, sentences);
    return;
  }
  int n = 0;
  for (const auto& s : sentences) {
    nlp::ConlluSentence c = nlp::ToConllu(s);
    c.comments.push_back("# sent_id = " + std::to_string(++n));
    std::string joined;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const auto& t = s.tokens[i];
      joined += (i == 0 ? "" : " ") + t.form;
      c.misc[i] = "TokenRange=" + std::to_string(t.start) + ":" + std::to_string(t.end);
    }
    c.comments.push_back("# text = " + joined);
    nlp::WriteConllu(out, c);
  }
}

void RunAnalyze(const AnalyzeOptions& o) {
  const std::string content = ReadAll(o.input);
  const std::string name = o.input == "-" ? "<stdin>" : o.input;
  std::size_t bad = 0;
  if (!nlp::IsValidUtf8(content, &bad)) {
    throw Error(ErrorCode::kInvalidInput, name + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  const std::string models = ResolveModelsDir(o.models);
  if (o.repaired && o.tokenized)
    throw Error(ErrorCode::kInvalidInput, "--repaired cannot be used with --tokenized");
  if (o.repaired) {
    // The trees the extraction rules read: the text recased as `kg ingest` recases it, entity
    // tags over the whole text as one document, then the parse repairs
    // (extract/clauses/repair_parse.h).
    const extract::UdModels ud(models);
    auto analysed = ud.analyzer.Analyze(extract::TextForParsing(ud, content, ""), o.threads);
    extract::AnnotateDocument(ud, analysed);
    std::ostringstream out;
    WriteText(out, o, analysed);
    std::cout << out.str();
    return;
  }
  const nlp::Analyzer analyzer(models);
  const nlp::EntityRecognizer recognizer(models + "/" + nlp::kNerFile, nlp::Lexicon::Open(),
                                         std::make_shared<const nlp::Gazetteer>());
  std::ostringstream out;
  if (!o.tokenized) {
    auto analysed = analyzer.Analyze(content, o.threads);
    std::vector<std::vector<nlp::Token>*> document;  // the input is one document
    for (auto& s : analysed) document.push_back(&s.tokens);
    recognizer.MarkDocument(document);
    WriteText(out, o, analysed);
    std::cout << out.str();
    return;
  }
  std::istringstream in(content);
  std::vector<nlp::ConlluSentence> sentences = nlp::ReadConllu(in, name);
  std::vector<std::vector<nlp::Token>*> all;
  for (auto& s : sentences) {
    for (auto& t : s.sentence.tokens)
      t = nlp::Token{t.form, t.start, t.end, "", "", "", "", 0, "", "O"};
    all.push_back(&s.sentence.tokens);
  }
  analyzer.AnalyzeAll(all, o.threads);
  recognizer.MarkDocument(all);  // the input is one document
  if (o.format == "json") {
    std::vector<nlp::AnalyzedSentence> plain;
    for (const auto& s : sentences) plain.push_back(s.sentence);
    WriteJson(out, plain);
  } else {
    for (const auto& s : sentences) nlp::WriteConllu(out, s);
  }
  std::cout << out.str();
}

}  // namespace

void SetupAnalyze(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<AnalyzeOptions>();
  auto* cmd = app.add_subcommand(
      "analyze", "Tag and parse text: sentences, tokens with offsets, UPOS/XPOS, UD trees");
  cmd->add_option("input", opts->input, "Text file, or - for standard input")->required();
  cmd->add_option("--format", opts->format, "conllu (default) or json")
      ->check(CLI::IsMember({"conllu", "json"}));
  cmd->add_flag(
      "--tokenized", opts->tokenized,
      "Input is CoNLL-U: keep its sentences and tokens exactly (for scoring with ud_score.py)");
  cmd->add_flag("--repaired", opts->repaired,
                "Show the trees the extraction rules read: after entity tagging and the parse "
                "repairs (not with --tokenized)");
  cmd->add_option("--models", opts->models,
                  "Directory of the trained models (default: $KG_MODELS, the installed models, the "
                  "source tree's)");
  cmd->add_option("--threads", opts->threads,
                  "Threads for tagging and parsing (output is the same)")
      ->check(CLI::Range(1, 256));
  (void)ctx;
  cmd->callback([opts] { RunAnalyze(*opts); });
}

}  // namespace kg::cli
