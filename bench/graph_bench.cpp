// Store and graph workloads on a store made by `kg import` (see bench/run.sh), each run
// several times; prints one JSON object per phase with the median seconds.
//
//   load        open the store and load the whole graph
//   hop1, hop2  1,000 one-hop and two-hop neighbourhoods of random entities
//   paths       200 shortest paths between random pairs (at most 6 hops)
//   degree      the top 20 entities by degree
//   pagerank    PageRank, 50 iterations
//   components  connected components
//   graphml/dot the whole graph exported to a discarded stream
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

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

void Report(const char* phase, const std::vector<double>& runs) {
  std::printf("{\"tool\":\"kg\",\"phase\":\"%s\",\"seconds\":%.6f}\n", phase, Median(runs));
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: graph_bench STORE [RUNS]\n");
    return 2;
  }
  const std::string path = argv[1];
  const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
  std::vector<double> t;
  std::optional<kg::traverse::GraphView> view;
  for (int r = 0; r < runs; ++r) {
    t.push_back(Seconds([&] {
      const kg::store::Store store(path, kg::store::OpenMode::kReadOnly);
      view.emplace(kg::traverse::GraphView::Load(store));
    }));
  }
  Report("load", t);
  const auto& g = view->graph();
  const std::size_t n = num_vertices(g);
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, n - 1);
  for (const int depth : {1, 2}) {
    t.clear();
    for (int r = 0; r < runs; ++r) {
      t.push_back(Seconds([&] {
        std::size_t total = 0;
        for (int i = 0; i < 1000; ++i) total += view->Neighbours(pick(rng), depth).vertices.size();
        if (total == 0) std::fprintf(stderr, "empty neighbourhoods\n");
      }));
    }
    Report(depth == 1 ? "hop1" : "hop2", t);
  }
  t.clear();
  for (int r = 0; r < runs; ++r) {
    t.push_back(Seconds([&] {
      for (int i = 0; i < 200; ++i) (void)view->ShortestPath(pick(rng), pick(rng), 6);
    }));
  }
  Report("paths", t);
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
