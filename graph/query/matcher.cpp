// Backtracking search for a query's patterns over the loaded graph.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/query/query.h"
#include "model/unicode.h"

namespace kg::query {
namespace {

using traverse::Edge;
using traverse::Graph;
using traverse::Vertex;

struct Binding {
  std::optional<Vertex> node;
  std::vector<Edge> edges;
};

// A pattern read right to left, so that the search can start at its named end.
PathPattern Reversed(const PathPattern& p) {
  PathPattern r;
  r.nodes.assign(p.nodes.rbegin(), p.nodes.rend());
  r.edges.assign(p.edges.rbegin(), p.edges.rend());
  for (EdgePattern& e : r.edges) {
    if (e.direction == Direction::kForward) {
      e.direction = Direction::kBackward;
    } else if (e.direction == Direction::kBackward) {
      e.direction = Direction::kForward;
    }
  }
  return r;
}

class Matcher {
 public:
  Matcher(const Query& q, const traverse::GraphView& view, const NameResolver& names,
          const FactsLookup& facts)
      : q_(q), view_(view), g_(view.graph()), facts_(facts) {
    // Name every anonymous part so that each pattern element has a slot.
    int anonymous = 0;
    for (PathPattern p : q.patterns) {
      for (NodePattern& n : p.nodes) {
        if (n.var.empty()) n.var = "_n" + std::to_string(anonymous++);
        if (n.name) named_[n.var] = Resolve(*n.name, names);
      }
      for (EdgePattern& e : p.edges) {
        if (e.var.empty()) e.var = "_e" + std::to_string(anonymous++);
      }
      // Start from the end that is pinned down.
      const bool pinned_front = p.nodes.front().name.has_value();
      const bool pinned_back = p.nodes.back().name.has_value();
      patterns_.push_back(!pinned_front && pinned_back ? Reversed(p) : p);
    }
    for (const PathPattern& p : q.patterns) {
      for (const NodePattern& n : p.nodes) {
        if (!n.var.empty() &&
            std::find(visible_.begin(), visible_.end(), n.var) == visible_.end()) {
          visible_.push_back(n.var);
        }
      }
      for (const EdgePattern& e : p.edges) {
        if (!e.var.empty() &&
            std::find(visible_.begin(), visible_.end(), e.var) == visible_.end()) {
          visible_.push_back(e.var);
        }
      }
    }
    Validate();
  }

  Result Run() {
    Result result;
    if (q_.returns.empty()) {
      result.columns = visible_;
    } else {
      for (const ReturnItem& r : q_.returns)
        result.columns.push_back(r.property.empty() ? r.var : r.var + "." + r.property);
    }
    result_ = &result;
    MatchPattern(0);
    return result;
  }

 private:
  std::set<Vertex> Resolve(const std::string& name, const NameResolver& names) const {
    std::set<Vertex> out;
    for (const std::int64_t id : names(name)) {
      if (const auto v = view_.Find(id)) out.insert(*v);
    }
    return out;
  }

  bool Known(const std::string& var) const {
    return std::find(visible_.begin(), visible_.end(), var) != visible_.end();
  }

  void Validate() const {
    for (const Condition& c : q_.where) {
      if (!Known(c.var)) throw QueryError("unknown variable '" + c.var + "' in WHERE", c.column);
    }
    for (const ReturnItem& r : q_.returns) {
      if (!Known(r.var)) throw QueryError("unknown variable '" + r.var + "' in RETURN", 0);
    }
  }

  bool Done() const {
    return (q_.limit > 0 && result_->rows.size() >= q_.limit) || steps_ > kMaxSteps;
  }

  bool NodeFits(const NodePattern& n, Vertex v) const {
    if (n.type && g_[v].type != *n.type) return false;
    if (n.name) {
      const auto it = named_.find(n.var);
      if (it == named_.end() || !it->second.count(v)) return false;
    }
    const auto bound = bindings_.find(n.var);
    return bound == bindings_.end() || !bound->second.node || *bound->second.node == v;
  }

