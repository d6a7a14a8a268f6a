#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <tuple>

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

GraphIds::GraphIds(const traverse::Graph& g, const ExportOptions& options) {
  nodes_.reserve(num_vertices(g));
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g)))
    nodes_.push_back(NodeId(g[v]));
  // An edge's id hashes its endpoints' ids, predicate and relation; the repeats of one id get
  // "-1", "-2"... in triple id order. Sorting finds the repeats without a million-entry map.
  const std::size_t m = num_edges(g);
  edge_hash_.resize(m);
  edge_repeat_.assign(m, 0);
  struct Key {
    std::uint64_t hash;
    std::int64_t triple_id;
    std::uint32_t edge;
  };
  std::vector<Key> keys;
  keys.reserve(m);
  // FNV runs left to right: the state after "source id, separator" is the same for all of a
  // vertex's out-edges, so it is computed once per vertex.
  constexpr std::string_view kSeparator("\x1f", 1);
  std::vector<std::uint64_t> after_source(nodes_.size());
  for (std::size_t v = 0; v < nodes_.size(); ++v) after_source[v] = Fnv(kSeparator, Fnv(nodes_[v]));
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    std::uint64_t h = after_source[source(e, g)];
    for (const std::string_view part :
         {std::string_view(r.predicate), kSeparator, std::string_view(r.relation), kSeparator,
          std::string_view(nodes_[target(e, g)])})
      h = Fnv(part, h);
    if (r.negated) h = Fnv("\x1fnot", h);
    // The evidence, not the triple id: the id depends on the order articles were stored in.
    if (options.facts) {
      const EdgeFacts f = options.facts(r.triple_id);
      const std::string span = std::to_string(f.start) + ':' + std::to_string(f.end);
      for (const std::string_view part :
           {kSeparator, std::string_view(f.article), kSeparator, std::string_view(span), kSeparator,
            std::string_view(f.modality)})
        h = Fnv(part, h);
    }
    edge_hash_[e.idx] = h;
    keys.push_back({h, r.triple_id, e.idx});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.hash, a.triple_id) < std::tie(b.hash, b.triple_id);
  });
  for (std::size_t i = 1; i < keys.size(); ++i) {
    if (keys[i].hash == keys[i - 1].hash)
      edge_repeat_[keys[i].edge] = edge_repeat_[keys[i - 1].edge] + 1;
  }
}

EdgeId GraphIds::Of(const traverse::Edge& e) const {
  EdgeId id{};
  id.text[0] = 'e';
  const std::uint64_t h = edge_hash_[e.idx];
  for (int i = 0; i < 16; ++i) id.text[1 + i] = "0123456789abcdef"[(h >> (60 - 4 * i)) & 0xF];
  id.size = 17;
  if (const std::uint32_t repeat = edge_repeat_[e.idx]; repeat > 0) {
    const int n = std::snprintf(id.text + 17, sizeof id.text - 17, "-%u", repeat);
    id.size += static_cast<std::size_t>(std::max(n, 0));
  }
  return id;
}

}  // namespace kg::exporter
