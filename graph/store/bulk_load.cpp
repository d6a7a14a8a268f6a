#include "graph/store/bulk_load.h"

#include <map>
#include <set>

#include "graph/store/schema.h"

namespace kg::store {
namespace {

using model::EntityType;

// SQLite's NOCASE collation, which the alias column uses: ASCII letters only.
std::string FoldAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The resolution EntityId() does against the tables, done against the batch itself.
class BatchEntities {
 public:
  // The id of (name, type): known, joined through a unique alias, or new.
  std::int64_t Resolve(const std::string& name, EntityType type) {
    const auto t = static_cast<std::size_t>(type);
    if (const auto it = exact_[t].find(name); it != exact_[t].end()) return it->second;
    std::int64_t id = 0;
    const auto candidates = by_alias_[t].find(FoldAscii(name));
    if (candidates != by_alias_[t].end() && candidates->second.size() == 1) {
      id = *candidates->second.begin();
      ++mentions_[static_cast<std::size_t>(id - 1)];
    } else {
      id = static_cast<std::int64_t>(entities_.size()) + 1;
      entities_.push_back({name, type, {}, 1});
      mentions_.push_back(1);
    }
    exact_[t].emplace(name, id);
    for (const std::string& n : LookupNames({name, type, {}, 1})) {
      std::string folded = FoldAscii(n);
      if (aliases_seen_.emplace(folded, id).second) aliases_.emplace_back(n, id);
      by_alias_[t][std::move(folded)].insert(id);
    }
    return id;
  }

  // Rows to write: entity i has id i + 1.
  [[nodiscard]] const std::vector<model::Entity>& entities() const { return entities_; }
  [[nodiscard]] const std::vector<std::int64_t>& mentions() const { return mentions_; }
  [[nodiscard]] const std::vector<std::pair<std::string, std::int64_t>>& aliases() const {
    return aliases_;
  }
  [[nodiscard]] std::size_t met() const {
    std::size_t n = 0;
    for (const auto& m : exact_) n += m.size();
    return n;
  }

 private:
  static constexpr std::size_t kTypes = static_cast<std::size_t>(EntityType::kOther) + 1;
  std::array<std::unordered_map<std::string, std::int64_t>, kTypes> exact_;
  std::array<std::unordered_map<std::string, std::set<std::int64_t>>, kTypes> by_alias_;
  std::vector<model::Entity> entities_;
  std::vector<std::int64_t> mentions_;
  std::set<std::pair<std::string, std::int64_t>> aliases_seen_;
  std::vector<std::pair<std::string, std::int64_t>> aliases_;
};

void WriteEntities(Store::Impl& impl, const BatchEntities& batch) {
  SQLite::Statement& entity =
      impl.Prepared("INSERT INTO entities(id, name, type, mentions) VALUES (?, ?, ?, ?)");
  for (std::size_t i = 0; i < batch.entities().size(); ++i) {
    const model::Entity& e = batch.entities()[i];
    entity.reset();
    entity.bind(1, static_cast<std::int64_t>(i + 1));
    entity.bind(2, e.name);
    entity.bind(3, std::string(model::TypeName(e.type)));
    entity.bind(4, batch.mentions()[i]);
    entity.exec();
    impl.Wrote();
  }
  SQLite::Statement& alias = impl.Prepared("INSERT INTO aliases(alias, entity_id) VALUES (?, ?)");
  for (const auto& [name, id] : batch.aliases()) {
    alias.reset();
    alias.bind(1, name);
    alias.bind(2, id);
    alias.exec();
    impl.Wrote();
  }
}

}  // namespace

std::size_t BulkLoad(Store::Impl& impl, std::int64_t article_id,
                     const std::vector<model::Triple>& triples) {
  for (const SecondaryIndex& index : SecondaryIndexes())
    impl.db.exec("DROP INDEX IF EXISTS " + std::string(index.name));
  BatchEntities batch;
  std::vector<std::pair<std::int64_t, std::int64_t>> ends;
  ends.reserve(triples.size());
  for (const model::Triple& t : triples) {
    const std::int64_t s = batch.Resolve(t.subject.name, t.subject.type);
    ends.emplace_back(s, batch.Resolve(t.object.name, t.object.type));
  }
  WriteEntities(impl, batch);
  for (std::size_t i = 0; i < triples.size(); ++i)
    impl.InsertTriple(article_id, ends[i].first, ends[i].second, triples[i], std::nullopt);
  for (const SecondaryIndex& index : SecondaryIndexes()) impl.db.exec(std::string(index.create));
  return batch.met();
}

}  // namespace kg::store
