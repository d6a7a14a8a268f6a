#include "nlp/dep_tree.h"

#include <algorithm>
#include <cctype>

namespace kg::nlp {

namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EntityInside(std::string_view tag) { return tag.size() > 2 && tag.substr(0, 2) == "I-"; }
bool EntityBegins(std::string_view tag) { return tag.size() > 2 && tag.substr(0, 2) == "B-"; }

// Tokenised input (CoNLL-U, PTB) spaces every token; these never take a space before or after
// them in text: "$40", "3, 2024", "Kelso's", "12%".
bool JoinsLeft(std::string_view form) {
  static constexpr std::string_view kLeft[] = {",", ".", "'s", "’s", "%", ")", "n't",
                                               "'", ":", ";",  "!",  "?", "”"};
  return std::find(std::begin(kLeft), std::end(kLeft), form) != std::end(kLeft);
}
bool JoinsRight(std::string_view form) {
  static constexpr std::string_view kRight[] = {"$", "(", "“", "£", "€"};
  return std::find(std::begin(kRight), std::end(kRight), form) != std::end(kRight);
}

}  // namespace

DepTree::DepTree(const AnalyzedSentence& sentence)
    : sentence_(sentence),
      heads_(sentence.tokens.size(), kNone),
      children_(sentence.tokens.size()) {
  const int n = size();
  for (int i = 0; i < n; ++i) {
    const int head = token(i).head;
    if (head >= 1 && head <= n && head - 1 != i) {
      heads_[static_cast<std::size_t>(i)] = head - 1;
      children_[static_cast<std::size_t>(head - 1)].push_back(i);
    }
  }
}

std::string_view DepTree::BaseRel(int i) const {
  const std::string_view rel = Rel(i);
  return rel.substr(0, rel.find(':'));
}

bool IsRel(const Token& token, std::string_view rel) {
  const std::string_view full = token.deprel;
  if (full == rel) return true;
  return full.size() > rel.size() && full.substr(0, rel.size()) == rel && full[rel.size()] == ':';
}

bool FormsTree(const std::vector<Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  for (int k = 0; k < n; ++k) {
    int h = k;
    for (int steps = 0; h >= 0; ++steps) {
      if (steps > n || h >= n) return false;
      h = tokens[static_cast<std::size_t>(h)].head - 1;
    }
  }
  return true;
}

bool DepTree::IsRel(int i, std::string_view rel) const { return nlp::IsRel(token(i), rel); }

std::string DepTree::Lemma(int i) const {
  const std::string& lemma = token(i).lemma;
  return lemma.empty() || lemma == "_" ? Lower(i) : AsciiLower(lemma);
}

std::string DepTree::Lower(int i) const { return AsciiLower(token(i).form); }

std::optional<int> DepTree::Child(int i, std::string_view rel) const {
  for (const int c : Children(i))
    if (IsRel(c, rel)) return c;
  return std::nullopt;
}

std::vector<int> DepTree::ChildrenWith(int i, std::string_view rel) const {
  std::vector<int> out;
  for (const int c : Children(i))
    if (IsRel(c, rel)) out.push_back(c);
  return out;
}

bool DepTree::HasChildLemma(int i, std::string_view rel,
                            std::initializer_list<std::string_view> lemmas) const {
  for (const int c : Children(i)) {
    if (!IsRel(c, rel)) continue;
    const std::string lemma = Lemma(c);
    if (std::find(lemmas.begin(), lemmas.end(), lemma) != lemmas.end()) return true;
  }
  return false;
}

std::vector<int> DepTree::Subtree(int i, std::initializer_list<std::string_view> cut) const {
  return Subtree(i, [&](int c) {
    return std::find(cut.begin(), cut.end(), BaseRel(c)) == cut.end() &&
           std::find(cut.begin(), cut.end(), std::string_view(Rel(c))) == cut.end();
  });
}

std::vector<int> DepTree::Subtree(int i, const std::function<bool(int)>& follow) const {
  std::vector<int> out;
  std::vector<bool> seen(static_cast<std::size_t>(size()), false);
  std::vector<int> stack{i};
  // `seen` guards against a cyclic (damaged) tree as well as repeated visits.
  while (!stack.empty()) {
    const int t = stack.back();
    stack.pop_back();
    if (seen[static_cast<std::size_t>(t)]) continue;
    seen[static_cast<std::size_t>(t)] = true;
    out.push_back(t);
    for (const int c : Children(t))
      if (follow(c)) stack.push_back(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string DepTree::Text(const std::vector<int>& tokens) const {
  std::string out;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (k > 0 && token(tokens[k - 1]).end != token(tokens[k]).start &&
        !JoinsLeft(token(tokens[k]).form) && !JoinsRight(token(tokens[k - 1]).form))
      out += ' ';
    out += token(tokens[k]).form;
  }
  return out;
}

std::optional<DepTree::Mention> DepTree::MentionOf(int i) const {
  const std::string& tag = token(i).entity;
  if (!EntityBegins(tag) && !EntityInside(tag)) return std::nullopt;
  const std::string type = tag.substr(2);
  int first = i;
  while (first > 0 && EntityInside(token(first).entity) &&
         token(first - 1).entity.substr(std::min<std::size_t>(2, token(first - 1).entity.size())) ==
             type &&
         (EntityBegins(token(first - 1).entity) || EntityInside(token(first - 1).entity)))
    --first;
  int last = i;
  while (last + 1 < size() && token(last + 1).entity == "I-" + type) ++last;
  // A person's name holds no "and": "Greta and Malik" tagged as one person is two.
  if (type == "PERSON" && Upos(i) != "CCONJ") {
    for (int t = i; t > first; --t)
      if (Upos(t - 1) == "CCONJ") first = t;
    for (int t = i; t < last; ++t)
      if (Upos(t + 1) == "CCONJ") last = t;
  }
  return Mention{first, last, type};
}

}  // namespace kg::nlp
