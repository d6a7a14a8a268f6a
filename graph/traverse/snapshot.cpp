// The snapshot file: a header, then the CsrArrays (graph/traverse/csr.h) one after another, each
// starting at a multiple of 8 bytes, in native byte order. Written to a temporary file and
// renamed, so a reader sees a whole snapshot or none; any damage or mismatch is a miss.
//
// header: "KGGRAPH3", generation i64, n u64, m u64, name bytes u64, symbols u64, symbol bytes u64,
//         store id length u64, weakly connected components u64, vertices in the largest u64,
//         store id (padded)
// then:   vertex_id, vertex_type, name_start, names, by_id, out_start, edge_source, edge_target,
//         edge_triple, edge_predicate, edge_relation, edge_confidence, edge_negated, in_start,
//         in_edge, symbol_start (u64[symbols + 1]), symbol bytes
#include <algorithm>
#include <cstring>
#include <iterator>
#include <numeric>
#include <unordered_map>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "graph/traverse/csr.h"

namespace kg::traverse {
namespace {

// 3: the component figures joined the header (a version-2 file is a miss, rebuilt once).
constexpr char kMagic[8] = {'K', 'G', 'G', 'R', 'A', 'P', 'H', '3'};

struct Header {
  char magic[8];
  std::int64_t generation;
  std::uint64_t n, m, name_bytes, symbols, symbol_bytes, store_id_size;
  std::uint64_t components, largest_component;
};

std::size_t Padded(std::size_t bytes) { return (bytes + 7) & ~std::size_t{7}; }

class Out {
 public:
  template <typename T>
  void Section(const std::vector<T>& values) {
    Bytes(values.data(), values.size() * sizeof(T));
  }
  void Bytes(const void* p, std::size_t size) {
    out_.append(static_cast<const char*>(p), size);
    out_.append(Padded(size) - size, '\0');
  }
  std::string Take() && { return std::move(out_); }

 private:
  std::string out_;
};

// Reads the sections in the order Out wrote them; every one checked against the end.
class In {
 public:
  explicit In(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  bool Section(const T** p, std::size_t count) {
    const std::size_t size = count * sizeof(T);
    if (count > bytes_.size() || bytes_.size() - at_ < size) return false;
    *p = reinterpret_cast<const T*>(bytes_.data() + at_);
    at_ += Padded(size);
    at_ = std::min(at_, bytes_.size());
    return true;
  }
  [[nodiscard]] bool AtEnd() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

bool Offsets(const std::uint64_t* start, std::size_t count, std::uint64_t total) {
  if (start[0] != 0 || start[count] != total) return false;
  for (std::size_t i = 0; i < count; ++i)
    if (start[i] > start[i + 1]) return false;
  return true;
}

bool Offsets(const std::uint32_t* start, std::size_t count, std::uint64_t total) {
  if (start[0] != 0 || start[count] != total) return false;
  for (std::size_t i = 0; i < count; ++i)
    if (start[i] > start[i + 1]) return false;
  return true;
}

bool Below(const std::uint32_t* values, std::size_t count, std::uint64_t bound) {
  return std::all_of(values, values + count, [&](std::uint32_t x) { return x < bound; });
}

// Points a at the sections of bytes; false when they do not fit together. Every index is
// checked, so that a damaged file cannot send a traversal out of bounds.
bool Decode(std::string_view bytes, const store::ContentVersion* version, CsrArrays* a) {
  if (bytes.size() < sizeof(Header)) return false;
  Header h{};
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.n >= UINT32_MAX || h.m >= UINT32_MAX ||
      h.store_id_size > 256 || h.components > h.n || h.largest_component > h.n ||
      (h.n > 0 && (h.components == 0 || h.largest_component == 0)))
    return false;
  In in(bytes.substr(sizeof h));
  const char* store_id = nullptr;
  if (!in.Section(&store_id, h.store_id_size)) return false;
  if (version != nullptr && (h.generation != version->generation ||
                             std::string_view(store_id, h.store_id_size) != version->store_id))
    return false;
  a->n = static_cast<std::uint32_t>(h.n);
  a->m = static_cast<std::uint32_t>(h.m);
  a->components = static_cast<std::uint32_t>(h.components);
  a->largest_component = static_cast<std::uint32_t>(h.largest_component);
  const std::uint64_t* symbol_start = nullptr;
  const char* symbol_bytes = nullptr;
  if (!in.Section(&a->vertex_id, h.n) || !in.Section(&a->vertex_type, h.n) ||
      !in.Section(&a->name_start, h.n + 1) || !in.Section(&a->names, h.name_bytes) ||
      !in.Section(&a->by_id, h.n) || !in.Section(&a->out_start, h.n + 1) ||
      !in.Section(&a->edge_source, h.m) || !in.Section(&a->edge_target, h.m) ||
      !in.Section(&a->edge_triple, h.m) || !in.Section(&a->edge_predicate, h.m) ||
      !in.Section(&a->edge_relation, h.m) || !in.Section(&a->edge_confidence, h.m) ||
      !in.Section(&a->edge_negated, h.m) || !in.Section(&a->in_start, h.n + 1) ||
      !in.Section(&a->in_edge, h.m) || !in.Section(&symbol_start, h.symbols + 1) ||
      !in.Section(&symbol_bytes, h.symbol_bytes) || !in.AtEnd())
    return false;
  if (!Offsets(a->name_start, h.n, h.name_bytes) || !Offsets(a->out_start, h.n, h.m) ||
      !Offsets(a->in_start, h.n, h.m) || !Offsets(symbol_start, h.symbols, h.symbol_bytes) ||
      !Below(a->by_id, h.n, h.n) || !Below(a->edge_source, h.m, h.n) ||
      !Below(a->edge_target, h.m, h.n) || !Below(a->edge_predicate, h.m, h.symbols) ||
      !Below(a->edge_relation, h.m, h.symbols) || !Below(a->in_edge, h.m, h.m) ||
      !std::all_of(a->vertex_type, a->vertex_type + h.n,
                   [](std::uint8_t t) { return t < model::kEntityTypeCount; }))
    return false;
  a->symbols.clear();
  a->symbols.reserve(h.symbols);
  for (std::size_t i = 0; i < h.symbols; ++i) {
    a->symbols.emplace_back(
        std::string_view(symbol_bytes + symbol_start[i], symbol_start[i + 1] - symbol_start[i]));
  }
  return true;
}

class Buffer final : public CsrData {
 public:
  explicit Buffer(std::string bytes) : bytes_(std::move(bytes)) {
    (void)Decode(bytes_, nullptr, &arrays_);  // made by EncodeSnapshot: always decodes
  }

