// Loading the graph: the snapshot beside the store mapped in place when it is current, else the
// store's tables read and a new snapshot written for the next load.
#include <filesystem>
#include <fstream>
#include <mutex>
#include <unordered_map>
#include <utility>

#include <unistd.h>

#include "graph/traverse/csr.h"

namespace kg::traverse {
namespace {

std::string CachePath(const store::Store& store) { return store.path() + "-graph"; }

bool Cacheable(const store::Store& store) {
  return !store.path().empty() && store.path() != ":memory:";
}

Graph ReadTables(const store::Store& store) {
  const auto [max_entity, max_triple] = store.MaxIds();
  GraphBuilder b;
  b.Reserve(static_cast<std::size_t>(max_entity), static_cast<std::size_t>(max_triple));
  constexpr Vertex kNone = ~Vertex{0};
  std::vector<Vertex> by_id(static_cast<std::size_t>(max_entity) + 1, kNone);
  store.ForEachEntity([&](const store::EntityRow& row) {
    const Vertex v = b.AddVertex(EntityVertex{row.id, std::string(row.name), row.type});
    if (row.id >= 0 && static_cast<std::size_t>(row.id) < by_id.size())
      by_id[static_cast<std::size_t>(row.id)] = v;
  });
  const auto vertex = [&](std::int64_t id) {
    return id >= 0 && static_cast<std::size_t>(id) < by_id.size()
               ? by_id[static_cast<std::size_t>(id)]
               : kNone;
  };
  // Predicates and relations repeat: intern each spelling once per load, not once per edge.
  std::unordered_map<std::string_view, Symbol> symbols;
  const auto symbol = [&](std::string_view text) {
    const auto it = symbols.find(text);
    if (it != symbols.end()) return it->second;
    const Symbol s(text);
    symbols.emplace(std::string_view(s), s);
    return s;
  };
  store.ForEachTriple([&](const store::TripleRow& row) {
    const Vertex s = vertex(row.subject_id);
    const Vertex o = vertex(row.object_id);
    if (s == kNone || o == kNone) return;  // written after the entities were read
    b.AddEdge(s, o,
              RelationEdge{row.id, symbol(row.predicate), symbol(row.relation), row.confidence,
                           row.negated});
  });
  return std::move(b).Build();
}

void WriteSnapshot(const std::string& bytes, const std::string& path) {
  // A private name, then an atomic rename: concurrent loads each publish a whole snapshot.
  const std::string temporary = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return;  // a cache that cannot be written is only slower next time
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) std::filesystem::remove(temporary, ec);
}

}  // namespace

// The Boost graph of a view, built on first use (only some commands need it).
struct GraphView::Lazy {
  std::once_flag once;
  Graph graph;
};

GraphView::GraphView(Graph graph) : data_(ArraysOf(graph)), lazy_(std::make_shared<Lazy>()) {
  std::call_once(lazy_->once, [&] { lazy_->graph = std::move(graph); });
}

GraphView::GraphView(std::shared_ptr<const CsrData> data)
    : data_(std::move(data)), lazy_(std::make_shared<Lazy>()) {}

const Graph& GraphView::graph() const {
  std::call_once(lazy_->once, [&] { lazy_->graph = BuildGraph(data_->arrays()); });
  return lazy_->graph;
}

GraphView GraphView::Load(const store::Store& store, Cache cache) {
  if (cache == Cache::kIgnore || !Cacheable(store)) return GraphView(ReadTables(store));
  // The version first: tables that change after it was read make the snapshot look older than
  // it is, and the next load rebuilds it; the other order could serve stale data as fresh.
  const store::ContentVersion version = store.Version();
  const std::string path = CachePath(store);
  if (auto mapped = MapSnapshot(path, version)) return GraphView(std::move(mapped));
  Graph g = ReadTables(store);
  WriteSnapshot(EncodeSnapshot(g, version), path);
  return GraphView(std::move(g));
}

}  // namespace kg::traverse
