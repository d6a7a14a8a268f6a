// The pattern language's tokenizer and recursive-descent parser.
#include <cctype>
#include <charconv>
#include <set>
#include <string>

#include "graph/query/query.h"

namespace kg::query {
namespace {

class Parser {
 public:
  explicit Parser(const std::string& text) : s_(text) {}

  Query Run() {
    Query q;
    q.patterns.push_back(Path());
    while (Accept(",")) q.patterns.push_back(Path());
    if (AcceptWord("WHERE")) {
      q.where.push_back(Compare());
      while (AcceptWord("AND")) q.where.push_back(Compare());
    }
    if (AcceptWord("RETURN")) {
      q.returns.push_back(Item());
      while (Accept(",")) q.returns.push_back(Item());
    }
    if (AcceptWord("LIMIT")) {
      const std::size_t at = Column();
      const std::string n = Number();
      std::size_t value = 0;
      const auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
      if (ec != std::errc() || ptr != n.data() + n.size())
        throw QueryError("LIMIT needs a whole number", at);
      q.limit = value;
    }
    Skip();
    if (pos_ < s_.size()) Fail("unexpected '" + std::string(1, s_[pos_]) + "'");
    return q;
  }

 private:
  [[noreturn]] void Fail(const std::string& message) const { throw QueryError(message, Column()); }
  [[nodiscard]] std::size_t Column() const { return pos_ + 1; }

  void Skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  bool Peek(std::string_view token) {
    Skip();
    return s_.compare(pos_, token.size(), token) == 0;
  }
  bool Accept(std::string_view token) {
    if (!Peek(token)) return false;
    pos_ += token.size();
    return true;
  }
  void Expect(std::string_view token) {
    if (!Accept(token)) Fail("expected '" + std::string(token) + "'");
  }
  static bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
  // A keyword, case-insensitive, not followed by a word character.
  bool AcceptWord(std::string_view word) {
    Skip();
    if (pos_ + word.size() > s_.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (std::toupper(static_cast<unsigned char>(s_[pos_ + i])) != word[i]) return false;
    }
    if (pos_ + word.size() < s_.size() && IsWordChar(s_[pos_ + word.size()])) return false;
    pos_ += word.size();
    return true;
  }
  std::string Identifier() {
    Skip();
    const std::size_t start = pos_;
    while (pos_ < s_.size() && IsWordChar(s_[pos_])) ++pos_;
    return s_.substr(start, pos_ - start);
  }
  std::string Number() {
    Skip();
    const std::size_t start = pos_;
    while (pos_ < s_.size() &&
           (std::isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.'))
      ++pos_;
    if (start == pos_) Fail("expected a number");
    return s_.substr(start, pos_ - start);
  }
  int Digits() {
    Skip();
    const std::size_t start = pos_;
    while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_])) &&
           pos_ - start < 3)
      ++pos_;
    if (start == pos_) Fail("expected a number of hops");
    return std::stoi(s_.substr(start, pos_ - start));
  }
  std::string String() {
    Skip();
    if (pos_ >= s_.size() || (s_[pos_] != '"' && s_[pos_] != '\''))
      Fail("expected a quoted string");
    const char quote = s_[pos_++];
    std::string out;
    while (pos_ < s_.size() && s_[pos_] != quote) {
      if (s_[pos_] == '\\' && pos_ + 1 < s_.size()) ++pos_;
      out += s_[pos_++];
    }
    if (pos_ >= s_.size()) Fail("unterminated string");
    ++pos_;
    return out;
  }
  // A predicate: words of letters joined by spaces are allowed in quotes; bare ones use '_'.
  std::string Predicate() {
    Skip();
    if (pos_ < s_.size() && (s_[pos_] == '"' || s_[pos_] == '\'')) return String();
    std::string p = Identifier();
    if (p.empty()) Fail("expected a predicate");
    for (char& c : p) {
      if (c == '_') c = ' ';
    }
    return p;
  }

