#include "nlp/ner_corpus.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "model/error.h"
#include "nlp/conllu.h"

namespace kg::nlp {
namespace {

struct Mention {
  std::size_t first = 0;
  std::size_t last = 0;  // inclusive
  std::string type;
};

[[noreturn]] void Fail(const std::string& source, std::size_t line, const std::string& what) {
  throw Error(ErrorCode::kInvalidInput, source + ":" + std::to_string(line) + ": " + what);
}

[[noreturn]] void Fail(const std::string& source, const std::string& sent_id,
                       const std::string& what) {
  throw Error(ErrorCode::kInvalidInput, source + ": sentence " + sent_id + ": " + what);
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

// The value of "# key = value" among a sentence's comments, or "".
std::string Comment(const std::vector<std::string>& comments, std::string_view key) {
  const std::string prefix = "# " + std::string(key) + " = ";
  for (const auto& c : comments)
    if (c.rfind(prefix, 0) == 0) return c.substr(prefix.size());
  return "";
}

std::string MiscValue(const std::string& misc, std::string_view key) {
  std::size_t pos = 0;
  while (pos < misc.size()) {
    const std::size_t bar = std::min(misc.find('|', pos), misc.size());
    const std::string_view item(misc.data() + pos, bar - pos);
    if (item.size() > key.size() && item.substr(0, key.size()) == key && item[key.size()] == '=')
      return std::string(item.substr(key.size() + 1));
    pos = bar + 1;
  }
  return "";
}

std::optional<NameClass> GumClass(std::string_view type) {
  if (type == "person") return NameClass::kPerson;
  if (type == "place") return NameClass::kPlace;
  if (type == "organization") return NameClass::kOrganization;
  if (type == "event") return NameClass::kEvent;
  if (type == "object") return NameClass::kProduct;
  if (type == "abstract" || type == "substance" || type == "animal" || type == "plant")
    return NameClass::kMisc;
  return std::nullopt;
}

// Opens and closes the mentions one token's Entity= value describes: "(ID-type-...", "(...)"
// for a one-token mention, "ID)" to close.
void ReadBrackets(const std::string& value, std::size_t index,
                  std::map<std::string, std::vector<Mention>>& open, std::vector<Mention>& done) {
  std::size_t i = 0;
  while (i < value.size()) {
    if (value[i] == '(') {
      const std::size_t end = std::min(value.find_first_of("()", i + 1), value.size());
      const std::string fields = value.substr(i + 1, end - i - 1);
      const std::size_t dash = fields.find('-');
      const std::string id = fields.substr(0, dash);
      const std::size_t dash2 = fields.find('-', dash + 1);
      const std::string type =
          dash == std::string::npos ? "" : fields.substr(dash + 1, dash2 - dash - 1);
      if (end < value.size() && value[end] == ')') {
        done.push_back({index, index, type});
        i = end + 1;
      } else {
        open[id].push_back({index, index, type});  // an id may open again inside itself
        i = end;
      }
    } else if (std::isdigit(static_cast<unsigned char>(value[i]))) {
      const std::size_t close = value.find(')', i);
      if (close == std::string::npos) throw Error(ErrorCode::kInvalidInput, "unclosed mention");
      const auto it = open.find(value.substr(i, close - i));
      if (it == open.end() || it->second.empty())
        throw Error(ErrorCode::kInvalidInput, "mention closed but not opened");
      Mention m = it->second.back();
      it->second.pop_back();
      if (it->second.empty()) open.erase(it);
      m.last = index;
      done.push_back(m);
      i = close + 1;
    } else {
      ++i;
    }
  }
}

bool Capitalised(const std::string& w) {
  return !w.empty() && (std::isupper(static_cast<unsigned char>(w[0])) ||
                        static_cast<unsigned char>(w[0]) >= 0xC3);
}

bool NamePart(const Token& t) {
  return t.upos == "PROPN" ||
         (Capitalised(t.form) && t.upos != "DET" && t.upos != "PRON" && t.upos != "PUNCT");
}

bool Connector(const std::string& w) {
  return w == "of" || w == "&" || w == "and" || w == "de" || w == "the" || w == "-";
}

// The name inside a mention: the proper or capitalised run around its head; empty when the
// mention is not headed by a proper noun.
std::optional<std::pair<std::size_t, std::size_t>> NameSpanOf(const std::vector<Token>& toks,
                                                              const Mention& m) {
  std::size_t head = m.first;
  for (std::size_t i = m.first; i <= m.last; ++i) {
    const auto h = static_cast<std::ptrdiff_t>(toks[i].head);
    if (h <= 0 || static_cast<std::size_t>(h - 1) < m.first ||
        static_cast<std::size_t>(h - 1) > m.last) {
      head = i;
      break;
    }
  }
  if (toks[head].upos != "PROPN") return std::nullopt;
  std::size_t a = head;
  std::size_t b = head;
  const auto part = [&](std::size_t i) { return i >= m.first && i <= m.last && NamePart(toks[i]); };
  while (true) {
    if (a > m.first && part(a - 1)) {
      --a;
    } else if (a > m.first + 1 && Connector(toks[a - 1].form) && part(a - 2)) {
      a -= 2;
    } else {
      break;
    }
  }
  while (true) {
    if (b < m.last && part(b + 1)) {
      ++b;
    } else if (b + 2 <= m.last && Connector(toks[b + 1].form) && part(b + 2)) {
      b += 2;
    } else {
      break;
    }
  }
  return std::make_pair(a, b);
}

NerSentence GumSentence(const std::vector<Token>& toks, const std::vector<Mention>& mentions,
                        const DemonymTest& is_demonym) {
  NerSentence s;
  for (const auto& t : toks) {
    s.tokens.push_back(t.form);
    s.upos.push_back(t.upos);
  }
  s.labels.assign(toks.size(), kOutside);
  struct Named {
    std::size_t a, b;
    NameClass c;
  };
  std::vector<Named> named;
  for (const Mention& m : mentions) {
    const auto c = GumClass(m.type);
    if (!c) continue;
    const auto span = NameSpanOf(toks, m);
    if (!span) continue;
    NameClass cls = *c;
    if ((cls == NameClass::kPerson || cls == NameClass::kOrganization) &&
        span->first == span->second && is_demonym && is_demonym(toks[span->first].form))
      cls = NameClass::kNorp;
    named.push_back({span->first, span->second, cls});
  }
  // Outermost first; ties by position, so the result does not depend on bracket order.
  std::stable_sort(named.begin(), named.end(), [](const Named& x, const Named& y) {
    if (x.b - x.a != y.b - y.a) return x.b - x.a > y.b - y.a;
    return x.a < y.a;
  });
  for (const Named& n : named) {
    bool free = true;
    for (std::size_t i = n.a; i <= n.b; ++i) free = free && s.labels[i] == kOutside;
    if (!free) continue;
    s.labels[n.a] = BeginLabel(n.c);
    for (std::size_t i = n.a + 1; i <= n.b; ++i) s.labels[i] = InsideLabel(n.c);
  }
  return s;
}

}  // namespace

std::vector<NerSentence> ReadGumEntities(std::istream& in, const std::string& source,
                                         const DemonymTest& is_demonym) {
  std::vector<NerSentence> out;
  std::string doc;
  for (const ConlluSentence& c : ReadConllu(in, source)) {
    if (const std::string d = Comment(c.comments, "newdoc id"); !d.empty()) doc = d;
    const std::string id = Comment(c.comments, "sent_id");
    std::map<std::string, std::vector<Mention>> open;
    std::vector<Mention> done;
    for (std::size_t i = 0; i < c.sentence.tokens.size(); ++i) {
      try {
        ReadBrackets(MiscValue(c.misc[i], "Entity"), i, open, done);
      } catch (const Error& e) {
        Fail(source, id, e.what());
      }
    }
    if (!open.empty()) Fail(source, id, "mention " + open.begin()->first + " not closed");
    out.push_back(GumSentence(c.sentence.tokens, done, is_demonym));
    out.back().doc = doc;
    out.back().id = id;
  }
  return out;
}

std::vector<NerSentence> ReadUner(std::istream& in, const std::string& source) {
  static const std::unordered_map<std::string, NameClass> kTypes = {
      {"PER", NameClass::kPerson},
      {"ORG", NameClass::kOrganization},
      {"LOC", NameClass::kPlace},
      {"OTH", NameClass::kMisc}};
  std::vector<NerSentence> out;
  NerSentence cur;
  std::string doc;
  std::string line;
  std::size_t line_no = 0;
  const auto flush = [&] {
    if (!cur.tokens.empty()) out.push_back(std::move(cur));
    cur = NerSentence{};
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc id = ", 0) == 0) doc = line.substr(14);
      if (line.rfind("# sent_id = ", 0) == 0) cur.id = line.substr(12);
      continue;
    }
    const auto cols = SplitTabs(line);
    if (cols.size() < 3) Fail(source, line_no, "expected at least 3 tab-separated columns");
    const std::string& tag = cols[2];
    NerLabel label = kOutside;
    if (tag != "O") {
      const auto it = tag.size() > 2 ? kTypes.find(tag.substr(2)) : kTypes.end();
      if (it == kTypes.end() || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
        Fail(source, line_no, "unknown tag '" + tag + "'");
      const NerLabel prev = cur.labels.empty() ? kOutside : cur.labels.back();
      const bool continues = tag[0] == 'I' && prev != kOutside && ClassOf(prev) == it->second;
      label = continues ? InsideLabel(it->second) : BeginLabel(it->second);
    }
    cur.doc = doc;
    cur.tokens.push_back(cols[1]);
    cur.labels.push_back(label);
  }
  flush();
  return out;
}

std::vector<std::pair<std::string, std::vector<std::string>>> ReadUposBySentId(
    std::istream& in, const std::string& source) {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (const ConlluSentence& c : ReadConllu(in, source)) {
    std::vector<std::string> tags;
    for (const Token& t : c.sentence.tokens) tags.push_back(t.upos);
    out.emplace_back(Comment(c.comments, "sent_id"), std::move(tags));
  }
  return out;
}

std::size_t AttachUpos(std::vector<NerSentence>& sentences,
                       const std::vector<std::pair<std::string, std::vector<std::string>>>& tags) {
  std::unordered_map<std::string, const std::vector<std::string>*> by_id;
  for (const auto& [id, t] : tags) by_id[id] = &t;
  std::size_t n = 0;
  for (NerSentence& s : sentences) {
    const auto it = by_id.find(s.id);
    if (it == by_id.end() || it->second->size() != s.tokens.size()) continue;
    s.upos = *it->second;
    ++n;
  }
  return n;
}

}  // namespace kg::nlp
