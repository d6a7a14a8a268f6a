#include "extract/link_grammar/graph.h"

#include <cctype>

namespace kg::extract {

std::string_view LinkType(std::string_view label) {
  if (!label.empty() && label[0] == '_') return label.substr(0, 1);
  std::size_t n = 0;
  while (n < label.size() && std::isupper(static_cast<unsigned char>(label[n]))) ++n;
  return label.substr(0, n);
}

bool IsLink(std::string_view label, std::string_view type, std::string_view sub) {
  if (LinkType(label) != type) return false;
  return label.substr(type.size()).starts_with(sub);
}

LinkGraph::LinkGraph(const Parse& parse) : parse_(parse), by_word_(parse.words.size()) {
  for (std::size_t k = 0; k < parse.links.size(); ++k) {
    const auto& l = parse.links[k];
    by_word_[static_cast<std::size_t>(l.left)].push_back(static_cast<int>(k));
    by_word_[static_cast<std::size_t>(l.right)].push_back(static_cast<int>(k));
  }
}

std::vector<int> LinkGraph::Right(int i, std::string_view type, std::string_view sub) const {
  std::vector<int> out;
  for (const int k : LinksOf(i)) {
    const auto& l = parse_.links[static_cast<std::size_t>(k)];
    if (l.left == i && IsLink(l.label, type, sub)) out.push_back(l.right);
  }
  return out;
}

std::vector<int> LinkGraph::Left(int i, std::string_view type, std::string_view sub) const {
  std::vector<int> out;
  for (const int k : LinksOf(i)) {
    const auto& l = parse_.links[static_cast<std::size_t>(k)];
    if (l.right == i && IsLink(l.label, type, sub)) out.push_back(l.left);
  }
  return out;
}

bool LinkGraph::HasRight(int i, std::string_view type, std::string_view sub) const {
  return !Right(i, type, sub).empty();
}

bool LinkGraph::HasLeft(int i, std::string_view type, std::string_view sub) const {
  return !Left(i, type, sub).empty();
}

std::string_view LinkGraph::Label(int a, int b) const {
  for (const int k : LinksOf(a)) {
    const auto& l = parse_.links[static_cast<std::size_t>(k)];
    if ((l.left == a && l.right == b) || (l.left == b && l.right == a)) return l.label;
  }
  return {};
}

}  // namespace kg::extract
