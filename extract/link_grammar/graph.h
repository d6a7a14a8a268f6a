#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/link_grammar/parser.h"

namespace kg::extract {

// The upper-case part of a link label: "Ss*s" -> "S", "MVp" -> "MV", "SJls" -> "SJ", "_IEI" -> "_".
[[nodiscard]] std::string_view LinkType(std::string_view label);

// True when label has exactly the given type and its subscript starts with sub
// (IsLink("MVp", "MV", "p"), IsLink("Ss*s", "S")).
[[nodiscard]] bool IsLink(std::string_view label, std::string_view type, std::string_view sub = "");

// Navigation over one linkage: the words linked to a word, by link type and side.
class LinkGraph {
 public:
  explicit LinkGraph(const Parse& parse);

  [[nodiscard]] int size() const { return static_cast<int>(parse_.words.size()); }
  [[nodiscard]] const ParsedWord& word(int i) const {
    return parse_.words[static_cast<std::size_t>(i)];
  }
  [[nodiscard]] const std::vector<ParsedLink>& links() const { return parse_.links; }
  [[nodiscard]] const Parse& parse() const { return parse_; }

  // Words j > i joined to i by a link of this type (i is the left end).
  [[nodiscard]] std::vector<int> Right(int i, std::string_view type,
                                       std::string_view sub = "") const;
  // Words j < i joined to i by a link of this type (i is the right end).
  [[nodiscard]] std::vector<int> Left(int i, std::string_view type,
                                      std::string_view sub = "") const;
  [[nodiscard]] bool HasRight(int i, std::string_view type, std::string_view sub = "") const;
  [[nodiscard]] bool HasLeft(int i, std::string_view type, std::string_view sub = "") const;
  // The label joining a and b, or empty.
  [[nodiscard]] std::string_view Label(int a, int b) const;
  // Indices of links touching word i.
  [[nodiscard]] const std::vector<int>& LinksOf(int i) const {
    return by_word_[static_cast<std::size_t>(i)];
  }

 private:
  const Parse& parse_;
  std::vector<std::vector<int>> by_word_;
};

}  // namespace kg::extract
