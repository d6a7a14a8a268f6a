#include <algorithm>
#include <unordered_map>

#include "export/export.h"

namespace kg::exporter {

EdgeEvidence::EdgeEvidence(const store::Store& store, const traverse::Graph& g) {
  std::vector<std::int64_t> wanted;
  wanted.reserve(num_edges(g));
  for (const traverse::Edge e : boost::make_iterator_range(edges(g)))
    wanted.push_back(g[e].triple_id);
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  ids_.reserve(wanted.size());
  slots_.reserve(wanted.size());
  texts_.emplace_back();  // slot 0: ""
  std::unordered_map<std::string, std::uint32_t> seen{{"", 0}};
  const auto intern = [&](std::string_view text) {
    const auto [it, added] =
        seen.try_emplace(std::string(text), static_cast<std::uint32_t>(texts_.size()));
    if (added) texts_.emplace_back(text);
    return it->second;
  };
  store.ForEachEvidence(wanted, [&](const store::EvidenceRow& r) {
    ids_.push_back(r.triple_id);
    slots_.push_back({intern(r.sentence), intern(r.article_hash), r.start, r.end});
  });
}

std::optional<EdgeEvidence::Row> EdgeEvidence::Of(std::int64_t triple_id) const {
  const auto it = std::lower_bound(ids_.begin(), ids_.end(), triple_id);
  if (it == ids_.end() || *it != triple_id) return std::nullopt;
  const Slot& s = slots_[static_cast<std::size_t>(it - ids_.begin())];
  return Row{texts_[s.sentence], texts_[s.article], s.start, s.end};
}

std::string EdgeEvidence::Sentence(std::int64_t triple_id) const {
  const auto row = Of(triple_id);
  return row ? std::string(row->sentence) : std::string();
}

}  // namespace kg::exporter
