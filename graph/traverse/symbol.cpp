#include "graph/traverse/symbol.h"

#include <mutex>
#include <unordered_set>

namespace kg::traverse {
namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Never destroyed: symbols may be read from static destructors of other translation units.
struct Pool {
  std::mutex mutex;
  std::unordered_set<std::string, Hash, std::equal_to<>> strings;
};

Pool& ThePool() {
  static Pool* pool = new Pool;
  return *pool;
}

const std::string* Intern(std::string_view text) {
  Pool& pool = ThePool();
  const std::lock_guard lock(pool.mutex);
  const auto it = pool.strings.find(text);
  if (it != pool.strings.end()) return &*it;
  return &*pool.strings.emplace(text).first;  // nodes never move: the pointer stays valid
}

}  // namespace

Symbol::Symbol() {
  static const std::string* const empty = Intern({});
  text_ = empty;
}

Symbol::Symbol(std::string_view text) : text_(Intern(text)) {}

}  // namespace kg::traverse
