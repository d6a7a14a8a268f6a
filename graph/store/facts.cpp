// Facts grouped from triples read in one batch (Store::TriplesByIds), for listings.
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "graph/store/store.h"

namespace kg::store {

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
