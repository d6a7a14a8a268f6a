// Loading the graph: from the store's tables, or from the snapshot file beside the store.
//
// The snapshot (STORE-graph) holds the store's ContentVersion, the interned strings, the vertices
// and the edges, in native byte order. It is written to a temporary file and renamed, so a reader
// sees a whole snapshot or none; any damage or mismatch sends the load back to the tables.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unordered_map>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
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
  [[nodiscard]] std::size_t left() const { return in_.size() - at_; }

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

// The snapshot's bytes, mapped read-only for the length of one load. kg never changes a
// snapshot in place (it writes a new file and renames it), so the mapping cannot shrink under us.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
      void* p =
          ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (p != MAP_FAILED) {
        data_ = static_cast<const char*>(p);
        size_ = static_cast<std::size_t>(st.st_size);
      }
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  [[nodiscard]] std::string_view bytes() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

// One edge record of the snapshot: source, target, triple id, predicate, relation, confidence,
// negated, packed.
constexpr std::size_t kEdgeBytes = 4 + 4 + 8 + 4 + 4 + 8 + 1;

template <typename T>
T At(const char* p) {
  T value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

// Boost builds the graph straight from the mapped records: the endpoints are read twice (count,
// then place), the properties once, and nothing is copied in between. Decode reads one record.
template <typename Decode>
struct RecordIterator {
  using iterator_category = std::forward_iterator_tag;
  using value_type = decltype(std::declval<Decode>()(nullptr));
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = value_type;
  const char* at;
  Decode decode;
  value_type operator*() const { return decode(at); }
  RecordIterator& operator++() {
    at += kEdgeBytes;
    return *this;
  }
  RecordIterator operator++(int) {
    RecordIterator old = *this;
    at += kEdgeBytes;
    return old;
  }
  bool operator==(const RecordIterator& other) const { return at == other.at; }
  bool operator!=(const RecordIterator& other) const { return at != other.at; }
};

struct DecodeEnds {
  std::pair<Vertex, Vertex> operator()(const char* at) const {
    return {At<Vertex>(at), At<Vertex>(at + 4)};
  }
};

struct DecodeProperties {
  const std::vector<Symbol>* symbols;
  RelationEdge operator()(const char* at) const {
    return {At<std::int64_t>(at + 8), (*symbols)[At<std::uint32_t>(at + 16)],
            (*symbols)[At<std::uint32_t>(at + 20)], At<double>(at + 24), at[32] != 0};
  }
};

std::optional<GraphView> ReadSnapshot(const std::string& path,
                                      const store::ContentVersion& version) {
  const MappedFile file(path);
  const std::string_view bytes = file.bytes();
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
  if (!r.Get(&count) || count > bytes.size()) return std::nullopt;
  std::vector<EntityVertex> vertices(count);
  for (EntityVertex& v : vertices) {
    std::uint8_t type = 0;
    std::string_view name;
    if (!r.Get(&v.id) || !r.Get(&type) || !r.GetString(&name) ||
        type > static_cast<std::uint8_t>(model::EntityType::kOther))
      return std::nullopt;
    v.type = static_cast<model::EntityType>(type);
    v.name = name;
  }
  if (!r.Get(&count) || r.left() != count * kEdgeBytes) return std::nullopt;
  const char* begin = bytes.data() + (bytes.size() - r.left());
  const char* end = bytes.data() + bytes.size();
  for (const char* at = begin; at != end; at += kEdgeBytes) {
    if (At<Vertex>(at) >= vertices.size() || At<Vertex>(at + 4) >= vertices.size() ||
        At<std::uint32_t>(at + 16) >= symbols.size() ||
        At<std::uint32_t>(at + 20) >= symbols.size())
      return std::nullopt;
  }
  using Ends = RecordIterator<DecodeEnds>;
  Graph g(boost::edges_are_unsorted_multi_pass, Ends{begin, {}}, Ends{end, {}},
          RecordIterator<DecodeProperties>{begin, {&symbols}},
          static_cast<Vertex>(vertices.size()));
  for (std::size_t v = 0; v < vertices.size(); ++v)
    g[static_cast<Vertex>(v)] = std::move(vertices[v]);
  return GraphView(std::move(g));
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