 private:
  std::string bytes_;
};

// A snapshot mapped read-only. kg never changes a snapshot in place (it writes a new file and
// renames it), so the mapping cannot shrink under a reader.
class Mapped final : public CsrData {
 public:
  Mapped(const char* data, std::size_t size) : data_(data), size_(size) {}
  ~Mapped() override { ::munmap(const_cast<char*>(data_), size_); }
  Mapped(const Mapped&) = delete;
  Mapped& operator=(const Mapped&) = delete;
  CsrArrays& mutable_arrays() { return arrays_; }

 private:
  const char* data_;
  std::size_t size_;
};

}  // namespace

std::string EncodeSnapshot(const Graph& g, const store::ContentVersion& version) {
  const std::size_t n = num_vertices(g);
  const std::size_t m = num_edges(g);
  std::vector<std::int64_t> vertex_id(n);
  std::vector<std::uint8_t> vertex_type(n);
  std::vector<std::uint64_t> name_start(n + 1, 0);
  std::string names;
  for (std::size_t v = 0; v < n; ++v) {
    const EntityVertex& x = g[static_cast<Vertex>(v)];
    vertex_id[v] = x.id;
    vertex_type[v] = static_cast<std::uint8_t>(x.type);
    names += x.name;
    name_start[v + 1] = names.size();
  }
  std::vector<std::uint32_t> by_id(n);
  std::iota(by_id.begin(), by_id.end(), 0U);
  std::stable_sort(by_id.begin(), by_id.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return vertex_id[x] < vertex_id[y]; });
  std::vector<std::uint32_t> out_start(n + 1, 0), source(m), target(m), predicate(m), relation(m);
  std::vector<std::uint32_t> in_start(n + 1, 0), in_edge(m);
  std::vector<std::int64_t> triple(m);
  std::vector<double> confidence(m);
  std::vector<std::uint8_t> negated(m);
  std::unordered_map<const void*, std::uint32_t> index;
  std::vector<Symbol> symbols;
  const auto number = [&](Symbol s) {
    const auto [it, added] =
        index.emplace(std::string_view(s).data(), static_cast<std::uint32_t>(symbols.size()));
    if (added) symbols.push_back(s);
    return it->second;
  };
  for (const Edge e : boost::make_iterator_range(edges(g))) {
    const std::size_t i = e.idx;
    const RelationEdge& r = g[e];
    source[i] = static_cast<std::uint32_t>(boost::source(e, g));
    target[i] = static_cast<std::uint32_t>(boost::target(e, g));
    triple[i] = r.triple_id;
    predicate[i] = number(r.predicate);
    relation[i] = number(r.relation);
    confidence[i] = r.confidence;
    negated[i] = r.negated ? 1 : 0;
    ++out_start[source[i] + 1];
    ++in_start[target[i] + 1];
  }
  std::partial_sum(out_start.begin(), out_start.end(), out_start.begin());
  std::partial_sum(in_start.begin(), in_start.end(), in_start.begin());
  std::vector<std::uint32_t> fill(in_start.begin(), in_start.end() - 1);
  for (std::uint32_t i = 0; i < m; ++i) in_edge[fill[target[i]]++] = i;
  CsrArrays walk;  // enough of the arrays to walk every edge both ways
  walk.n = static_cast<std::uint32_t>(n);
  walk.out_start = out_start.data();
  walk.edge_source = source.data();
  walk.edge_target = target.data();
  walk.in_start = in_start.data();
  walk.in_edge = in_edge.data();
  const ComponentSizes components = CountComponents(walk);
  std::vector<std::uint64_t> symbol_start(symbols.size() + 1, 0);
  std::string symbol_bytes;
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    symbol_bytes += std::string_view(symbols[i]);
    symbol_start[i + 1] = symbol_bytes.size();
  }
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.generation = version.generation;
  h.n = n;
  h.m = m;
  h.name_bytes = names.size();
  h.symbols = symbols.size();
  h.symbol_bytes = symbol_bytes.size();
  h.store_id_size = version.store_id.size();
  h.components = components.vertices.size();
  h.largest_component = components.vertices.empty() ? 0
                                                    : *std::max_element(components.vertices.begin(),
                                                                        components.vertices.end());
  Out out;
  out.Bytes(&h, sizeof h);
  out.Bytes(version.store_id.data(), version.store_id.size());
  out.Section(vertex_id);
  out.Section(vertex_type);
  out.Section(name_start);
  out.Bytes(names.data(), names.size());
  out.Section(by_id);
  out.Section(out_start);
  out.Section(source);
  out.Section(target);
  out.Section(triple);
  out.Section(predicate);
  out.Section(relation);
  out.Section(confidence);
  out.Section(negated);
  out.Section(in_start);
  out.Section(in_edge);
  out.Section(symbol_start);
  out.Bytes(symbol_bytes.data(), symbol_bytes.size());
  return std::move(out).Take();
}

