#include "extract/owned_nouns.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "extract/clauses/argument.h"
#include "extract/entities/name_identity.h"
#include "nlp/dep_tree.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// "Vantora" -> "Vantora's", "Ruth Ames" -> "Ruth Ames'".
std::string Owning(const std::string& name) { return name + (name.back() == 's' ? "'" : "'s"); }

// What an owner is called as the text would write it: an organisation without its legal form
// ("W.R. Grace and Co" -> "W.R. Grace").
std::string OwnerWords(const std::string& name, bool organization) {
  if (!organization) return name;
  std::string out = WithoutLegalSuffix(name);
  for (const std::string_view tail : {" and", " &"})
    if (out.ends_with(tail)) out.resize(out.size() - tail.size());
  return out;
}

// The name an owner pronoun stands for, as an owner is written, or nothing.
std::optional<std::string> OwnerName(const std::vector<nlp::AnalyzedSentence>& sentences,
                                     const TokenRef& referent) {
  if (referent.sentence >= sentences.size()) return std::nullopt;
  const nlp::DepTree tree(sentences[referent.sentence]);
  const int head = static_cast<int>(referent.token);
  const auto mention = tree.MentionOf(head);
  if (!mention) return std::nullopt;
  const std::string& type = mention->type;
  const bool organization = type == "ORGANIZATION";
  if (!organization && type != "PERSON" && type != "COUNTRY" && type != "CITY" &&
      type != "LOCATION")
    return std::nullopt;
  std::string name;
  if (type == "PERSON") {
    // The person's name without the titles before it ("President Reagan's news conferences" is
    // Reagan's, "World Bank President Barber Conable's agency" Conable's): the recogniser's span
    // after its last title or rank word.
    int first = mention->first;
    for (int t = mention->first; t < mention->last; ++t)
      if (nlp::Gazetteer::IsPersonTitle(tree.token(t).form) ||
          nlp::Gazetteer::IsTitleRank(tree.token(t).form) ||
          std::islower(static_cast<unsigned char>(tree.token(t).form[0])) != 0)
        first = t + 1;
    for (int t = first; t <= mention->last; ++t)
      name += (name.empty() ? "" : " ") + tree.token(t).form;
  } else {
    const std::optional<Argument> own = MakeArgument(tree, head, ArgumentContext{});
    if (!own || !own->named) return std::nullopt;
    name = OwnerWords(own->name, organization);
  }
  if (name.empty()) return std::nullopt;
  return Owning(name);
}

// Renames side `side` of triple `i` to `name`, and the credits of its sentence's triples.
void Rename(std::vector<EmittedTriple>& emitted, std::size_t i, int side, const std::string& name) {
  Argument& a = side == 0 ? emitted[i].clause.subject : emitted[i].clause.object;
  const std::string old = a.name;
  a.name = name;
  const std::size_t sentence = emitted[i].triple.evidence.sentence_index;
  for (EmittedTriple& e : emitted)
    if (e.triple.evidence.sentence_index == sentence && e.triple.attributed_to == old)
      e.triple.attributed_to = name;
}

// Whether side `side` of `c` is an unnamed phrase an owner could be named for.
bool Ownable(const ClauseTriple& c, int side) {
  const Argument& a = side == 0 ? c.subject : c.object;
  // A reported clause ("its board approved the merger") is quoted as written.
  if (side == 1 && c.rule == RuleId::kSpeech) return false;
  return a.head >= 0 && !a.named && !a.pronoun && a.value.empty() && !a.name.empty();
}

