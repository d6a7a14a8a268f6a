#include "graph/store/bulk_load.h"

#include <algorithm>
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

}  // namespace

// The resolution EntityId() does against the tables, done against the batches themselves.
class BulkLoader::Entities {
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
      merges_.emplace_back(name, id);
    } else {
      id = static_cast<std::int64_t>(mentions_.size()) + 1;
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

  // Writes the entities and aliases met since the last call: entity i has id i + 1. Their
  // mentions are those counted so far; WriteMentions brings them up to date.
  void WriteNew(Store::Impl& impl, std::int64_t article) {
    SQLite::Statement& entity =
        impl.Prepared("INSERT INTO entities(id, name, type, mentions) VALUES (?, ?, ?, ?)");
    const std::size_t first = mentions_.size() - entities_.size();
    for (std::size_t i = 0; i < entities_.size(); ++i) {
      const model::Entity& e = entities_[i];
      entity.reset();
      entity.bind(1, static_cast<std::int64_t>(first + i + 1));
      entity.bind(2, e.name);
      entity.bind(3, std::string(model::TypeName(e.type)));
      entity.bind(4, mentions_[first + i]);
      entity.exec();
      impl.Wrote();
    }
    entities_.clear();
    written_mentions_.resize(mentions_.size());
    std::copy(mentions_.begin() + static_cast<std::ptrdiff_t>(first), mentions_.end(),
              written_mentions_.begin() + static_cast<std::ptrdiff_t>(first));
    SQLite::Statement& alias = impl.Prepared("INSERT INTO aliases(alias, entity_id) VALUES (?, ?)");
    for (const auto& [name, id] : aliases_) {
      alias.reset();
      alias.bind(1, name);
      alias.bind(2, id);
      alias.exec();
      impl.Wrote();
    }
    aliases_.clear();
    for (const auto& [name, id] : merges_) impl.InsertMerge(id, name, kAliasMergeRule, article);
    merges_.clear();
  }

  // Updates the entities whose mentions grew after they were written.
  void WriteMentions(Store::Impl& impl) {
    SQLite::Statement& update = impl.Prepared("UPDATE entities SET mentions = ? WHERE id = ?");
    for (std::size_t i = 0; i < written_mentions_.size(); ++i) {
      if (written_mentions_[i] == mentions_[i]) continue;
      update.reset();
      update.bind(1, mentions_[i]);
      update.bind(2, static_cast<std::int64_t>(i + 1));
      update.exec();
      impl.Wrote();
    }
  }

  [[nodiscard]] std::size_t met() const {
    std::size_t n = 0;
    for (const auto& m : exact_) n += m.size();
    return n;
  }

 private:
  static constexpr std::size_t kTypes = model::kEntityTypeCount;
  std::array<std::unordered_map<std::string, std::int64_t>, kTypes> exact_;
  std::array<std::unordered_map<std::string, std::set<std::int64_t>>, kTypes> by_alias_;
  std::vector<model::Entity> entities_;  // met since the last WriteNew
  std::vector<std::int64_t> mentions_;   // by id - 1
  std::vector<std::int64_t> written_mentions_;
  std::set<std::pair<std::string, std::int64_t>> aliases_seen_;
  std::vector<std::pair<std::string, std::int64_t>> aliases_;
  std::vector<std::pair<std::string, std::int64_t>> merges_;  // joined through an alias
};

BulkLoader::BulkLoader(Store::Impl& impl, std::int64_t article_id)
    : impl_(impl), article_id_(article_id), entities_(std::make_unique<Entities>()) {
  for (const SecondaryIndex& index : SecondaryIndexes())
    impl_.db.exec("DROP INDEX IF EXISTS " + std::string(index.name));
}

BulkLoader::~BulkLoader() = default;

void BulkLoader::Add(const std::vector<model::Triple>& triples) {
  std::vector<std::pair<std::int64_t, std::int64_t>> ends;
  ends.reserve(triples.size());
  for (const model::Triple& t : triples) {
    const std::int64_t s = entities_->Resolve(t.subject.name, t.subject.type);
    ends.emplace_back(s, entities_->Resolve(t.object.name, t.object.type));
  }
  entities_->WriteNew(impl_, article_id_);
  for (std::size_t i = 0; i < triples.size(); ++i)
    impl_.InsertTriple(article_id_, ends[i].first, ends[i].second, triples[i], std::nullopt);
}

std::size_t BulkLoader::Finish() {
  entities_->WriteMentions(impl_);
  for (const SecondaryIndex& index : SecondaryIndexes()) impl_.db.exec(std::string(index.create));
  return entities_->met();
}

}  // namespace kg::store
