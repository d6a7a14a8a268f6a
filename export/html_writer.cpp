// kg export --format html: one offline page with the graph, drawn by d3 v3's force layout.
#include <algorithm>
#include <numeric>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/embedded.h"
#include "export/export.h"

namespace kg::exporter {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void WriteNodes(const traverse::Graph& g, const GraphIds& ids, JsonWriter& w) {
  w.StartArray();
  for (const traverse::Vertex v : boost::make_iterator_range(vertices(g))) {
    w.StartObject();
    w.Key("id");
    String(w, ids.Node(v));
    w.Key("name");
    String(w, g[v].name);
    w.Key("type");
    String(w, model::TypeName(g[v].type));
    w.EndObject();
  }
  w.EndArray();
}

// d3 v3's force layout links nodes by their index in the nodes array.
void WriteLinks(const traverse::Graph& g, const GraphIds& ids, const ExportOptions& options,
                JsonWriter& w) {
  w.StartArray();
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    w.StartObject();
    w.Key("id");
    String(w, ids.Of(e));
    w.Key("source");
    w.Uint(static_cast<unsigned>(source(e, g)));
    w.Key("target");
    w.Uint(static_cast<unsigned>(target(e, g)));
    w.Key("predicate");
    String(w, std::string_view(r.predicate));
    w.Key("confidence");
    w.Double(r.confidence);
    w.Key("negated");
    w.Bool(r.negated);
    const EdgeFacts facts = options.facts ? options.facts(r.triple_id) : EdgeFacts{};
    w.Key("modality");
    String(w, facts.modality);
    w.Key("attributed_to");
    String(w, facts.attributed_to);
    if (options.evidence) {
      w.Key("sentence");
      String(w, options.evidence(r.triple_id));
    }
    if (options.article) {
      w.Key("article");
      String(w, options.article(r.triple_id));
    }
    w.EndObject();
  }
  w.EndArray();
}

// Text placed inside a <script> element must not contain "</" (it could close the element).
std::string ScriptSafe(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') {
      out += "<\\/";
      ++i;
    } else {
      out += json[i];
    }
  }
  return out;
}

// page with marker replaced by text; the marker must be there once.
void Replace(std::string& page, std::string_view marker, std::string_view text) {
  const std::size_t at = page.find(marker);
  if (at != std::string::npos) page.replace(at, marker.size(), text);
}

}  // namespace

void WriteHtml(const traverse::Graph& g, std::ostream& out, const ExportOptions& options) {
  const GraphIds ids(g);
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("nodes");
  WriteNodes(g, ids, w);
  w.Key("links");
  WriteLinks(g, ids, options, w);
  if (!options.warning.empty()) {
    w.Key("warning");
    String(w, options.warning);
  }
  w.EndObject();
  std::string page(HtmlPageTemplate());
  // The data first: d3's source is not searched for the data marker.
  Replace(page, "/*KG_DATA*/", ScriptSafe({buffer.GetString(), buffer.GetSize()}));
  Replace(page, "/*KG_D3*/", D3Source());
  out << page;
}

std::optional<traverse::Graph> LargestForPage(const traverse::Graph& g, std::size_t max_nodes) {
  const std::size_t n = num_vertices(g);
  if (n <= max_nodes) return std::nullopt;
  std::vector<traverse::Vertex> order(n);
  std::iota(order.begin(), order.end(), traverse::Vertex{0});
  const auto degree = [&](traverse::Vertex v) { return out_degree(v, g) + in_degree(v, g); };
  std::stable_sort(order.begin(), order.end(),
                   [&](traverse::Vertex a, traverse::Vertex b) { return degree(a) > degree(b); });
  order.resize(max_nodes);
  std::sort(order.begin(), order.end());  // keep the store's order
  std::vector<std::int64_t> kept(n, -1);
  traverse::GraphBuilder b;
  for (const traverse::Vertex v : order) kept[v] = static_cast<std::int64_t>(b.AddVertex(g[v]));
  for (const traverse::Edge e : boost::make_iterator_range(edges(g))) {
    const auto s = kept[source(e, g)];
    const auto t = kept[target(e, g)];
    if (s >= 0 && t >= 0)
      b.AddEdge(static_cast<traverse::Vertex>(s), static_cast<traverse::Vertex>(t), g[e]);
  }
  return std::move(b).Build();
}

}  // namespace kg::exporter