// Calls visit(i, side, tree, a) for each side of `emitted` an owner could be named for whose head
// is a common noun: triple index, side (0 subject, 1 object), its sentence's tree, the argument.
template <typename Visit>
void ForEachOwnableNoun(const std::vector<nlp::AnalyzedSentence>& sentences,
                        const std::vector<EmittedTriple>& emitted, Visit&& visit) {
  for (std::size_t i = 0; i < emitted.size(); ++i) {
    const std::size_t sentence = emitted[i].triple.evidence.sentence_index;
    if (sentence >= sentences.size()) continue;
    for (int side = 0; side < 2; ++side) {
      if (!Ownable(emitted[i].clause, side)) continue;
      const Argument& a = side == 0 ? emitted[i].clause.subject : emitted[i].clause.object;
      // Read off the tokens first: a tree is built only for a common noun with an owner.
      const std::vector<nlp::Token>& tokens = sentences[sentence].tokens;
      if (static_cast<std::size_t>(a.head) >= tokens.size() ||
          tokens[static_cast<std::size_t>(a.head)].upos != "NOUN")
        continue;
      const bool owned = std::any_of(tokens.begin(), tokens.end(), [&](const nlp::Token& t) {
        return t.head == a.head + 1 && t.deprel == "nmod:poss";
      });
      if (!owned) continue;
      const nlp::DepTree tree(sentences[sentence]);
      visit(i, side, tree, a);
    }
  }
}

}  // namespace

void NameOwnedNouns(const std::vector<nlp::AnalyzedSentence>& sentences,
                    const std::vector<PronounLink>& links, std::vector<EmittedTriple>& emitted) {
  std::map<TokenRef, TokenRef> referent_of;
  for (const PronounLink& link : links)
    if (link.referent) referent_of.emplace(link.pronoun, *link.referent);
  if (referent_of.empty()) return;
  ForEachOwnableNoun(sentences, emitted,
                     [&](std::size_t i, int side, const nlp::DepTree& tree, const Argument& a) {
                       std::optional<std::string> owner;
                       for (const int p : tree.ChildrenWith(a.head, "nmod:poss")) {
                         const std::string form = tree.Lower(p);
                         if (form != "its" && form != "his" && form != "her") continue;
                         const std::size_t sentence = emitted[i].triple.evidence.sentence_index;
                         const auto it = referent_of.find({sentence, static_cast<std::size_t>(p)});
                         if (it != referent_of.end()) owner = OwnerName(sentences, it->second);
                       }
                       if (owner) Rename(emitted, i, side, *owner + " " + a.name);
                     });
}

std::vector<DefiniteOwner> DefiniteOwners(const std::vector<nlp::AnalyzedSentence>& sentences,
                                          const std::vector<EmittedTriple>& emitted) {
  std::vector<DefiniteOwner> out;
  ForEachOwnableNoun(
      sentences, emitted,
      [&](std::size_t i, int side, const nlp::DepTree& tree, const Argument& a) {
        for (const int p : tree.ChildrenWith(a.head, "nmod:poss")) {
          if (tree.Upos(p) != "NOUN" || !tree.HasChildLemma(p, "det", {"the"})) continue;
          const std::optional<Argument> owner = MakeArgument(tree, p, ArgumentContext{});
          if (!owner || owner->name.empty() || owner->named) continue;
          if (!a.name.starts_with(Owning(owner->name) + " ")) continue;
          out.push_back({i, side, emitted[i].triple.evidence.sentence_index, *owner});
          break;
        }
      });
  return out;
}

bool NameDefiniteOwners(const std::vector<DefiniteOwner>& owners,
                        const std::vector<std::optional<model::Entity>>& named,
                        std::vector<EmittedTriple>& emitted) {
  using model::EntityType;
  bool renamed = false;
  for (std::size_t k = 0; k < owners.size() && k < named.size(); ++k) {
    if (!named[k]) continue;
    const EntityType type = named[k]->type;
    if (type != EntityType::kPerson && type != EntityType::kOrganization &&
        type != EntityType::kCountry && type != EntityType::kCity && type != EntityType::kLocation)
      continue;
    const DefiniteOwner& o = owners[k];
    const Argument& a =
        o.side == 0 ? emitted[o.triple].clause.subject : emitted[o.triple].clause.object;
    const std::string owning = Owning(o.owner.name) + " ";
    if (!a.name.starts_with(owning)) continue;
    const std::string owner = Owning(OwnerWords(named[k]->name, type == EntityType::kOrganization));
    Rename(emitted, o.triple, o.side, owner + " " + a.name.substr(owning.size()));
    renamed = true;
  }
  return renamed;
}

}  // namespace kg::extract
