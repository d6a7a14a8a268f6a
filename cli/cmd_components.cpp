// kg components: which parts of the graph hang together, largest first.
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "graph/traverse/traverse.h"

namespace kg::cli {
namespace {

struct ComponentsOptions {
  std::size_t top = 10;
  FormatOption format;
  ExcludeTypes exclude;
};

void RunComponents(const ComponentsOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto view = WithoutTypes(traverse::GraphView::Load(store), o.exclude);
  int count = 0;
  const std::vector<int> comp = view.Components(&count);
  std::vector<std::vector<traverse::Vertex>> members(static_cast<std::size_t>(count));
  for (traverse::Vertex v = 0; v < view.vertex_count(); ++v)
    members[static_cast<std::size_t>(comp[v])].push_back(v);
  std::stable_sort(members.begin(), members.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  // Each component is named by its best-connected member.
  const auto label = [&](const std::vector<traverse::Vertex>& m) {
    return std::string(view.Name(*std::max_element(m.begin(), m.end(), [&](auto a, auto b) {
      return view.Degree(a) != view.Degree(b) ? view.Degree(a) < view.Degree(b)
                                              : view.Name(a) > view.Name(b);
    })));
  };
  const std::size_t shown = std::min(members.size(), o.top);
  if (o.format.Get() == OutputFormat::kJson) {
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "count", std::int64_t{count});
    w.Key("components");
    w.StartArray();
    for (std::size_t i = 0; i < shown; ++i) {
      w.StartObject();
      Member(w, "size", static_cast<std::int64_t>(members[i].size()));
      Member(w, "hub", label(members[i]));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return;
  }
  const bool table = o.format.Get() == OutputFormat::kTable;
  if (table) std::cout << count << " component" << (count == 1 ? "" : "s") << "\n";
  Table rows({"component", "size", "hub"});
  for (std::size_t i = 0; i < shown; ++i)
    rows.Add({std::to_string(i + 1), std::to_string(members[i].size()), label(members[i])});
  rows.Write(std::cout, o.format.Get());
}

}  // namespace

void SetupComponents(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ComponentsOptions>();
  auto* cmd =
      app.add_subcommand("components", "Groups of entities connected to each other, largest first");
  AddExcludeTypeOptions(*cmd, o->exclude);
  cmd->add_option("--top", o->top, "How many to list (default 10)");
  AddFormatOption(*cmd, o->format);
  cmd->footer("Example:\n  kg components --json");
  cmd->callback([o, &ctx] { RunComponents(*o, ctx); });
}

}  // namespace kg::cli
