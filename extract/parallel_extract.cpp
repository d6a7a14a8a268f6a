#include "extract/parallel_extract.h"

#include <algorithm>
#include <utility>

namespace kg::extract {

ParallelExtractor::ParallelExtractor(std::size_t threads, Factory make)
    : threads_(std::max<std::size_t>(1, threads)), make_(std::move(make)) {}

ParallelExtractor::~ParallelExtractor() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void ParallelExtractor::Start() {
  // Made here, one after another: the first loads the shared models before threads use them.
  for (std::size_t i = 0; i < threads_; ++i) pipelines_.push_back(make_());
  if (threads_ == 1) return;  // extract on the caller's thread
  for (auto& p : pipelines_) workers_.emplace_back([this, &p] { Work(*p); });
}

void ParallelExtractor::Work(ArticleExtractor& pipeline) {
  for (;;) {
    std::pair<std::size_t, model::Article> job;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    Result result;
    try {
      result = pipeline.ExtractArticle(std::move(job.second));
    } catch (...) {
      result = std::current_exception();
    }
    {
      const std::lock_guard lock(mutex_);
      results_.emplace(job.first, std::move(result));
    }
    result_ready_.notify_all();
  }
}

void ParallelExtractor::Submit(model::Article article, const Done& done) {
  if (pipelines_.empty()) Start();
  if (threads_ == 1) {
    done(pipelines_.front()->ExtractArticle(std::move(article)));
    return;
  }
  {
    const std::lock_guard lock(mutex_);
    queue_.emplace_back(submitted_++, std::move(article));
  }
  work_ready_.notify_one();
  // Articles finish out of order: keep enough in flight that a long one does not leave the other
  // threads idle, few enough to bound memory.
  Deliver(done, submitted_ - delivered_ > kInFlightPerThread * threads_);
}

void ParallelExtractor::Finish(const Done& done) {
  while (delivered_ < submitted_) Deliver(done, true);
}

void ParallelExtractor::Deliver(const Done& done, bool wait_for_one) {
  for (;;) {
    Result result;
    {
      std::unique_lock lock(mutex_);
      if (wait_for_one) {
        result_ready_.wait(lock, [&] { return results_.count(delivered_) > 0; });
        wait_for_one = false;
      }
      const auto it = results_.find(delivered_);
      if (it == results_.end()) return;
      result = std::move(it->second);
      results_.erase(it);
      ++delivered_;
    }
    if (auto* error = std::get_if<std::exception_ptr>(&result)) std::rethrow_exception(*error);
    done(std::get<model::ArticleGraph>(std::move(result)));
  }
}

ExtractProfile ParallelExtractor::Profile() const {
  ExtractProfile sum;
  for (const auto& p : pipelines_) sum.Add(p->profile());
  return sum;
}

}  // namespace kg::extract
