#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/entities/merge_rules.h"
#include "model/triple.h"
#include "nlp/entity_typer.h"

namespace kg::extract {

// One argument of one triple, in article order.
struct Mention {
  nlp::MentionText text;
  bool pronoun = false;
  bool clause = false;    // a reported clause: its own STATEMENT node, never merged
  bool definite = false;  // "the summit", "this pledge"
  // The role of a title or apposition edge ("Brian Mulroney -be-> Prime Minister"): the mention
  // right before it (the edge's subject) bears it, so that "the prime minister" later in the
  // article is that person.
  bool role_of_previous = false;
  // An apposition or copula says what kind of organisation the name is ("Kestrel Biotech, a drug
  // maker"): the entity is an ORGANIZATION whatever its other mentions were typed, even PERSON.
  bool described_organization = false;
  // The article's headline marks the name as a company with a ticker ("CONAGRA <CAG> TO ACQUIRE
  // MONFORT"): of two firms, "the company" is more likely the headline's.
  bool headline_firm = false;
  // The article's headline writes the name, without its legal form, as whole words in any case
  // ("DEGUSSA COMBINES PHARMACEUTICAL INTERESTS" for "Degussa AG"): of two firms with no speaker
  // leading the story and no ticker in the headline, "the company" is the one it names.
  bool headline_named = false;
  // Where the article's body (below its headline) first writes the mention's name without a
  // trailing legal form, as whole words: a byte offset; npos when it does not, or for a common
  // noun.
  std::size_t first_written = std::string::npos;
  // What a copula says something is ("It's a very large company"): a description, no thing a
  // later "the company" points back to.
  bool predicative = false;
  std::size_t sentence = 0;
  // Where the mention starts in the article (code points), to order mentions of one sentence:
  // "..., the company said" comes after the name it points back to, though its triple may be
  // read first. 0 when unknown.
  std::size_t start = 0;
  // For a pronoun, the index of the mention it stands for, as extract/entities/coreference.h
  // decided; nothing when it declined.
  std::optional<std::size_t> antecedent;
};

// Decides which mentions of an article name the same thing, and what each thing is called:
// countries by their ISO identity ("U.S." = "United States"), people by their full name
// ("Macron" joins "Emmanuel Macron" when exactly one person of that surname is in the article,
// and no country has that name; a town's name that speaks too: "Salem said" after "George
// Salem"), titles stripped ("President Macron", "Secretary of State George
// Shultz" up to the first given name after the title's "of" phrase), the name identity rules of
// entities/name_identity.h (legal suffixes "Vantora Inc." = "Vantora", full stops "E.U." = "EU",
// exonyms "Kiev" = "Kyiv", an acronym with the one long form of the article it abbreviates "EU" =
// "European Union"), a pronoun to the entity of Mention::antecedent, the mention
// extract/entities/coreference.h chose on the UD parse (measured on GUM dev: README, Quality),
// else to none, and a one-word definite
// description ("the summit") to the nearest thing before it in the text (an earlier sentence, or
// earlier in its own sentence) whose name ends in the same noun (not
// inside a prepositional phrase: "works around the bridge" is no bridge; not what a copula says
// something is: "It's a very large company" is no company "the company" points back to), else to
// the person who bore it as a title ("the pope" after "Pope Leo"), else, for a kind noun ("the
// company", "the city"), to the one entity of that type before ("the bank" only to an organisation
// whose name says it is one: "Bundesbank", "Bancorp", "Federal Reserve"; "the company" never to
// a rating agency or a news agency: "Moody's ... the company earned", "told Reuters. The
// company will close"); with two or more
// candidates, "the company" (or firm, corporation) to the one firm whose name a speaker of its own
// sentence wears
// ("A Purolator official said the company ..."), else to the firm the story's first two sentences
// give as speaker when
// it is one of them and no rating agency ("Allis-Chalmers Corp said it asked lenders ..." then "the
// company said ..."), and no named speaker of its own sentence may speak for another firm ("A
// Norfolk Southern Corp spokesman said the company ..."), else to the one the headline marks with
// a ticker, else to the one the headline names (Mention::headline_named), else to none. A
// one-word name joins the one firm of the article whose name it begins ("Precambrian" after
// "Precambrian Shield Resources Ltd"; not a place, people, person, title or word of
// organisations, and only a firm's name proper: "ICI" is not "ICI Pharma"), in this article only
// (it becomes no alias: other articles' "ICI" is not this article's firm); so does a name of two
// to four words that with firm words alone after it names the article's one such organisation
// ("Mathematical Applications" after "Mathematical Applications Group Inc"; not "General
// Motors" after "General Motors Acceptance Corp"). A capitalised word of organisations alone
// ("the Bank said", "Association chairman Nyoman Muna", "the Fund") is the article's one
// organisation whose name has that word ("Bank of England", "Association of Private Banks"),
// none when two have, never for a legal form ("Ltd"), and is no alias of it (recorded as a
// definite description).
// Conservative: two names merge only when the text ties them. Every join is recorded in the
// entity's merges with its rule (extract/entities/merge_rules.h): the mention's words and the
// rule's name, the local joins (a pronoun, a description, a firm's first word) too. Each entity's
// aliases include its name without a legal suffix or full stops ("Vantora Corp." gives "Vantora
// Corp", "Vantora"), so that the store joins the spellings of other articles.

class EntityResolver {
 public:
  EntityResolver(const nlp::EntityTyper& typer, const nlp::Gazetteer& gazetteer);

  // For each mention, the index of its entity in entities(), or nothing for a pronoun with no
  // antecedent ("they", "it"). REQUIRES: a pronoun's antecedent indexes a mention that is no
  // pronoun.
  [[nodiscard]] std::vector<std::optional<std::size_t>> Resolve(
      const std::vector<Mention>& mentions);
  [[nodiscard]] const std::vector<model::Entity>& entities() const { return entities_; }

 private:
  struct Group;
  static void MergeAcronyms(std::vector<Group>& groups);
  [[nodiscard]] static int Antecedent(const std::vector<Mention>& mentions,
                                      const std::vector<int>& group_of,
                                      const std::vector<Group>& groups, std::size_t i,
                                      bool by_kind_only = false);
  [[nodiscard]] static int NamedBody(const std::vector<Mention>& mentions,
                                     const std::vector<int>& group_of,
                                     const std::vector<Group>& groups, std::size_t i);
  [[nodiscard]] static int TitledAntecedent(const std::vector<Mention>& mentions,
                                            const std::vector<int>& group_of,
                                            const std::vector<Group>& groups, std::size_t i);
  [[nodiscard]] static std::optional<MergeRule> JoinRule(const Mention& m, int own, int joined,
                                                         const std::vector<Group>& groups,
                                                         const std::string& name,
                                                         MergeRule key_rule);
  [[nodiscard]] std::string KeyOf(const Mention& m, model::EntityType type, std::string* canonical,
                                  std::vector<std::string>* aliases,
                                  std::vector<std::string>* titles, MergeRule* rule) const;

  const nlp::EntityTyper& typer_;
  const nlp::Gazetteer& gazetteer_;
  std::vector<model::Entity> entities_;
};

}  // namespace kg::extract
