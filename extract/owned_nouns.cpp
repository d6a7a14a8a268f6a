#include "extract/owned_nouns.h"

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
    name = organization ? WithoutLegalSuffix(own->name) : own->name;
    // "W.R. Grace and Co" less its legal form: "W.R. Grace".
    for (const std::string_view tail : {" and", " &"})
      if (name.ends_with(tail)) name.resize(name.size() - tail.size());
  }
  if (name.empty()) return std::nullopt;
  return name + (name.back() == 's' ? "'" : "'s");
}

}  // namespace

void NameOwnedNouns(const std::vector<nlp::AnalyzedSentence>& sentences,
                    const std::vector<PronounLink>& links, std::vector<EmittedTriple>& emitted) {
  std::map<TokenRef, TokenRef> referent_of;
  for (const PronounLink& link : links)
    if (link.referent) referent_of.emplace(link.pronoun, *link.referent);
  if (referent_of.empty()) return;
  for (std::size_t i = 0; i < emitted.size(); ++i) {
    const std::size_t sentence = emitted[i].triple.evidence.sentence_index;
    if (sentence >= sentences.size()) continue;
    for (int side = 0; side < 2; ++side) {
      ClauseTriple& c = emitted[i].clause;
      Argument& a = side == 0 ? c.subject : c.object;
      // A reported clause ("its board approved the merger") is quoted as written.
      if (side == 1 && c.rule == RuleId::kSpeech) continue;
      if (a.head < 0 || a.named || a.pronoun || !a.value.empty() || a.name.empty()) continue;
      const nlp::DepTree tree(sentences[sentence]);
      if (tree.Upos(a.head) != "NOUN") continue;
      std::optional<std::string> owner;
      for (const int p : tree.ChildrenWith(a.head, "nmod:poss")) {
        const std::string form = tree.Lower(p);
        if (form != "its" && form != "his" && form != "her") continue;
        const auto it = referent_of.find({sentence, static_cast<std::size_t>(p)});
        if (it != referent_of.end()) owner = OwnerName(sentences, it->second);
      }
      if (!owner) continue;
      const std::string old = a.name;
      a.name = *owner + " " + a.name;
      for (EmittedTriple& e : emitted)
        if (e.triple.evidence.sentence_index == sentence && e.triple.attributed_to == old)
          e.triple.attributed_to = a.name;
    }
  }
}

}  // namespace kg::extract
