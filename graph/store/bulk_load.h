#pragma once

// Private to graph/store/: loading a batch of triples into a store that has no entities and no
// triples yet.

#include <cstdint>
#include <memory>
#include <vector>

#include "graph/store/store_impl.h"

namespace kg::store {

// Writes the entities, aliases and triples of batches of triples into the empty store of impl,
// inside the caller's transaction, with the same rows the one-by-one path writes: entities
// resolved in memory in order of first appearance (own name and type, else the one entity of that
// type one of its names is an alias of), one mention per batch. Each Add writes its triples and
// the entities and aliases they bring, so memory grows with the distinct entities, not with the
// triples. The secondary indexes are dropped first and built again by Finish (SQLite builds an
// index from sorted keys much faster than it updates it row by row); a rollback restores them
// with everything else. Throws SQLite::Exception.
// REQUIRES: an open write transaction; no entities and no triples in the store.
class BulkLoader {
 public:
  BulkLoader(Store::Impl& impl, std::int64_t article_id);
  ~BulkLoader();
  BulkLoader(const BulkLoader&) = delete;
  BulkLoader& operator=(const BulkLoader&) = delete;
  void Add(const std::vector<model::Triple>& triples);
  // Writes the mentions counted since the entities were written and builds the indexes again.
  // Returns the number of distinct (name, type) pairs met.
  std::size_t Finish();

 private:
  class Entities;
  Store::Impl& impl_;
  std::int64_t article_id_;
  std::unique_ptr<Entities> entities_;
};

}  // namespace kg::store
