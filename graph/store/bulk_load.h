#pragma once

// Private to graph/store/: loading a batch of triples into a store that has no entities and no
// triples yet.

#include <cstdint>
#include <vector>

#include "graph/store/store_impl.h"

namespace kg::store {

// Writes the entities, aliases and triples of triples into the empty store of impl, inside the
// caller's transaction, with the same rows the one-by-one path writes: entities resolved in
// memory in order of first appearance (own name and type, else the one entity of that type one
// of its names is an alias of), one mention per batch. The secondary indexes are dropped first
// and built again at the end (SQLite builds an index from sorted keys much faster than it
// updates it row by row); a rollback restores them with everything else. Returns the number of
// distinct entities met. Throws SQLite::Exception.
// REQUIRES: an open write transaction; no entities and no triples in the store.
std::size_t BulkLoad(Store::Impl& impl, std::int64_t article_id,
                     const std::vector<model::Triple>& triples);

}  // namespace kg::store
