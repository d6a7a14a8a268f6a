// kg triples: stored triples, filtered, with the sentences they came from; --group shows each
// distinct fact once with the articles behind it.
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "model/error.h"

namespace kg::cli {
namespace {

struct TriplesOptions {
  std::string subject, predicate, object, type;
  std::size_t limit = 0;
  bool group = false;
  bool asserted_only = false;
  FormatOption format;
};

void RunTriples(const TriplesOptions& o, Context& ctx) {
  const store::Store store(ctx.db, store::OpenMode::kReadOnly);
  store::TripleFilter f;
  // An unknown name is an error with a hint, not an empty answer.
  if (!o.subject.empty()) {
    ResolveEntity(store, o.subject);
    f.subject = o.subject;
  }
  if (!o.object.empty()) {
    ResolveEntity(store, o.object);
    f.object = o.object;
  }
  if (!o.predicate.empty()) f.predicate = o.predicate;
  f.type = TypeOption(o.type);
  // --group counts articles, so it reads every matching triple and limits the facts instead.
  f.limit = o.group ? 0 : o.limit;
  auto triples = store.Triples(f);
  if (o.group) {
    std::vector<std::int64_t> ids;
    ids.reserve(triples.size());
    for (const auto& t : triples) ids.push_back(t.id);
    // Disputes are found among every polarity before --asserted-only drops the negated side.
    auto facts = store::GroupFacts(store.TriplesByIds(ids));
    if (o.asserted_only) {
      std::erase_if(facts,
                    [](const auto& g) { return !model::IsAsserted(g.support.front().triple); });
    }
    if (o.limit > 0 && facts.size() > o.limit) facts.resize(o.limit);
    WriteFacts(std::cout, facts, o.format.Get());
    return;
  }
  if (o.asserted_only)
    std::erase_if(triples, [](const auto& t) { return !model::IsAsserted(t.triple); });
  WriteTriples(std::cout, triples, o.format.Get());
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
  cmd->add_option("--limit", o->limit, "At most this many (facts with --group)");
  cmd->add_flag("--group", o->group,
                "Each distinct fact (subject, predicate, object, polarity) once, with the number "
                "of articles behind it, all its sentences, and 'disputed' when another article "
                "says the opposite");
  cmd->add_flag("--asserted-only", o->asserted_only,
                "Only plain assertions: no negated, modal or merely reported facts");
  AddFormatOption(*cmd, o->format);
  cmd->footer(
      "Example:\n  kg triples --subject Macron\n  kg triples --predicate fund --json\n"
      "  kg triples --predicate fund --group");
  cmd->callback([o, &ctx] { RunTriples(*o, ctx); });
}

}  // namespace kg::cli
