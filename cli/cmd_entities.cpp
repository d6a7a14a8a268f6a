// kg entities: the entities the store holds, with types, aliases and mentions. Reported clauses
// (type STATEMENT) are no entities: listed only with --type STATEMENT.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct EntitiesOptions {
  std::string type;
  FormatOption format;
};

void RunEntities(const EntitiesOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const std::optional<model::EntityType> type = TypeOption(o.type);
  auto entities = store.Entities(type);
  if (!type) std::erase_if(entities, [](const auto& e) { return !model::IsEntity(e.type); });
  const OutputFormat format = o.format.Get();
  if (format == OutputFormat::kJson) {
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "count", static_cast<std::int64_t>(entities.size()));
    w.Key("entities");
    w.StartArray();
    for (const auto& e : entities) {
      w.StartObject();
      Member(w, "name", e.name);
      Member(w, "type", model::TypeName(e.type));
      Member(w, "mentions", e.mentions);
      Member(w, "degree", e.degree);
      w.Key("aliases");
      w.StartArray();
      for (const auto& a : e.aliases) String(w, a);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return;
  }
  const bool table = format == OutputFormat::kTable;
  Table rows({"name", "type", "mentions", "degree", "aliases"});
  for (const auto& e : entities) {
    std::string aliases;
    for (const auto& a : e.aliases) aliases += (aliases.empty() ? "" : (table ? ", " : "|")) + a;
    rows.Add({table ? Truncate(e.name, 40) : e.name, std::string(model::TypeName(e.type)),
              std::to_string(e.mentions), std::to_string(e.degree),
              table ? Truncate(aliases, 50) : aliases});
  }
  rows.Write(std::cout, format);
  if (table)
    std::cout << entities.size() << " entit" << (entities.size() == 1 ? "y" : "ies") << "\n";
}

}  // namespace

void SetupEntities(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<EntitiesOptions>();
  auto* cmd =
      app.add_subcommand("entities", "List entities with their types, aliases and mentions");
  cmd->add_option("--type", o->type,
                  "Only this type (PERSON, COUNTRY, ...); STATEMENT lists the reported clauses, "
                  "which are left out otherwise");
  AddFormatOption(*cmd, o->format);
  cmd->footer(
      "Example:\n  kg entities --type PERSON\n  kg entities --type STATEMENT\n  kg entities "
      "--format csv");
  cmd->callback([o, &ctx] { RunEntities(*o, ctx); });
}

}  // namespace kg::cli