  void MatchPattern(std::size_t index) {
    if (Done()) return;
    if (index == patterns_.size()) {
      Emit();
      return;
    }
    const PathPattern& p = patterns_[index];
    const NodePattern& first = p.nodes.front();
    std::vector<Vertex> starts;
    const auto bound = bindings_.find(first.var);
    if (bound != bindings_.end() && bound->second.node) {
      starts.push_back(*bound->second.node);
    } else if (const auto it = named_.find(first.var); it != named_.end()) {
      starts.assign(it->second.begin(), it->second.end());
    } else {
      for (const Vertex v : boost::make_iterator_range(vertices(g_))) starts.push_back(v);
    }
    for (const Vertex v : starts) {
      if (Done()) return;
      MatchNode(index, 0, v);
    }
  }

  void MatchNode(std::size_t pattern, std::size_t i, Vertex v) {
    const PathPattern& p = patterns_[pattern];
    const NodePattern& n = p.nodes[i];
    if (!NodeFits(n, v)) return;
    const bool fresh = !bindings_.count(n.var);
    if (fresh) bindings_[n.var].node = v;
    if (i + 1 == p.nodes.size()) {
      MatchPattern(pattern + 1);
    } else {
      std::vector<Edge> path;
      Walk(pattern, i, v, path);
    }
    if (fresh) bindings_.erase(n.var);
  }

  // Extends the i-th edge of the pattern from v, hop by hop, and moves on to the next node at
  // every length within the edge's bounds.
  void Walk(std::size_t pattern, std::size_t i, Vertex v, std::vector<Edge>& path) {
    if (Done()) return;
    ++steps_;
    const EdgePattern& e = patterns_[pattern].edges[i];
    const int hops = static_cast<int>(path.size());
    if (hops >= e.min_hops) {
      bindings_[e.var].edges = path;
      MatchNode(pattern, i + 1, v);
      bindings_.erase(e.var);
      if (Done()) return;
    }
    if (hops >= e.max_hops) return;
    const auto step = [&](Edge edge, Vertex next) {
      if (!traverse::PredicateMatches(e.predicates, g_[edge].predicate) ||
          used_.count(g_[edge].triple_id))
        return;
      used_.insert(g_[edge].triple_id);
      path.push_back(edge);
      Walk(pattern, i, next, path);
      path.pop_back();
      used_.erase(g_[edge].triple_id);
    };
    if (e.direction != Direction::kBackward) {
      for (const Edge out : boost::make_iterator_range(out_edges(v, g_)))
        step(out, target(out, g_));
    }
    if (e.direction != Direction::kForward) {
      for (const Edge in : boost::make_iterator_range(in_edges(v, g_))) step(in, source(in, g_));
    }
  }

  std::string Property(const Binding& b, const std::string& property) const {
    if (b.node) {
      if (property == "name") return g_[*b.node].name;
      if (property == "type") return std::string(model::TypeName(g_[*b.node].type));
      return {};
    }
    if (b.edges.empty()) return {};
    if (property == "predicate") return g_[b.edges.front()].predicate.str();
    // A path of several edges is negated, modal or reported when any of its edges is; its
    // modality, attribution and time are those of the first edge that has one.
    const auto negated = [&] {
      return std::any_of(b.edges.begin(), b.edges.end(), [&](Edge e) { return g_[e].negated; });
    };
    if (property == "negated") return negated() ? "true" : "false";
    EdgeFacts path;
    for (const Edge& e : b.edges) {
      if (!facts_) break;
      const EdgeFacts f = facts_(g_[e].triple_id);
      if (path.modality.empty()) path.modality = f.modality;
      if (path.attributed_to.empty()) path.attributed_to = f.attributed_to;
      if (path.time.empty()) path.time = f.time;
      path.asserted = path.asserted && f.asserted;
    }
    if (property == "modality") return path.modality;
    if (property == "attributed_to") return path.attributed_to;
    if (property == "time") return path.time;
    if (property == "asserted") {
      return path.asserted && !negated() && path.modality.empty() ? "true" : "false";
    }
    if (property == "confidence") {
      double c = 1.0;
      for (const Edge& e : b.edges) c = std::min(c, g_[e].confidence);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.3f", c);
      return buf;
    }
    return {};
  }

