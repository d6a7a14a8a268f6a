// kg merges: the record of every merge (schema version 3): which name each entity absorbed, by
// which identity rule, in which article. How a user finds a wrong merge ("why is 'he' Macron
// here?", "why did 'ICI' join ICI Pharma?") and the article to read.
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "extract/entities/merge_rules.h"
#include "model/error.h"
#include "model/unicode.h"

namespace kg::cli {
namespace {

struct MergesOptions {
  std::string entity;
  std::string rule;
  FormatOption format;
};

// The rule names a merge can carry: the resolver's and the store's own.
std::vector<std::string> RuleNames() {
  std::vector<std::string> names;
  for (const auto& r : extract::MergeRules()) names.emplace_back(r.name);
  names.emplace_back(store::kAliasMergeRule);
  return names;
}

void RunMerges(const MergesOptions& o, Context& ctx) {
  const std::string rule = model::FoldCase(o.rule);
  if (!rule.empty()) {
    const std::vector<std::string> names = RuleNames();
    if (std::find(names.begin(), names.end(), rule) == names.end()) {
      std::string known;
      for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
      throw Error(ErrorCode::kInvalidInput,
                  "unknown merge rule '" + o.rule + "' (hint: one of " + known + ")");
    }
  }
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  // The entities called so, and those a merge joined the name to ("he", a firm's first word).
  std::vector<std::int64_t> ids;
  if (!o.entity.empty()) {
    ids = store.FindEntities(o.entity);
    for (const std::int64_t id : store.MergedInto(o.entity)) ids.push_back(id);
    if (ids.empty()) (void)ResolveEntity(store, o.entity);  // throws, with the closest names
  }
  std::vector<store::StoredMerge> merges = store.Merges(ids);
  if (!rule.empty())
    std::erase_if(merges, [&](const store::StoredMerge& m) { return m.rule != rule; });
  // A store from before the record (schema version 2) says so: its older merges are unknown.
  const std::int64_t unrecorded = store.ArticlesWithoutMergeRecord();
  const OutputFormat format = o.format.Get();
  if (format == OutputFormat::kJson) {
    JsonOut json(std::cout);
    auto& w = json.w();
    w.StartObject();
    Member(w, "count", static_cast<std::int64_t>(merges.size()));
    Member(w, "articles_without_record", unrecorded);
    w.Key("merges");
    w.StartArray();
    for (const auto& m : merges) {
      w.StartObject();
      w.Key("entity");
      EntityJson(w, m.entity, m.type);
      Member(w, "name", m.name);
      Member(w, "rule", m.rule);
      Member(w, "article", m.article);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return;
  }
  const bool table = format == OutputFormat::kTable;
  Table rows({"entity", "type", "name", "rule", "article"});
  for (const auto& m : merges) {
    rows.Add({table ? Truncate(m.entity, 40) : m.entity, std::string(model::TypeName(m.type)),
              table ? Truncate(m.name, 30) : m.name, m.rule,
              table ? Truncate(m.article, 40) : m.article});
  }
  rows.Write(std::cout, format);
  if (table) std::cout << merges.size() << " merge" << (merges.size() == 1 ? "" : "s") << "\n";
  if (unrecorded > 0)
    std::cerr << "kg: note: " << unrecorded << " article" << (unrecorded == 1 ? " was" : "s were")
              << " stored before kg recorded merges; their merges are not listed (re-ingest them "
                 "into a new store to record them)\n";
}

}  // namespace

void SetupMerges(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<MergesOptions>();
  auto* cmd = app.add_subcommand(
      "merges", "List recorded merges: the names each entity absorbed, by which rule, where");
  cmd->add_option("entity", o->entity,
                  "Only the merges into this entity (its name, an alias, or a name merged into "
                  "it; case-insensitive)");
  cmd->add_option("--rule", o->rule,
                  "Only this rule: name-variant, exonym, country-name, title, surname, "
                  "firm-short-name, acronym, definite-description, coreference, alias");
  AddFormatOption(*cmd, o->format);
  cmd->footer(
      "Each row is one name an entity absorbed in one article. 'alias' is a join the store made "
      "across articles through a shared name; the other rules are the article's own.\n"
      "Example:\n  kg merges \"European Union\"\n  kg merges --rule coreference --format csv");
  cmd->callback([o, &ctx] { RunMerges(*o, ctx); });
}

}  // namespace kg::cli
