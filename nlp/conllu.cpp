#include "nlp/conllu.h"

#include <array>
#include <charconv>
#include <fstream>

#include "model/error.h"
#include "nlp/utf8.h"

namespace kg::nlp {
namespace {

constexpr std::size_t kColumns = 10;

[[noreturn]] void Fail(std::string_view name, std::size_t line, const std::string& problem) {
  throw Error(ErrorCode::kInvalidInput,
              std::string(name) + ":" + std::to_string(line) + ": " + problem);
}

std::array<std::string_view, kColumns> SplitColumns(std::string_view line, std::string_view name,
                                                    std::size_t line_no) {
  std::array<std::string_view, kColumns> cols{};
  std::size_t n = 0;
  std::size_t pos = 0;
  while (true) {
    const std::size_t tab = line.find('\t', pos);
    if (n == kColumns) Fail(name, line_no, "more than 10 tab-separated columns");
    cols[n++] = line.substr(pos, tab == std::string_view::npos ? tab : tab - pos);
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  if (n != kColumns)
    Fail(name, line_no, "expected 10 tab-separated columns, got " + std::to_string(n));
  return cols;
}

bool ParseInt(std::string_view s, int& value) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

std::string Field(std::string_view s) { return s == "_" ? std::string() : std::string(s); }

// Adds one word line to the sentence, checking that ids run 1, 2, 3...
void AddWord(const std::array<std::string_view, kColumns>& cols, ConlluSentence& s,
             std::string_view name, std::size_t line_no) {
  int id = 0;
  if (!ParseInt(cols[0], id) || id != static_cast<int>(s.sentence.tokens.size()) + 1) {
    Fail(name, line_no, "word id '" + std::string(cols[0]) + "' out of order");
  }
  Token t;
  t.form = std::string(cols[1]);
  t.lemma = Field(cols[2]);
  t.upos = Field(cols[3]);
  t.xpos = Field(cols[4]);
  t.feats = Field(cols[5]);
  if (cols[6] != "_" && (!ParseInt(cols[6], t.head) || t.head < 0)) {
    Fail(name, line_no, "bad head '" + std::string(cols[6]) + "'");
  }
  t.deprel = Field(cols[7]);
  s.misc.emplace_back(cols[9]);
  s.sentence.tokens.push_back(std::move(t));
}

// Offsets in the words joined by single spaces; heads must point inside the sentence.
void Finish(ConlluSentence& s, std::string_view name, std::size_t line_no) {
  std::size_t pos = 0;
  const int n = static_cast<int>(s.sentence.tokens.size());
  for (Token& t : s.sentence.tokens) {
    t.start = pos;
    t.end = pos + CodePointCount(t.form);
    pos = t.end + 1;
    if (t.head > n) Fail(name, line_no, "head " + std::to_string(t.head) + " beyond the sentence");
  }
  s.sentence.start = 0;
  s.sentence.end = pos == 0 ? 0 : pos - 1;
}

}  // namespace

std::vector<ConlluSentence> ReadConllu(std::istream& in, std::string_view name,
                                       ConlluStats* stats) {
  std::vector<ConlluSentence> out;
  ConlluStats counts;
  ConlluSentence current;
  bool open = false;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (open) {
        Finish(current, name, line_no);
        counts.words += current.sentence.tokens.size();
        out.push_back(std::move(current));
        current = ConlluSentence();
        open = false;
      }
      continue;
    }
    open = true;
    if (line[0] == '#') {
      current.comments.push_back(line);
      continue;
    }
    const auto cols = SplitColumns(line, name, line_no);
    const bool range = cols[0].find('-') != std::string_view::npos;
    const bool empty_node = cols[0].find('.') != std::string_view::npos;
    if (range || empty_node) {
      (range ? counts.multiword_tokens : counts.empty_nodes) += 1;
      current.extra_lines.push_back({current.sentence.tokens.size(), line});
      continue;
    }
    AddWord(cols, current, name, line_no);
  }
  if (open) {
    Finish(current, name, line_no);
    counts.words += current.sentence.tokens.size();
    out.push_back(std::move(current));
  }
  counts.sentences = out.size();
  if (stats != nullptr) *stats = counts;
  return out;
}

std::vector<ConlluSentence> ReadConlluFile(const std::string& path, ConlluStats* stats) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIoError, path + ": cannot open");
  return ReadConllu(in, path, stats);
}

void WriteConllu(std::ostream& out, const ConlluSentence& s) {
  for (const std::string& c : s.comments) out << c << '\n';
  const auto put = [&out](const std::string& v) -> std::ostream& {
    return out << (v.empty() ? "_" : v);
  };
  std::size_t extra = 0;
  const auto& tokens = s.sentence.tokens;
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    while (extra < s.extra_lines.size() && s.extra_lines[extra].before == i) {
      out << s.extra_lines[extra++].line << '\n';
    }
    if (i == tokens.size()) break;
    const Token& t = tokens[i];
    out << i + 1 << '\t' << t.form << '\t';
    put(t.lemma) << '\t';
    put(t.upos) << '\t';
    put(t.xpos) << '\t';
    put(t.feats) << '\t' << t.head << '\t';
    put(t.deprel) << "\t_\t";
    std::string misc = i < s.misc.size() && s.misc[i] != "_" ? s.misc[i] : std::string();
    if (!t.entity.empty() && t.entity != "O")
      misc += (misc.empty() ? "" : "|") + ("NE=" + t.entity);
    put(misc) << '\n';
  }
  out << '\n';
}

ConlluSentence ToConllu(const AnalyzedSentence& sentence) {
  ConlluSentence s;
  s.sentence = sentence;
  s.misc.assign(sentence.tokens.size(), "_");
  return s;
}

}  // namespace kg::nlp