  static bool Compare(const std::string& left, CompareOp op, const std::string& right) {
    // Numbers compare as numbers only when the whole text is one: "2024-03" is a date, not 2024.
    const auto number = [](const std::string& text, double& x) {
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
      return ec == std::errc() && end == text.data() + text.size();
    };
    double a = 0;
    double b = 0;
    const bool numeric = number(left, a) && number(right, b);
    const std::string l = model::FoldCase(left);
    const std::string r = model::FoldCase(right);
    switch (op) {
      case CompareOp::kEq:
        return numeric ? a == b : l == r;
      case CompareOp::kNe:
        return numeric ? a != b : l != r;
      case CompareOp::kLt:
        return numeric ? a < b : l < r;
      case CompareOp::kGt:
        return numeric ? a > b : l > r;
      case CompareOp::kLe:
        return numeric ? a <= b : l <= r;
      case CompareOp::kGe:
        return numeric ? a >= b : l >= r;
      case CompareOp::kContains:
        return l.find(r) != std::string::npos;
    }
    return false;
  }

  void Emit() {
    for (const Condition& c : q_.where) {
      const auto it = bindings_.find(c.var);
      if (it == bindings_.end() || !Compare(Property(it->second, c.property), c.op, c.value))
        return;
    }
    Row row;
    std::string signature;
    const auto add = [&](const std::string& var, const std::string& property) {
      const Binding& b = bindings_.at(var);
      Value value;
      if (!property.empty()) {
        value.text = Property(b, property);
        signature += value.text + "\x1f";
      } else {
        value.node = b.node;
        value.edges = b.edges;
        signature += b.node ? "v" + std::to_string(g_[*b.node].id) : "";
        for (const Edge& e : b.edges) signature += "e" + std::to_string(g_[e].triple_id);
        signature += "\x1f";
      }
      row.values.push_back(std::move(value));
    };
    if (q_.returns.empty()) {
      for (const std::string& var : visible_) add(var, "");
    } else {
      for (const ReturnItem& r : q_.returns) add(r.var, r.property);
    }
    // Rows that return the same values are one row, with the edges of every match behind it;
    // but a match through a negated edge never merges with one through asserted edges, so that
    // "Germany funds the pipeline" in one article is not hidden by "did not" in another.
    for (const auto& [var, b] : bindings_) {
      for (const Edge& e : b.edges) signature += g_[e].negated ? "-" : "+";
    }
    for (const auto& [var, b] : bindings_)
      row.edges.insert(row.edges.end(), b.edges.begin(), b.edges.end());
    const auto [seen, added] = seen_.emplace(signature, result_->rows.size());
    if (!added) {
      auto& edges = result_->rows[seen->second].edges;
      edges.insert(edges.end(), row.edges.begin(), row.edges.end());
      row.edges = std::move(edges);
    }
    std::sort(row.edges.begin(), row.edges.end(),
              [&](const Edge& a, const Edge& b) { return g_[a].triple_id < g_[b].triple_id; });
    row.edges.erase(std::unique(row.edges.begin(), row.edges.end()), row.edges.end());
    if (!added) {
      result_->rows[seen->second].edges = std::move(row.edges);
      return;
    }
    result_->rows.push_back(std::move(row));
  }

  static constexpr std::size_t kMaxSteps = 5'000'000;

  const Query& q_;
  const traverse::GraphView& view_;
  const Graph& g_;
  const FactsLookup& facts_;
  std::vector<PathPattern> patterns_;
  std::vector<std::string> visible_;  // variables the user named, in order of appearance
  std::map<std::string, std::set<Vertex>> named_;
  std::map<std::string, Binding> bindings_;
  std::unordered_set<std::int64_t> used_;
  std::unordered_map<std::string, std::size_t> seen_;  // signature -> row
  std::size_t steps_ = 0;
  Result* result_ = nullptr;
};

}  // namespace

Result Run(const Query& query, const traverse::GraphView& view, const NameResolver& names,
           const FactsLookup& facts) {
  return Matcher(query, view, names, facts).Run();
}

}  // namespace kg::query
