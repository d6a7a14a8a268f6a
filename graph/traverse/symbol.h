#pragma once

// An interned string: one pointer, compared by address, shared by every edge that carries the
// same predicate or relation. A million edges with fifty predicates hold fifty strings.
//
//   Symbol fund("fund");
//   fund == Symbol("fund");         // true, one comparison of pointers
//   std::string_view text = fund;   // the characters, alive until the process ends
//
// The pool only grows and is shared by every thread (interning takes a lock; reading never does).

#include <string>
#include <string_view>

namespace kg::traverse {

class Symbol {
 public:
  Symbol();
  Symbol(std::string_view text);  // NOLINT: implicit, so that {"fund", ...} builds an edge
  Symbol(const char* text) : Symbol(std::string_view(text)) {}         // NOLINT
  Symbol(const std::string& text) : Symbol(std::string_view(text)) {}  // NOLINT

  [[nodiscard]] const std::string& str() const { return *text_; }
  [[nodiscard]] const char* c_str() const { return text_->c_str(); }
  [[nodiscard]] std::size_t size() const { return text_->size(); }
  [[nodiscard]] bool empty() const { return text_->empty(); }
  operator std::string_view() const { return *text_; }  // NOLINT: reads like a string

  bool operator==(const Symbol& other) const { return text_ == other.text_; }
  bool operator==(std::string_view other) const { return *text_ == other; }
  bool operator==(const char* other) const { return *text_ == other; }
  bool operator==(const std::string& other) const { return *text_ == other; }

 private:
  const std::string* text_;
};

}  // namespace kg::traverse
