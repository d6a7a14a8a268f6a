// Batch reads for listings and exports: many triples in one query, never one query per edge.
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "graph/store/store.h"
#include "graph/store/store_impl.h"
#include "model/error.h"

namespace kg::store {
namespace {

// The columns of a triple with its entities, sentence and article, in the order ReadFact reads.
constexpr const char* kFactSelect = R"sql(
SELECT t.id, t.subject_id, s.name, s.type, t.predicate, t.relation, t.object_id, o.name, o.type,
       t.negated, t.modality, t.confidence, t.extractor, a.source, a.id, a.hash,
       se.idx, se.text, se.start, se.end, t.attributed_to, t.asserted, t.time, t.value, t.rule
FROM triples t
JOIN entities s ON s.id = t.subject_id
JOIN entities o ON o.id = t.object_id
JOIN articles a ON a.id = t.article_id
LEFT JOIN sentences se ON se.id = t.sentence_id
)sql";

model::EntityType TypeOf(const SQLite::Column& c) {
  return model::ParseType(c.getString()).value_or(model::EntityType::kOther);
}

StoredTriple ReadFact(const SQLite::Statement& q) {
  StoredTriple r;
  r.id = q.getColumn(0).getInt64();
  r.subject_id = q.getColumn(1).getInt64();
  model::Triple& t = r.triple;
  t.subject = {q.getColumn(2).getString(), TypeOf(q.getColumn(3))};
  t.predicate = q.getColumn(4).getString();
  t.relation = q.getColumn(5).getString();
  r.object_id = q.getColumn(6).getInt64();
  t.object = {q.getColumn(7).getString(), TypeOf(q.getColumn(8))};
  t.negated = q.getColumn(9).getInt() != 0;
  t.modality = q.getColumn(10).getString();
  t.confidence = q.getColumn(11).getDouble();
  t.extractor = q.getColumn(12).getString();
  t.evidence.article = q.getColumn(13).getString();
  r.article_id = q.getColumn(14).getInt64();
  r.article_hash = q.getColumn(15).getString();
  if (!q.getColumn(16).isNull()) {
    t.evidence.sentence_index = static_cast<std::size_t>(q.getColumn(16).getInt64());
    t.evidence.sentence = q.getColumn(17).getString();
    t.evidence.start = static_cast<std::size_t>(q.getColumn(18).getInt64());
    t.evidence.end = static_cast<std::size_t>(q.getColumn(19).getInt64());
  }
  ReadMeaningColumns(q, 20, t);
  return r;
}

// Names the store in an SQLite error, as every read of the store does.
[[noreturn]] void Rethrow(const std::string& path, const SQLite::Exception& e) {
  const int code = e.getErrorCode();
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    throw Error(ErrorCode::kCorruption, path + ": store is damaged (" + e.what() + ")");
  throw Error(ErrorCode::kIoError, path + ": " + e.what());
}

}  // namespace

std::vector<StoredTriple> Store::TriplesByIds(const std::vector<std::int64_t>& ids) const {
  if (ids.empty()) return {};
  try {
    // The ids travel as one JSON array bound to one parameter: one statement for any count.
    std::string list = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) list += (i ? "," : "") + std::to_string(ids[i]);
    list += "]";
    SQLite::Statement q(
        Connection(), std::string(kFactSelect) + "WHERE t.id IN (SELECT value FROM json_each(?1))");
    q.bind(1, list);
    std::unordered_map<std::int64_t, StoredTriple> found;
    found.reserve(ids.size());
    while (q.executeStep()) {
      StoredTriple t = ReadFact(q);
      const std::int64_t id = t.id;
      found.emplace(id, std::move(t));
    }
    std::vector<StoredTriple> out;
    out.reserve(found.size());
    for (const std::int64_t id : ids) {
      const auto it = found.find(id);
      if (it != found.end()) out.push_back(it->second);
    }
    return out;
  } catch (const SQLite::Exception& e) {
    Rethrow(path(), e);
  }
}

std::vector<ModalTriple> Store::ModalTriples() const {
  try {
    SQLite::Statement q(Connection(),
                        "SELECT id, modality FROM triples WHERE modality <> '' ORDER BY id");
    std::vector<ModalTriple> out;
    while (q.executeStep()) out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString()});
    return out;
  } catch (const SQLite::Exception& e) {
    Rethrow(path(), e);
  }
}

void Store::ForEachProvenance(const std::function<void(const ProvenanceRow&)>& fn) const {
  try {
    SQLite::Statement q(Connection(),
                        "SELECT t.id, a.hash, coalesce(se.start, 0), coalesce(se.end, 0), "
                        "t.modality, coalesce(se.text, '') FROM triples t "
                        "JOIN articles a ON a.id = t.article_id "
                        "LEFT JOIN sentences se ON se.id = t.sentence_id ORDER BY t.id");
    const auto text = [&q](int column) {
      const SQLite::Column c = q.getColumn(column);
      return std::string_view(static_cast<const char*>(c.getBlob()),
                              static_cast<std::size_t>(c.getBytes()));
    };
    while (q.executeStep()) {
      fn({q.getColumn(0).getInt64(), text(1), q.getColumn(2).getInt64(), q.getColumn(3).getInt64(),
          text(4), text(5)});
    }
  } catch (const SQLite::Exception& e) {
    Rethrow(path(), e);
  }
}

std::vector<FactGroup> GroupFacts(const std::vector<StoredTriple>& triples) {
  using Key = std::tuple<std::int64_t, std::string, std::int64_t, bool, std::string>;
  const auto key = [](const StoredTriple& t, bool negated) {
    return Key{t.subject_id, t.triple.predicate, t.object_id, negated, t.triple.modality};
  };
  std::map<Key, std::size_t> index;
  std::vector<FactGroup> groups;
  std::vector<std::set<std::int64_t>> articles;
  for (const StoredTriple& t : triples) {
    const auto [it, added] = index.emplace(key(t, t.triple.negated), groups.size());
    if (added) {
      groups.emplace_back();
      articles.emplace_back();
    }
    groups[it->second].support.push_back(t);
    articles[it->second].insert(t.article_id);
  }
  for (std::size_t i = 0; i < groups.size(); ++i) {
    groups[i].articles = articles[i].size();
    const StoredTriple& first = groups[i].support.front();
    const auto other = index.find(key(first, !first.triple.negated));
    if (other == index.end()) continue;
    const auto& mine = articles[i];
    const auto& theirs = articles[other->second];
    // Disputed unless the only article on both sides is the same one.
    groups[i].disputed = !(mine.size() == 1 && theirs.size() == 1 && mine == theirs);
  }
  return groups;
}

}  // namespace kg::store