  NodePattern Node() {
    NodePattern n;
    Expect("(");
    n.var = Identifier();
    if (Accept(":")) {
      const std::size_t at = Column();
      const std::string type = Identifier();
      n.type = model::ParseType(type);
      if (!n.type) throw QueryError("unknown entity type '" + type + "'", at);
    }
    if (Accept("{")) {
      const std::size_t at = Column();
      const std::string key = Identifier();
      if (key != "name") throw QueryError("only {name: \"...\"} is supported in a node", at);
      Expect(":");
      n.name = String();
      Expect("}");
    }
    Expect(")");
    return n;
  }

  // -[...]->, <-[...]-, -[...]-, -->, <--, --
  EdgePattern Edge() {
    EdgePattern e;
    const bool left_arrow = Accept("<-");
    if (!left_arrow) Expect("-");
    if (Accept("[")) {
      e.var = Identifier();
      if (Accept(":")) {
        e.predicates.push_back(Predicate());
        while (Accept("|")) e.predicates.push_back(Predicate());
      }
      if (Accept("*")) {
        e.min_hops = 1;
        e.max_hops = 6;
        Skip();
        if (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) {
          e.min_hops = Digits();
          e.max_hops = e.min_hops;
        }
        if (Accept("..")) {
          Skip();
          e.max_hops = (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_])))
                           ? Digits()
                           : 6;
        }
        if (e.min_hops < 0 || e.max_hops < e.min_hops || e.max_hops > 10) {
          Fail("hops must satisfy 0 <= min <= max <= 10");
        }
      }
      Expect("]");
    }
    const bool right_arrow = Accept("->");
    if (!right_arrow) Expect("-");
    if (left_arrow && right_arrow) Fail("an edge points one way, or neither");
    e.direction = left_arrow ? Direction::kBackward
                             : (right_arrow ? Direction::kForward : Direction::kEither);
    return e;
  }

  PathPattern Path() {
    PathPattern p;
    p.nodes.push_back(Node());
    while (Peek("-") || Peek("<-")) {
      p.edges.push_back(Edge());
      p.nodes.push_back(Node());
    }
    return p;
  }

  Condition Compare() {
    Condition c;
    c.column = Column();
    c.var = Identifier();
    if (c.var.empty()) Fail("expected a variable");
    Expect(".");
    c.property = Identifier();
    static const std::set<std::string> kProperties = {"name",          "type",     "confidence",
                                                      "predicate",     "negated",  "modality",
                                                      "attributed_to", "asserted", "time"};
    if (kProperties.count(c.property) == 0) {
      throw QueryError("unknown property '" + c.property +
                           "' (name, type, confidence, predicate, negated, modality, "
                           "attributed_to, asserted, time)",
                       c.column);
    }
    if (Accept("<>") || Accept("!=")) {
      c.op = CompareOp::kNe;
    } else if (Accept("<=")) {
      c.op = CompareOp::kLe;
    } else if (Accept(">=")) {
      c.op = CompareOp::kGe;
    } else if (Accept("<")) {
      c.op = CompareOp::kLt;
    } else if (Accept(">")) {
      c.op = CompareOp::kGt;
    } else if (Accept("=")) {
      c.op = CompareOp::kEq;
    } else if (AcceptWord("CONTAINS")) {
      c.op = CompareOp::kContains;
    } else {
      Fail("expected a comparison (= <> < > <= >= CONTAINS)");
    }
    Skip();
    if (pos_ < s_.size() && (s_[pos_] == '"' || s_[pos_] == '\'')) {
      c.value = String();
    } else if (AcceptWord("TRUE")) {
      c.value = "true";
    } else if (AcceptWord("FALSE")) {
      c.value = "false";
    } else {
      c.value = Number();
    }
    return c;
  }

  ReturnItem Item() {
    ReturnItem r;
    r.var = Identifier();
    if (r.var.empty()) Fail("expected a variable to return");
    if (Accept(".")) r.property = Identifier();
    return r;
  }

  const std::string& s_;
  std::size_t pos_ = 0;
};

}  // namespace

Query Parse(const std::string& text) { return Parser(text).Run(); }

}  // namespace kg::query
