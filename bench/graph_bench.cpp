// Store and graph workloads on a store made by `kg import` (see bench/run.sh), each run
// several times; prints one JSON object per phase with the median seconds.
//
//   load        open the store and load the whole graph from its tables
//   load_cached the same from the snapshot kept beside the store (what `kg path` does)
//   hop1, hop2  1,000 one-hop and two-hop neighbourhoods of random entities (vertices, unsorted)
//   hop2_sorted the same two-hop neighbourhoods as `kg neighbors` gives them: sorted, with edges
//   paths       200 shortest paths between random pairs (at most 6 hops)
//   degree      the top 20 entities by degree
//   pagerank    PageRank, 50 iterations
//   components  connected components
//   graphml/dot the whole graph exported to a discarded stream
// Also as tool "floor": the same hop2 and paths on a bare compressed adjacency array with a plain
// breadth-first search, to show how far kg is from the machine. And the memory: the growth of
// the resident set when the graph loads, in bytes per edge, with and without the names.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <malloc.h>
#include <unistd.h>

#include "export/export.h"
#include "graph/store/store.h"
#include "graph/traverse/traverse.h"

namespace {

double Seconds(const std::function<void()>& fn) {
  const auto start = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

void Report(const char* phase, const std::vector<double>& runs, const char* tool = "kg") {
  std::printf("{\"tool\":\"%s\",\"phase\":\"%s\",\"seconds\":%.6f}\n", tool, phase, Median(runs));
  std::fflush(stdout);
}

void ReportValue(const char* name, double value) {
  std::printf("{\"tool\":\"kg\",\"phase\":\"%s\",\"value\":%.1f}\n", name, value);
  std::fflush(stdout);
}

double ResidentBytes() {
  malloc_trim(0);  // count what is held, not what the allocator kept from freed temporaries
  std::ifstream statm("/proc/self/statm");
  double pages = 0;
  double resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<double>(sysconf(_SC_PAGESIZE));
}

// The floor: undirected adjacency in two flat arrays, searched with nothing else.
struct Bare {
  std::vector<std::uint32_t> offset;
  std::vector<std::uint32_t> next;

  explicit Bare(const kg::traverse::Graph& g) : offset(num_vertices(g) + 1, 0) {
    for (const auto e : boost::make_iterator_range(edges(g))) {
      ++offset[source(e, g) + 1];
      ++offset[target(e, g) + 1];
    }
    for (std::size_t v = 1; v < offset.size(); ++v) offset[v] += offset[v - 1];
    next.resize(offset.back());
    std::vector<std::uint32_t> at(offset.begin(), offset.end() - 1);
    for (const auto e : boost::make_iterator_range(edges(g))) {
      next[at[source(e, g)]++] = target(e, g);
      next[at[target(e, g)]++] = source(e, g);
    }
  }

  // Vertices within depth of a, or the hops to b when b is given (-1: none within depth).
  int Search(std::uint32_t a, int depth, std::int64_t b, std::vector<int>& dist,
             std::vector<std::uint32_t>& queue) const {
    queue.assign(1, a);
    dist[a] = 0;
    int result = -1;
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const std::uint32_t v = queue[i];
      if (v == b) {
        result = dist[v];
        break;
      }
      if (dist[v] >= depth) break;
      for (std::uint32_t k = offset[v]; k < offset[v + 1]; ++k) {
        if (dist[next[k]] < 0) {
          dist[next[k]] = dist[v] + 1;
          queue.push_back(next[k]);
        }
      }
    }
    for (const std::uint32_t v : queue) dist[v] = -1;
    return b < 0 ? static_cast<int>(queue.size()) : result;
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: graph_bench STORE [RUNS]\n");
    return 2;
  }
  const std::string path = argv[1];
  const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
  using kg::traverse::GraphView;
  std::vector<double> t;
  std::optional<GraphView> view;
  double loaded = 0;
  for (int r = 0; r < runs; ++r) {
    view.reset();
    const double before = ResidentBytes();
    t.push_back(Seconds([&] {
      const kg::store::Store store(path, kg::store::OpenMode::kReadOnly);
      view.emplace(GraphView::Load(store, GraphView::Cache::kIgnore));
    }));
    loaded = ResidentBytes() - before;
  }
  Report("load", t);
  {
    const kg::store::Store store(path, kg::store::OpenMode::kReadOnly);
    (void)GraphView::Load(store);  // writes the snapshot
  }
  t.clear();
  for (int r = 0; r < runs; ++r) {
    view.reset();
    t.push_back(Seconds([&] {
      const kg::store::Store store(path, kg::store::OpenMode::kReadOnly);
      view.emplace(GraphView::Load(store));
    }));
  }
  Report("load_cached", t);
  const auto& g = view->graph();
  const std::size_t n = num_vertices(g);
  double names = 0;
  for (const auto v : boost::make_iterator_range(vertices(g))) {
    if (g[v].name.capacity() > 15) names += static_cast<double>(g[v].name.capacity() + 1);
  }
  const double m = static_cast<double>(num_edges(g));
  ReportValue("bytes_per_edge", loaded / m);
  ReportValue("bytes_per_edge_without_names", (loaded - names) / m);
  ReportValue("resident_mb", loaded / 1e6);
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::uint32_t> pick(0, static_cast<std::uint32_t>(n - 1));
  for (const int depth : {1, 2}) {
    t.clear();
    for (int r = 0; r < runs; ++r) {
      t.push_back(Seconds([&] {
        std::size_t total = 0;
        for (int i = 0; i < 1000; ++i) total += view->Reach(pick(rng), depth).size();
        if (total == 0) std::fprintf(stderr, "empty neighbourhoods\n");
      }));
    }
    Report(depth == 1 ? "hop1" : "hop2", t);
  }
  t.clear();
  for (int r = 0; r < runs; ++r) {
    t.push_back(Seconds([&] {
      for (int i = 0; i < 1000; ++i) (void)view->Neighbours(pick(rng), 2);
    }));
  }
  Report("hop2_sorted", t);
  t.clear();
  for (int r = 0; r < runs; ++r) {
    t.push_back(Seconds([&] {
      for (int i = 0; i < 200; ++i) (void)view->ShortestPath(pick(rng), pick(rng), 6);
    }));
  }
  Report("paths", t);
  // Single operations: the median of one two-hop neighbourhood and of one path.
  for (const char* phase : {"one_hop2", "one_path"}) {
    t.clear();
    for (int i = 0; i < 1000; ++i) {
      const auto a = pick(rng);
      const auto b = pick(rng);
      t.push_back(Seconds([&] {
        if (phase[4] == 'h') {
          (void)view->Reach(a, 2);
        } else {
          (void)view->ShortestPath(a, b, 6);
        }
      }));
    }
    Report(phase, t);
  }
  {
    const Bare bare(g);
    std::vector<int> dist(n, -1);
    std::vector<std::uint32_t> queue;
    t.clear();
    for (int r = 0; r < runs; ++r) {
      t.push_back(Seconds([&] {
        for (int i = 0; i < 1000; ++i) (void)bare.Search(pick(rng), 2, -1, dist, queue);
      }));
    }
    Report("hop2", t, "floor");
    t.clear();
    for (int r = 0; r < runs; ++r) {
      t.push_back(Seconds([&] {
        for (int i = 0; i < 200; ++i) (void)bare.Search(pick(rng), 6, pick(rng), dist, queue);
      }));
    }
    Report("paths", t, "floor");
  }
  for (const auto& [phase, by] : {std::pair{"degree", kg::traverse::Centrality::kDegree},
                                  std::pair{"pagerank", kg::traverse::Centrality::kPageRank}}) {
    t.clear();
    for (int r = 0; r < runs; ++r) {
      t.push_back(Seconds([&] {
        auto score = view->Rank(by);
        std::vector<std::size_t> order(n);
        for (std::size_t i = 0; i < n; ++i) order[i] = i;
        std::partial_sort(
            order.begin(), order.begin() + static_cast<long>(std::min<std::size_t>(20, n)),
            order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
      }));
    }
    Report(phase, t);
  }
  t.clear();
  for (int r = 0; r < runs; ++r) {
    t.push_back(Seconds([&] {
      int count = 0;
      (void)view->Components(&count);
    }));
  }
  Report("components", t);
  for (const auto& [phase, format] : {std::pair{"graphml", kg::exporter::Format::kGraphMl},
                                      std::pair{"dot", kg::exporter::Format::kDot}}) {
    t.clear();
    for (int r = 0; r < runs; ++r) {
      std::ofstream sink("/dev/null");
      t.push_back(Seconds([&] { kg::exporter::Write(format, g, sink, {}); }));
    }
    Report(phase, t);
  }
  return 0;
}
