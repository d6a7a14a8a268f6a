// Loading the graph: from the store's tables, or from the snapshot file beside the store.
//
// The snapshot (STORE-graph) holds the store's ContentVersion, the interned strings, the vertices
// and the edges, in native byte order. It is written to a temporary file and renamed, so a reader
// sees a whole snapshot or none; any damage or mismatch sends the load back to the tables.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include <unistd.h>

#include "graph/traverse/traverse.h"

namespace kg::traverse {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'G', 'R', 'A', 'P', 'H', '1'};

std::string CachePath(const store::Store& store) { return store.path() + "-graph"; }

bool Cacheable(const store::Store& store) {
  return !store.path().empty() && store.path() != ":memory:";
}

GraphView LoadTables(const store::Store& store) {
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
  return GraphView(std::move(b).Build());
}

// Writing: plain values appended to a buffer.
class Writer {
 public:
  template <typename T>
  void Put(const T& value) {
    const auto* p = reinterpret_cast<const char*>(&value);
    out_.append(p, sizeof value);
  }
  void PutString(std::string_view s) {
    Put(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  [[nodiscard]] const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// Reading: every read checked against the end; a short or damaged file stops the load.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  bool Get(T* value) {
    if (in_.size() - at_ < sizeof(T)) return false;
    std::memcpy(value, in_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return true;
  }
  bool GetString(std::string_view* s) {
    std::uint32_t n = 0;
    if (!Get(&n) || in_.size() - at_ < n) return false;
    *s = in_.substr(at_, n);
    at_ += n;
    return true;
  }
  [[nodiscard]] bool done() const { return at_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
};

void WriteSnapshot(const GraphView& view, const store::ContentVersion& version,
                   const std::string& path) {
  const Graph& g = view.graph();
  Writer w;
  w.Put(kMagic);
  w.PutString(version.store_id);
  w.Put(version.generation);
  std::unordered_map<const void*, std::uint32_t> index;
  std::vector<Symbol> symbols;
  const auto number = [&](Symbol s) {
    const auto [it, added] =
        index.emplace(std::string_view(s).data(), static_cast<std::uint32_t>(symbols.size()));
    if (added) symbols.push_back(s);
    return it->second;
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edge_symbols;
  edge_symbols.reserve(num_edges(g));
  for (const Edge e : boost::make_iterator_range(edges(g)))
    edge_symbols.emplace_back(number(g[e].predicate), number(g[e].relation));
  w.Put(static_cast<std::uint64_t>(symbols.size()));
  for (const Symbol s : symbols) w.PutString(s);
  w.Put(static_cast<std::uint64_t>(num_vertices(g)));
  for (const Vertex v : boost::make_iterator_range(vertices(g))) {
    w.Put(g[v].id);
    w.Put(static_cast<std::uint8_t>(g[v].type));
    w.PutString(g[v].name);
  }
  w.Put(static_cast<std::uint64_t>(num_edges(g)));
  std::size_t i = 0;
  for (const Edge e : boost::make_iterator_range(edges(g))) {
    const RelationEdge& r = g[e];
    w.Put(source(e, g));
    w.Put(target(e, g));
    w.Put(r.triple_id);
    w.Put(edge_symbols[i].first);
    w.Put(edge_symbols[i].second);
    w.Put(r.confidence);
    w.Put(static_cast<std::uint8_t>(r.negated));
    ++i;
  }
  // A private name, then an atomic rename: concurrent loads each publish a whole snapshot.
  const std::string temporary = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
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

std::optional<GraphView> ReadSnapshot(const std::string& path,
                                      const store::ContentVersion& version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Reader r(bytes);
  char magic[sizeof kMagic];
  std::string_view store_id;
  std::int64_t generation = 0;
  if (!r.Get(&magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || !r.GetString(&store_id) ||
      !r.Get(&generation) || store_id != version.store_id || generation != version.generation)
    return std::nullopt;
  std::uint64_t count = 0;
  if (!r.Get(&count) || count > bytes.size()) return std::nullopt;
  std::vector<Symbol> symbols;
  symbols.reserve(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    std::string_view s;
    if (!r.GetString(&s)) return std::nullopt;
    symbols.emplace_back(s);
  }
  GraphBuilder b;
  if (!r.Get(&count) || count > bytes.size()) return std::nullopt;
  const std::uint64_t vertex_count = count;
  for (std::uint64_t i = 0; i < vertex_count; ++i) {
    EntityVertex v;
    std::uint8_t type = 0;
    std::string_view name;
    if (!r.Get(&v.id) || !r.Get(&type) || !r.GetString(&name) ||
        type > static_cast<std::uint8_t>(model::EntityType::kOther))
      return std::nullopt;
    v.type = static_cast<model::EntityType>(type);
    v.name = name;
    b.AddVertex(std::move(v));
  }
  if (!r.Get(&count) || count > bytes.size()) return std::nullopt;
  b.Reserve(vertex_count, count);
  for (std::uint64_t i = 0; i < count; ++i) {
    Vertex s = 0;
    Vertex t = 0;
    RelationEdge e;
    std::uint32_t predicate = 0;
    std::uint32_t relation = 0;
    std::uint8_t negated = 0;
    if (!r.Get(&s) || !r.Get(&t) || !r.Get(&e.triple_id) || !r.Get(&predicate) ||
        !r.Get(&relation) || !r.Get(&e.confidence) || !r.Get(&negated) || s >= vertex_count ||
        t >= vertex_count || predicate >= symbols.size() || relation >= symbols.size())
      return std::nullopt;
    e.predicate = symbols[predicate];
    e.relation = symbols[relation];
    e.negated = negated != 0;
    b.AddEdge(s, t, e);
  }
  if (!r.done()) return std::nullopt;
  return GraphView(std::move(b).Build());
}

}  // namespace

GraphView GraphView::Load(const store::Store& store, Cache cache) {
  if (cache == Cache::kIgnore || !Cacheable(store)) return LoadTables(store);
  // The version first: tables that change after it was read make the snapshot look older than
  // it is, and the next load rebuilds it; the other order could serve stale data as fresh.
  const store::ContentVersion version = store.Version();
  const std::string path = CachePath(store);
  if (auto view = ReadSnapshot(path, version)) return std::move(*view);
  GraphView view = LoadTables(store);
  WriteSnapshot(view, version, path);
  return view;
}

}  // namespace kg::traverse
