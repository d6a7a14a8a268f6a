// kg triples, kg entities: what the store holds, filtered.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct TriplesOptions {
  std::string subject, predicate, object, type;
  std::size_t limit = 0;
  bool json = false;
};

struct EntitiesOptions {
  std::string type;
  bool json = false;
};

std::optional<model::EntityType> TypeOption(const std::string& name) {
  if (name.empty()) return std::nullopt;
  return ParseTypes({name}).front();
}

void RunTriples(const TriplesOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  store::TripleFilter f;
  if (!o.subject.empty()) {
    ResolveEntity(store,
                  o.subject);  // an unknown name is an error with a hint, not an empty answer
    f.subject = o.subject;
  }
  if (!o.object.empty()) {
    ResolveEntity(store, o.object);
    f.object = o.object;
  }
  if (!o.predicate.empty()) f.predicate = o.predicate;
  f.type = TypeOption(o.type);
  f.limit = o.limit;
  const auto triples = store.Triples(f);
  if (o.json) {
    std::cout << "{\"count\":" << triples.size() << ",\"triples\":[";
    for (std::size_t i = 0; i < triples.size(); ++i)
      std::cout << (i ? ",\n" : "\n") << TripleJson(triples[i].triple);
    std::cout << "]}\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& st : triples) {
    const auto& t = st.triple;
    rows.push_back({Truncate(t.subject.name, 28), (t.negated ? "not " : "") + t.predicate,
                    Truncate(t.object.name, 36), FormatConfidence(t.confidence),
                    Truncate(t.evidence.sentence, 70)});
  }
  PrintTable(std::cout, {"SUBJECT", "PREDICATE", "OBJECT", "CONF", "SENTENCE"}, rows);
  std::cout << triples.size() << " triple" << (triples.size() == 1 ? "" : "s") << "\n";
}

void RunEntities(const EntitiesOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  const auto entities = store.Entities(TypeOption(o.type));
  if (o.json) {
    std::cout << "{\"count\":" << entities.size() << ",\"entities\":[";
    for (std::size_t i = 0; i < entities.size(); ++i) {
      const auto& e = entities[i];
      std::cout << (i ? ",\n" : "\n") << "{\"name\":" << JsonString(e.name) << ",\"type\":\""
                << model::TypeName(e.type) << "\",\"mentions\":" << e.mentions
                << ",\"degree\":" << e.degree << ",\"aliases\":[";
      for (std::size_t k = 0; k < e.aliases.size(); ++k)
        std::cout << (k ? "," : "") << JsonString(e.aliases[k]);
      std::cout << "]}";
    }
    std::cout << "]}\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : entities) {
    std::string aliases;
    for (const auto& a : e.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
    rows.push_back({Truncate(e.name, 40), std::string(model::TypeName(e.type)),
                    std::to_string(e.mentions), std::to_string(e.degree), Truncate(aliases, 50)});
  }
  PrintTable(std::cout, {"NAME", "TYPE", "MENTIONS", "TRIPLES", "ALIASES"}, rows);
  std::cout << entities.size() << " entit" << (entities.size() == 1 ? "y" : "ies") << "\n";
}

}  // namespace

void SetupTriples(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<TriplesOptions>();
  auto* cmd =
      app.add_subcommand("triples", "List stored triples with the sentences they came from");
  cmd->add_option("--subject", o->subject, "Subject name or alias (case-insensitive)");
  cmd->add_option("--predicate", o->predicate, "Predicate lemma, e.g. fund, host, say");
  cmd->add_option("--object", o->object, "Object name or alias");
  cmd->add_option("--type", o->type, "Subject or object of this entity type");
  cmd->add_option("--limit", o->limit, "At most this many");
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg triples --subject Macron\n  kg triples --predicate fund --json");
  cmd->callback([o, &ctx] { RunTriples(*o, ctx); });
}

void SetupEntities(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<EntitiesOptions>();
  auto* cmd =
      app.add_subcommand("entities", "List entities with their types, aliases and mentions");
  cmd->add_option("--type", o->type, "Only this type (PERSON, COUNTRY, ...)");
  cmd->add_flag("--json", o->json, "One JSON document");
  cmd->footer("Example:\n  kg entities --type PERSON");
  cmd->callback([o, &ctx] { RunEntities(*o, ctx); });
}

}  // namespace kg::cli
