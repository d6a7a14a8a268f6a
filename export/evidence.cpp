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
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> seen{{"", 0}};
  // Rows in id order repeat the previous row's article and often its sentence: compared first,
  // they are looked up (and hashed) only when they change.
  const auto intern = [&](std::string_view text, std::uint32_t* last) {
    if (texts_[*last] == text) return *last;
    auto it = seen.find(text);
    if (it == seen.end()) {
      it = seen.emplace(std::string(text), static_cast<std::uint32_t>(texts_.size())).first;
      texts_.emplace_back(text);
    }
    *last = it->second;
    return *last;
  };
  std::uint32_t last_sentence = 0;
  std::uint32_t last_article = 0;
  std::uint32_t last_modality = 0;
  std::uint32_t last_qualifier = 0;
  qualifiers_.emplace_back();
  store.ForEachEvidence(wanted, [&](const store::EvidenceRow& r) {
    ids_.push_back(r.triple_id);
    std::uint32_t q = 0;
    if (!r.asserted || !r.attributed_to.empty() || !r.time.empty() || !r.value.empty()) {
      q = static_cast<std::uint32_t>(qualifiers_.size());
      qualifiers_.push_back({intern(r.attributed_to, &last_qualifier),
                             intern(r.time, &last_qualifier), intern(r.value, &last_qualifier),
                             r.asserted});
    }
    slots_.push_back({intern(r.sentence, &last_sentence), intern(r.article_hash, &last_article),
                      intern(r.modality, &last_modality), q, r.start, r.end});
  });
}

std::optional<EdgeEvidence::Row> EdgeEvidence::Of(std::int64_t triple_id) const {
  const auto it = std::lower_bound(ids_.begin(), ids_.end(), triple_id);
  if (it == ids_.end() || *it != triple_id) return std::nullopt;
  const Slot& s = slots_[static_cast<std::size_t>(it - ids_.begin())];
  const Qualifiers& q = qualifiers_[s.qualifiers];
  return Row{texts_[s.sentence], texts_[s.article],       s.start,    s.end,
             texts_[s.modality], texts_[q.attributed_to], q.asserted, texts_[q.time],
             texts_[q.value]};
}

EdgeFacts EdgeEvidence::Facts(std::int64_t triple_id) const {
  const auto row = Of(triple_id);
  if (!row) return {};
  return {std::string(row->article_hash),
          row->start,
          row->end,
          std::string(row->modality),
          std::string(row->attributed_to),
          row->asserted,
          std::string(row->time),
          std::string(row->value)};
}

std::string EdgeEvidence::Sentence(std::int64_t triple_id) const {
  const auto row = Of(triple_id);
  return row ? std::string(row->sentence) : std::string();
}

}  // namespace kg::exporter
