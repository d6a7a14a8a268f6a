#pragma once

// Extraction on several threads, results handed back in input order, so that a store filled by
// N threads holds the same rows with the same ids as one filled by one.
//
//   ParallelExtractor workers(2);
//   workers.Submit(std::move(article), store_it);  // may hand back earlier articles
//   workers.Finish(store_it);                      // the rest
//
// Each thread has its own Pipeline (Link Grammar's dictionary and WordNet are shared inside).
// Pipelines are made on the first Submit, so a run with nothing new to extract loads nothing.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

#include "extract/extract.h"

namespace kg::cli {

class ParallelExtractor {
 public:
  using Done = std::function<void(model::ArticleGraph&&)>;

  explicit ParallelExtractor(std::size_t threads);
  ~ParallelExtractor();
  ParallelExtractor(const ParallelExtractor&) = delete;
  ParallelExtractor& operator=(const ParallelExtractor&) = delete;

  // Queues article; calls done for earlier articles that are ready, in input order. An error
  // thrown by an extraction is rethrown here, for its article, in order.
  void Submit(model::Article article, const Done& done);
  // Waits for every queued article and hands them to done in order.
  void Finish(const Done& done);
  // The stage times of every pipeline, summed.
  [[nodiscard]] extract::ExtractProfile Profile() const;

 private:
  using Result = std::variant<model::ArticleGraph, std::exception_ptr>;
  static constexpr std::size_t kInFlightPerThread = 16;
  void Start();
  void Work(extract::Pipeline& pipeline);
  void Deliver(const Done& done, bool wait_for_one);

  std::size_t threads_;
  std::vector<std::unique_ptr<extract::Pipeline>> pipelines_;
  std::vector<std::thread> workers_;
  mutable std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable result_ready_;
  std::deque<std::pair<std::size_t, model::Article>> queue_;
  std::map<std::size_t, Result> results_;
  std::size_t submitted_ = 0;
  std::size_t delivered_ = 0;
  bool stopping_ = false;
};

}  // namespace kg::cli
