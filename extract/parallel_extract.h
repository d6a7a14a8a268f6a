#pragma once

// Extraction on several threads, results handed back in input order, so that a store filled by
// N threads holds the same rows with the same ids as one filled by one.
//
//   ParallelExtractor workers(2, [models] { return std::make_unique<UdPipeline>(models); });
//   workers.Submit(std::move(article), store_it);  // may hand back earlier articles
//   workers.Finish(store_it);                      // the rest
//
// Each thread has its own extractor, made by the factory (a UdPipeline; they share their models
// inside). Extractors are made on the first Submit, one after another on the caller's thread, so
// a run with nothing new to extract loads nothing.

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

namespace kg::extract {

class ParallelExtractor {
 public:
  using Done = std::function<void(model::ArticleGraph&&)>;
  using Factory = std::function<std::unique_ptr<ArticleExtractor>()>;

  ParallelExtractor(std::size_t threads, Factory make);
  ~ParallelExtractor();
  ParallelExtractor(const ParallelExtractor&) = delete;
  ParallelExtractor& operator=(const ParallelExtractor&) = delete;

  // Queues article; calls done for earlier articles that are ready, in input order. An error
  // thrown by an extraction is rethrown here, for its article, in order.
  void Submit(model::Article article, const Done& done);
  // Waits for every queued article and hands them to done in order.
  void Finish(const Done& done);
  // The stage times of every pipeline, summed.
  [[nodiscard]] ExtractProfile Profile() const;

 private:
  using Result = std::variant<model::ArticleGraph, std::exception_ptr>;
  static constexpr std::size_t kInFlightPerThread = 16;
  void Start();
  void Work(ArticleExtractor& pipeline);
  void Deliver(const Done& done, bool wait_for_one);

  std::size_t threads_;
  Factory make_;
  std::vector<std::unique_ptr<ArticleExtractor>> pipelines_;
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

}  // namespace kg::extract
