#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <tuple>

#include "export/export.h"

namespace kg::exporter {
namespace {

// FNV-1a, 64 bits: ids from content, the same on every machine and in every store.
std::uint64_t Fnv(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string Hex(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

std::string NodeId(const traverse::EntityVertex& v) {
  return "n" + Hex(Fnv(std::string(model::TypeName(v.type)) + '\x1f' + v.name));
}

std::unordered_map<std::int64_t, std::string> EdgeIds(const traverse::Graph& g) {
  std::unordered_map<std::int64_t, std::string> ids;
  std::map<std::string, int> seen;
  std::vector<traverse::Edge> order;
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) order.push_back(e);
  std::sort(order.begin(), order.end(),
            [&](const auto& a, const auto& b) { return g[a].triple_id < g[b].triple_id; });
  for (const traverse::Edge e : order) {
    const auto& r = g[e];
    const std::string base =
        "e" + Hex(Fnv(NodeId(g[source(e, g)]) + '\x1f' + r.predicate.str() + '\x1f' +
                      r.relation.str() + '\x1f' + NodeId(g[target(e, g)])));
    const int k = seen[base]++;
    ids[r.triple_id] = k == 0 ? base : base + "-" + std::to_string(k);
  }
  return ids;
}

}  // namespace kg::exporter
