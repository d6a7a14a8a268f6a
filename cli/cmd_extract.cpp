#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/models_dir.h"
#include "extract/clauses/clause_extractor.h"
#include "extract/clauses/open_ie.h"
#include "extract/clauses/repair_parse.h"
#include "extract/emit_triples.h"
#include "extract/entities/values.h"
#include "extract/ud_pipeline.h"
#include "input/article_reader.h"
#include "model/error.h"
#include "nlp/analyzer.h"
#include "nlp/entity_recognizer.h"
#include "nlp/gazetteer.h"
#include "nlp/utf8.h"

namespace kg::cli {
namespace {

struct ExtractCommandOptions {
  std::string format = "jsonl";
  bool sentences = false;
  std::string input = "-";
  std::string models;
};

std::string Flat(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// A PTB token as CaRB and CoNLL write it, as the text it stands for.
std::string FromPtb(const std::string& token) {
  static const std::pair<const char*, const char*> kPtb[] = {
      {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"},
      {"-LCB-", "{"}, {"-RCB-", "}"}, {"``", "\""},   {"''", "\""}};
  for (const auto& [ptb, text] : kPtb)
    if (token == ptb) return text;
  return token;
}

// One line of space-separated tokens as an unanalysed sentence (offsets in the joined forms).
nlp::AnalyzedSentence TokenizedSentence(const std::string& line) {
  nlp::AnalyzedSentence s;
  std::istringstream words(line);
  std::string word;
  std::size_t at = 0;
  while (words >> word) {
    nlp::Token t;
    t.form = FromPtb(word);
    t.start = at;
    t.end = at + nlp::CodePointCount(t.form);
    at = t.end + 1;
    s.tokens.push_back(std::move(t));
  }
  s.end = at == 0 ? 0 : at - 1;
  return s;
}

// Open IE rows from the UD extractor: arguments in the sentence's order, full phrases.
void PrintUd(const std::string& format, const std::string& sentence,
             const std::vector<extract::ClauseTriple>& triples) {
  for (const auto& t : triples) {
    const auto [arg1, arg2] = extract::SentenceOrder(t);
    if (format == "carb" || format == "tsv") {
      std::cout << Flat(sentence) << '\t' << FormatConfidence(t.confidence) << '\t'
                << Flat(t.relation) << '\t' << Flat(arg1->text) << '\t' << Flat(arg2->text) << '\n';
      continue;
    }
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "sentence", sentence);
    Member(w, "subject", t.subject.name);
    Member(w, "relation", t.relation);
    Member(w, "object", t.object.name);
    Member(w, "predicate", t.predicate);
    Member(w, "negated", t.negated);
    Member(w, "modality", t.modality);
    Member(w, "attributed_to", t.attributed_to);
    Member(w, "asserted", t.asserted);
    Member(w, "time", t.time);
    Member(w, "value", t.object.value);
    Number(w, "confidence", t.confidence);
    Member(w, "extractor", "ud/" + std::string(extract::Rule(t.rule).name));
    w.EndObject();
  }
}

// The words of token indices, joined by single spaces: CaRB compares whitespace tokens, so each
// token is written as the input spelt it (`Pittsburgh 's`, ``` `` ```), not as text would join it.
std::string Words(const std::vector<std::string>& words, const std::vector<int>& tokens) {
  std::string out;
  for (const int t : tokens) {
    if (t < 0 || static_cast<std::size_t>(t) >= words.size()) continue;
    out += (out.empty() ? "" : " ") + words[static_cast<std::size_t>(t)];
  }
  return out;
}

// Open IE rows (--format carb): the clause-centric view of the same clauses, n-ary, every clause.
void PrintOpenIe(const std::string& sentence, const std::vector<std::string>& words,
                 const std::vector<extract::OpenIeTuple>& tuples) {
  for (const auto& t : tuples) {
    std::string relation = t.relation_word;
    const std::string spelt = Words(words, t.relation);
    relation += (relation.empty() || spelt.empty() ? "" : " ") + spelt;
    std::cout << Flat(sentence) << '\t' << FormatConfidence(t.confidence) << '\t' << Flat(relation);
    for (const auto& a : t.arguments) std::cout << '\t' << Flat(Words(words, a));
    std::cout << '\n';
  }
}

// Each article of opts.input read as `kg ingest` reads it (by extension: text, Markdown, HTML,
// JSONL; a folder; "-" for standard input) and analysed as ingest analyses it (wire markup,
// headline and dateline blanked, capitals recased, entities tagged over the article, the parse
// repaired), then through the clause rules; each row quotes its sentence as the article spells
// it. An input that cannot be read is reported on stderr and makes the exit code 3.
void RunExtractArticles(const ExtractCommandOptions& opts, Context& ctx) {
  const extract::UdModels models(ResolveModelsDir(opts.models));
  std::vector<model::Article> articles;
  const input::ReadReport report = input::ReadArticles(
      {opts.input}, std::cin, [&](model::Article&& a) { articles.push_back(std::move(a)); });
  for (const model::Article& article : articles) {
    std::vector<nlp::AnalyzedSentence> sentences = models.analyzer.Analyze(
        extract::TextForParsing(models, article.text, article.title), 1, extract::kMaxClauseTokens);
    extract::AnnotateDocument(models, sentences);
    const std::vector<model::SentenceSpan> spans = extract::SentenceSpans(article, sentences);
    extract::ArgumentContext context;
    context.pronouns = opts.format != "jsonl";  // Open IE rows quote "he"; graph triples never
    context.article_date = extract::ParseArticleDate(article.date);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      if (opts.format != "carb") {
        PrintUd(opts.format, spans[i].text, extract::ExtractClauseTriples(sentences[i], context));
        continue;
      }
      std::vector<std::string> words;
      for (const nlp::Token& t : sentences[i].tokens) words.push_back(t.form);
      PrintOpenIe(spans[i].text, words, extract::OpenIeTuples(sentences[i]));
    }
  }
  ReportDiagnostics(report.rejected);
  if (!report.rejected.empty()) ctx.exit_code = kExitRejected;
}

// One sentence a line, tokens as given, through the nlp analyser's UD trees and the clause rules.
void RunExtractSentences(const ExtractCommandOptions& opts, const std::string& content) {
  const std::string models = ResolveModelsDir(opts.models);
  const nlp::Analyzer analyzer(models);
  const auto lexicon = nlp::Lexicon::Open();
  // The same named entities as kg ingest and kg analyze see (types, titles, places).
  const auto gazetteer = std::make_shared<const nlp::Gazetteer>();
  const nlp::EntityRecognizer recognizer(models + "/" + nlp::kNerFile, lexicon, gazetteer);
  std::vector<std::string> texts;
  std::vector<nlp::AnalyzedSentence> sentences;
  std::istringstream lines(content);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    texts.push_back(line);
    sentences.push_back(TokenizedSentence(line));
  }
  std::vector<std::vector<nlp::Token>*> all;
  for (auto& s : sentences) all.push_back(&s.tokens);
  analyzer.AnalyzeAll(all, 1);
  // Each line is a sentence of its own: no document vote across unrelated lines.
  for (auto* tokens : all) recognizer.MarkDocument({tokens});
  extract::RepairParse(sentences, *lexicon, *gazetteer);
  extract::ArgumentContext context;
  context.pronouns = opts.format != "jsonl";  // Open IE rows quote "he"; graph triples never
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (opts.format != "carb") {
      PrintUd(opts.format, texts[i], extract::ExtractClauseTriples(sentences[i], context));
      continue;
    }
    std::vector<std::string> words;
    std::istringstream given(texts[i]);
    for (std::string w; given >> w;) words.push_back(w);
    if (words.size() != sentences[i].tokens.size()) {
      words.clear();
      for (const nlp::Token& t : sentences[i].tokens) words.push_back(t.form);
    }
    PrintOpenIe(texts[i], words, extract::OpenIeTuples(sentences[i]));
  }
}

