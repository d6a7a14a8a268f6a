#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <tuple>
#include <unordered_map>

#include "export/export.h"

namespace kg::exporter {
namespace {

// FNV-1a, 64 bits: ids from content, the same on every machine and in every store.
constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;

std::uint64_t Fnv(std::string_view text, std::uint64_t h = kFnvOffset) {
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

GraphIds::GraphIds(const traverse::Graph& g) {
  nodes_.reserve(num_vertices(g));
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g)))
    nodes_.push_back(NodeId(g[v]));
  // An edge's id hashes its endpoints' ids, predicate and relation; the repeats of one id get
  // "-1", "-2"... in triple id order.
  const std::size_t m = num_edges(g);
  std::vector<std::uint64_t> base(m);
  std::unordered_map<std::uint64_t, std::uint32_t> count;
  count.reserve(m);
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    std::uint64_t h = kFnvOffset;
    const char separator[] = {'\x1f'};
    for (const std::string_view part :
         {std::string_view(nodes_[source(e, g)]), std::string_view(separator, 1),
          std::string_view(r.predicate), std::string_view(separator, 1),
          std::string_view(r.relation), std::string_view(separator, 1),
          std::string_view(nodes_[target(e, g)])})
      h = Fnv(part, h);
    base[e.idx] = h;
    ++count[h];
  }
  std::vector<traverse::Edge> repeated;
  edges_.resize(m);
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    edges_[e.idx] = "e" + Hex(base[e.idx]);
    if (count[base[e.idx]] > 1) repeated.push_back(e);
  }
  std::sort(repeated.begin(), repeated.end(), [&](const auto& a, const auto& b) {
    return std::tie(base[a.idx], g[a].triple_id) < std::tie(base[b.idx], g[b].triple_id);
  });
  for (std::size_t i = 0, k = 0; i < repeated.size(); ++i) {
    k = (i > 0 && base[repeated[i].idx] == base[repeated[i - 1].idx]) ? k + 1 : 0;
    if (k > 0) edges_[repeated[i].idx] += "-" + std::to_string(k);
  }
}

}  // namespace kg::exporter