std::shared_ptr<const CsrData> ArraysOf(const Graph& g) {
  return std::make_shared<Buffer>(EncodeSnapshot(g, {"", 0}));
}

std::shared_ptr<const CsrData> MapSnapshot(const std::string& path,
                                           const store::ContentVersion& version) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  void* p = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && st.st_size > 0)
    p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return nullptr;
  auto mapped =
      std::make_shared<Mapped>(static_cast<const char*>(p), static_cast<std::size_t>(st.st_size));
  if (!Decode({static_cast<const char*>(p), static_cast<std::size_t>(st.st_size)}, &version,
              &mapped->mutable_arrays()))
    return nullptr;
  return mapped;
}

namespace {

// Boost builds its graph straight from the arrays: endpoints and properties by edge index.
struct EndsAt {
  const CsrArrays* a;
  std::pair<Vertex, Vertex> operator()(std::uint32_t e) const {
    return {a->edge_source[e], a->edge_target[e]};
  }
};
struct PropertiesAt {
  const CsrArrays* a;
  RelationEdge operator()(std::uint32_t e) const {
    return {a->edge_triple[e], a->symbols[a->edge_predicate[e]], a->symbols[a->edge_relation[e]],
            a->edge_confidence[e], a->edge_negated[e] != 0};
  }
};

template <typename At>
struct IndexIterator {
  using iterator_category = std::forward_iterator_tag;
  using value_type = decltype(std::declval<At>()(0U));
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = value_type;
  std::uint32_t e;
  At at;
  value_type operator*() const { return at(e); }
  IndexIterator& operator++() {
    ++e;
    return *this;
  }
  IndexIterator operator++(int) {
    IndexIterator old = *this;
    ++e;
    return old;
  }
  bool operator==(const IndexIterator& other) const { return e == other.e; }
  bool operator!=(const IndexIterator& other) const { return e != other.e; }
};

}  // namespace

Graph BuildGraph(const CsrArrays& a) {
  using Ends = IndexIterator<EndsAt>;
  Graph g(boost::edges_are_unsorted_multi_pass, Ends{0, {&a}}, Ends{a.m, {&a}},
          IndexIterator<PropertiesAt>{0, {&a}}, static_cast<Vertex>(a.n));
  for (std::uint32_t v = 0; v < a.n; ++v) {
    g[v] = EntityVertex{a.vertex_id[v], std::string(a.Name(v)),
                        static_cast<model::EntityType>(a.vertex_type[v])};
  }
  return g;
}

}  // namespace kg::traverse