void RunExtract(const ExtractCommandOptions& opts, Context& ctx) {
  if (!opts.sentences) {
    RunExtractArticles(opts, ctx);
    return;
  }
  std::string content;
  if (opts.input == "-") {
    content.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(opts.input, std::ios::binary);
    if (!in) throw Error(ErrorCode::kNotFound, opts.input + ": cannot open file for reading");
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  RunExtractSentences(opts, content);
}

}  // namespace

void SetupExtract(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ExtractCommandOptions>();
  auto* cmd = app.add_subcommand("extract", "Print the triples of a text without storing anything");
  cmd->add_option("--format", opts->format,
                  "jsonl, tsv or carb (sentence, confidence, relation, arguments: the Open IE "
                  "view, every clause, n-ary)")
      ->check(CLI::IsMember({"jsonl", "tsv", "carb"}));
  cmd->add_flag("--sentences", opts->sentences,
                "Each input line is one sentence (tokens as given)");
  cmd->add_option("input", opts->input,
                  "An article as kg ingest reads it (text, Markdown, HTML, JSON lines; a folder), "
                  "or - for standard input (default)");
  AddParserOption(*cmd);
  cmd->add_option("--models", opts->models,
                  "Directory of the trained models (default: $KG_MODELS, the "
                  "installed models, the source tree's)");
  cmd->footer("Example:\n  echo 'Denmark funds the missiles.' | kg extract --format tsv");
  cmd->callback([opts, &ctx] { RunExtract(*opts, ctx); });
}

}  // namespace kg::cli
