#include "extract/entities/coreference.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "extract/entities/name_types.h"
#include "nlp/dep_tree.h"
#include "nlp/firm_names.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

enum class Number { kUnknown, kSingular, kPlural };
enum class Gender { kUnknown, kMale, kFemale };
enum class Animacy { kUnknown, kPerson, kThing };
enum class Kind { kPersonal, kPossessive, kReflexive };

struct PronounFeatures {
  std::string_view form;
  Number number;
  Gender gender;
  Animacy animacy;
  Kind kind;
};

// "her" is personal or possessive by its parse; the table gives its personal reading.
constexpr std::array<PronounFeatures, 16> kPronouns = {{
    {"he", Number::kSingular, Gender::kMale, Animacy::kPerson, Kind::kPersonal},
    {"him", Number::kSingular, Gender::kMale, Animacy::kPerson, Kind::kPersonal},
    {"his", Number::kSingular, Gender::kMale, Animacy::kPerson, Kind::kPossessive},
    {"himself", Number::kSingular, Gender::kMale, Animacy::kPerson, Kind::kReflexive},
    {"she", Number::kSingular, Gender::kFemale, Animacy::kPerson, Kind::kPersonal},
    {"her", Number::kSingular, Gender::kFemale, Animacy::kPerson, Kind::kPersonal},
    {"hers", Number::kSingular, Gender::kFemale, Animacy::kPerson, Kind::kPossessive},
    {"herself", Number::kSingular, Gender::kFemale, Animacy::kPerson, Kind::kReflexive},
    {"it", Number::kSingular, Gender::kUnknown, Animacy::kThing, Kind::kPersonal},
    {"its", Number::kSingular, Gender::kUnknown, Animacy::kThing, Kind::kPossessive},
    {"itself", Number::kSingular, Gender::kUnknown, Animacy::kThing, Kind::kReflexive},
    {"they", Number::kPlural, Gender::kUnknown, Animacy::kUnknown, Kind::kPersonal},
    {"them", Number::kPlural, Gender::kUnknown, Animacy::kUnknown, Kind::kPersonal},
    {"their", Number::kPlural, Gender::kUnknown, Animacy::kUnknown, Kind::kPossessive},
    {"theirs", Number::kPlural, Gender::kUnknown, Animacy::kUnknown, Kind::kPossessive},
    {"themselves", Number::kPlural, Gender::kUnknown, Animacy::kUnknown, Kind::kReflexive},
}};

const PronounFeatures* FeaturesOf(std::string_view form) {
  const std::string lower = nlp::Lower(form);
  for (const PronounFeatures& p : kPronouns)
    if (p.form == lower) return &p;
  return nullptr;
}

// Forms of address and nouns that say their bearer's gender.
Gender GenderOfWord(const std::string& lower) {
  static const std::map<std::string, Gender, std::less<>> kWords = {
      {"mr", Gender::kMale},
      {"mr.", Gender::kMale},
      {"sir", Gender::kMale},
      {"lord", Gender::kMale},
      {"king", Gender::kMale},
      {"prince", Gender::kMale},
      {"emperor", Gender::kMale},
      {"duke", Gender::kMale},
      {"man", Gender::kMale},
      {"boy", Gender::kMale},
      {"father", Gender::kMale},
      {"husband", Gender::kMale},
      {"son", Gender::kMale},
      {"brother", Gender::kMale},
      {"uncle", Gender::kMale},
      {"nephew", Gender::kMale},
      {"grandfather", Gender::kMale},
      {"boyfriend", Gender::kMale},
      {"gentleman", Gender::kMale},
      {"businessman", Gender::kMale},
      {"chairman", Gender::kMale},
      {"spokesman", Gender::kMale},
      {"congressman", Gender::kMale},
      {"widower", Gender::kMale},
      {"mrs", Gender::kFemale},
      {"mrs.", Gender::kFemale},
      {"ms", Gender::kFemale},
      {"ms.", Gender::kFemale},
      {"miss", Gender::kFemale},
      {"lady", Gender::kFemale},
      {"dame", Gender::kFemale},
      {"madam", Gender::kFemale},
      {"queen", Gender::kFemale},
      {"princess", Gender::kFemale},
      {"empress", Gender::kFemale},
      {"duchess", Gender::kFemale},
      {"woman", Gender::kFemale},
      {"girl", Gender::kFemale},
      {"mother", Gender::kFemale},
      {"wife", Gender::kFemale},
      {"daughter", Gender::kFemale},
      {"sister", Gender::kFemale},
      {"aunt", Gender::kFemale},
      {"niece", Gender::kFemale},
      {"grandmother", Gender::kFemale},
      {"girlfriend", Gender::kFemale},
      {"businesswoman", Gender::kFemale},
      {"chairwoman", Gender::kFemale},
      {"spokeswoman", Gender::kFemale},
      {"congresswoman", Gender::kFemale},
      {"widow", Gender::kFemale},
      {"actress", Gender::kFemale}};
  const auto it = kWords.find(lower);
  return it == kWords.end() ? Gender::kUnknown : it->second;
}

// A chain of mentions that corefer, and what its mentions say of the thing.
struct Chain {
  Number number = Number::kUnknown;
  Gender gender = Gender::kUnknown;
  Animacy animacy = Animacy::kUnknown;
  bool collective = false;     // an organisation or group noun: "it" and "they" both fit
  bool never = false;          // a time noun: no antecedent of anything
  bool either_gender = false;  // a person whose given name the lists give both genders
  // A gender read off the one name word after a title ("President Reagan": the lists give
  // "Reagan" as a woman's given name): a surname, so a pronoun of the other gender may still
  // take the chain, weighed as one of unknown gender.
  bool lone_name = false;
  bool spoke = false;  // the subject of a verb of saying before ("government sources said")
  // A common noun news names an informant by, whatever WordNet's first sense ("source").
  bool person_sense = false;
  bool publication = false;  // a report or newspaper: one that spoke may speak again
  std::string noun;          // a common noun's lemma not yet looked up in WordNet
  std::optional<TokenRef> referent;
};

struct Candidate {
  TokenRef head;
  std::size_t chain = 0;
  double weight = 0;
  int governor = nlp::DepTree::kNone;
  bool subject = false;
  bool speaks = false;  // the subject of a verb of saying ("the sources said")
};

// The person's name a common noun is the title of, when the parse made the name its apposition
// with nothing between them ("said senior economist Ana Ruiz", "analyst Rizopuolos"); kNone
// otherwise. The noun is then no mention of its own and the name takes its place in the clause.
int NameOfTitleNoun(const nlp::DepTree& tree, int t) {
  // A kind of firm names one ("Dutch insurer Stad Rotterdam", whatever the recogniser guessed).
  if (tree.Upos(t) != "NOUN" || tree.MentionOf(t) || NamesAnOrganizationKind({tree.Lemma(t)}))
    return nlp::DepTree::kNone;
  for (const int c : tree.ChildrenWith(t, "appos"))
    if (const auto name = tree.MentionOf(c); name && name->type == "PERSON" && name->first == t + 1)
      return c;
  return nlp::DepTree::kNone;
}

// The relation that gives a token its role: a conjunct's is its first conjunct's, a name's
// that is the apposition of its title noun is the noun's.
int RoleToken(const nlp::DepTree& tree, int t) {
  for (int steps = 0; steps < tree.size(); ++steps) {
    const int h = tree.Head(t);
    if (h == nlp::DepTree::kNone) break;
    if (tree.BaseRel(t) == "conj" || (tree.BaseRel(t) == "appos" && NameOfTitleNoun(tree, h) == t))
      t = h;
    else
      break;
  }
  return t;
}

bool IsSubjectRel(std::string_view base) { return base == "nsubj" || base == "csubj"; }

// Lappin & Leass's weights: being mentioned (100), subject (80), direct object (50), indirect
// object or oblique (40), a head not embedded in another noun phrase (80).
double WeightOf(const nlp::DepTree& tree, int t) {
  const std::string_view base = tree.BaseRel(RoleToken(tree, t));
  double w = 100;
  if (IsSubjectRel(base))
    w += 80;
  else if (base == "obj")
    w += 50;
  else if (base == "iobj" || base == "obl")
    w += 40;
  if (base != "nmod" && base != "appos") w += 80;
  return w;
}

// The head of the named-entity span [first, last]: the token whose head lies outside it.
int SpanHead(const nlp::DepTree& tree, int first, int last) {
  // A broken parse may hang two words of a name outside it ("Standard and Poor's Corp said" with
  // "Standard" on "said" too): the noun among them heads the name.
  int head = -1;
  for (int t = first; t <= last; ++t) {
    const int h = tree.Head(t);
    if (h >= first && h <= last) continue;
    if (tree.Upos(t) == "NOUN" || tree.Upos(t) == "PROPN") return t;
    if (head < 0) head = t;
  }
  return head < 0 ? last : head;
}

bool IsValueType(std::string_view type) {
  return type == "MONEY" || type == "DATE" || type == "QUANTITY" || type == "PERCENT";
}

Number NumberOfTag(const std::string& xpos) {
  if (xpos == "NNS" || xpos == "NNPS") return Number::kPlural;
  if (xpos == "NN" || xpos == "NNP") return Number::kSingular;
  return Number::kUnknown;
}

// What a token that heads a mention says of its thing; false when it heads none.
bool DescribeMention(const nlp::DepTree& tree, int t, const nlp::Gazetteer& gazetteer,
                     Chain* chain) {
  const std::string& upos = tree.Upos(t);
  // "Standard and Poor's said" with "Standard" tagged an adjective heads a firm's name.
  const auto own = tree.MentionOf(t);
  const bool named_adjective =
      upos == "ADJ" && own && (own->type == "ORGANIZATION" || own->type == "PERSON");
  if (upos != "NOUN" && upos != "PROPN" && !named_adjective) return false;
  const std::string_view base = tree.BaseRel(t);
  if (base == "compound" || base == "flat" || base == "fixed" || base == "goeswith") return false;
  chain->number = NumberOfTag(tree.token(t).xpos);
  if (const auto span = tree.MentionOf(t)) {
    if (SpanHead(tree, span->first, span->last) != t || IsValueType(span->type)) return false;
    if (span->type == "PERSON") {
      chain->animacy = Animacy::kPerson;
      chain->number = Number::kSingular;
      // A form of address before or in the name, else its first given name.
      if (span->first > 0) chain->gender = GenderOfWord(tree.Lower(span->first - 1));
      for (int w = span->first; w <= span->last && chain->gender == Gender::kUnknown; ++w) {
        chain->gender = GenderOfWord(tree.Lower(w));
        if (chain->gender != Gender::kUnknown) break;
        if (nlp::Gazetteer::IsPersonTitle(tree.token(w).form)) continue;
        const nlp::NameGender g = gazetteer.GenderOfGivenName(tree.token(w).form);
        chain->either_gender = gazetteer.IsGivenNameOfEitherGender(tree.token(w).form);
        chain->gender = g == nlp::NameGender::kMale     ? Gender::kMale
                        : g == nlp::NameGender::kFemale ? Gender::kFemale
                                                        : Gender::kUnknown;
        // "President Reagan": a title before one name word names a surname, which may be a
        // given name of either gender (a bare "Reagan" is as often a given name, in GUM's
        // stories more often: "Mary" said alone is a woman).
        chain->lone_name = w == span->last && w > span->first && chain->gender != Gender::kUnknown;
        break;
      }
    } else if (span->type == "ORGANIZATION") {
      chain->animacy = Animacy::kThing;
      chain->number = Number::kSingular;
      chain->collective = true;
    } else if (span->type == "NORP") {
      // A people's name in the plural is a group ("Democrats against President Reagan and
      // Republicans" with "Republicans" tagged NNP had made a singular chain that "he" took).
      const std::string& last = tree.token(span->last).form;
      if (last.size() > 3 && last.back() == 's' && !last.ends_with("ss"))
        chain->number = Number::kPlural;
      chain->animacy = chain->number == Number::kPlural ? Animacy::kPerson : Animacy::kUnknown;
    } else {
      chain->animacy = Animacy::kThing;
    }
    return true;
  }
  if (upos == "PROPN") {
    // An untyped name: a person only when its given name says so.
    const nlp::NameGender g = gazetteer.GenderOfGivenName(tree.token(t).form);
    if (g != nlp::NameGender::kUnknown) {
      chain->animacy = Animacy::kPerson;
      chain->gender = g == nlp::NameGender::kMale ? Gender::kMale : Gender::kFemale;
    }
    return true;
  }
  // "China, which was admitted as the bank's 47th member, ..., he said": a description that "as"
  // predicates of another mention (the member is China) names nothing new.
  if (upos == "NOUN" && tree.HasChildLemma(t, "case", {"as"})) return false;
  // WordNet is asked only when a pronoun weighs the chain (LookUpNoun): most nouns never are.
  chain->noun = tree.Lemma(t);
  return true;
}

// A common noun's animacy from its first WordNet sense: noun.person a person, noun.group a
// collective thing ("it" or "they"), any other class a thing; noun.time ("year", "day") no
// antecedent at all. A noun of a gender ("mother") is a person whatever WordNet says.
void LookUpNoun(nlp::Lexicon& lexicon, Chain& chain) {
  if (chain.noun.empty()) return;
  const nlp::NounInfo& info = lexicon.Noun(chain.noun);
  if (!info.senses.empty()) {
    const int lex = info.senses.front().lex_file;
    chain.never = lex == static_cast<int>(nlp::LexFile::kTime);
    chain.animacy =
        lex == static_cast<int>(nlp::LexFile::kPerson) ? Animacy::kPerson : Animacy::kThing;
    chain.collective = lex == static_cast<int>(nlp::LexFile::kGroup);
  }
  // Gatherings, laws and systems are groups in WordNet, but none of them speaks or acts ("...,
  // it said" had been given to "special shareholders meeting", sheet 1369, then to "Dutch law").
  static constexpr std::array<std::string_view, 11> kNoActors{
      "meeting",  "conference", "session", "summit", "gathering", "rally",
      "ceremony", "auction",    "law",     "system", "market"};
  if (std::find(kNoActors.begin(), kNoActors.end(), chain.noun) != kNoActors.end())
    chain.collective = false;
  // The nouns news names anonymous informants by whose first WordNet senses are no person's
  // ("source": a place where something begins; its fifth sense is an informant). Not every noun
  // with a person's sense somewhere: "price", "suit" and "letter" have one, and a parse that made
  // one a speaker had given it the story's "he noted".
  chain.person_sense = chain.noun == "source" || chain.noun == "contact";
  // A publication that spoke goes on speaking ("the paper said ...; ..., it said": the "it" had
  // gone to the Yangtze named in between, sheet 1291).
  static constexpr std::array<std::string_view, 13> kPublications{
      "report",  "paper",    "newspaper", "daily",      "weekly",  "study", "survey",
      "journal", "magazine", "bulletin",  "newsletter", "article", "review"};
  chain.publication =
      std::find(kPublications.begin(), kPublications.end(), chain.noun) != kPublications.end();
  chain.gender = GenderOfWord(chain.noun);
  if (chain.gender != Gender::kUnknown) chain.animacy = Animacy::kPerson;
  chain.noun.clear();
}

// The key of the name that token t heads: a person's last word, any other name whole without
// its legal form (an entity span's; else a proper noun's own form); "" for a common noun.
std::string NameKey(const nlp::DepTree& tree, int t) {
  if (const auto span = tree.MentionOf(t)) {
    if (span->type == "PERSON") return tree.token(span->last).form;
    // Any other name is keyed whole, without its legal form: "Daimler-Benz AG" and "Volkswagen
    // AG", "Soviet Union" and "European Union" share a last word, not a chain (a story's "it"
    // of Volkswagen had gone to Daimler).
    int last = span->last;
    while (last > span->first && nlp::IsLegalForm(tree.token(last).form)) --last;
    std::string key;
    for (int w = span->first; w <= last; ++w) key += (key.empty() ? "" : " ") + tree.token(w).form;
    return key;
  }
  return tree.Upos(t) == "PROPN" ? tree.token(t).form : std::string();
}

// A singular common noun that said something in a sense that is a person's is a person for a
// pronoun that speaks too: "A key Senate Budget Committee source told Reuters he believes ...",
// then "..., he said" (the source, no place, had left both to a president named before). Not for
// any other "he" or "his": "The source said Ongpin is unlikely to press his case" is Ongpin's.
bool SpeakingPerson(const Chain& c) {
  return c.spoke && c.person_sense && !c.collective && c.number != Number::kPlural;
}

bool Agrees(const PronounFeatures& p, const Chain& c) {
  if (c.never) return false;
  if (p.animacy == Animacy::kPerson) {
    if (c.animacy != Animacy::kPerson || c.number == Number::kPlural) return false;
    return c.gender == Gender::kUnknown || c.gender == p.gender || c.lone_name;
  }
  if (p.animacy == Animacy::kThing) {
    if (c.animacy == Animacy::kPerson || c.number == Number::kPlural) return false;
    return true;
  }
  // they/them/their: a plural, or an organisation or group.
  return c.number == Number::kPlural || c.collective;
}

// Who can be the subject of a verb of saying: a person, an organisation or a group ("they said"
// is never "the quotas said").
// A plural that was the subject of a verb of saying can say more ("government sources said ...;
// ..., they said": WordNet's first sense of "source" is no person), and so can a publication
// ("the paper said ...; ..., it said"). Not any other singular thing: "it said" is a firm's or a
// body's, and a price or a statement the parse made a speaker is none.
// `reports`: the verb reports a clause, with no object of its own ("it showed a loss" is no
// report: the "it" is the bank with the loss, not the report that spoke before).
bool CanSpeak(const Chain& c, const PronounFeatures& p, bool reports) {
  return c.animacy == Animacy::kPerson || c.collective || SpeakingPerson(c) ||
         (c.spoke && p.number == Number::kPlural && c.number == Number::kPlural) ||
         (c.spoke && c.publication && reports);
}

// The proper name the wire puts in brackets right after pronoun t ("he (Funaro) had
// submitted"), as its apposition; kNone when there is none.
int BracketedName(const nlp::DepTree& tree, int t) {
  if (t + 3 >= tree.size() || tree.token(t + 1).form != "(" || tree.token(t + 3).form != ")" ||
      tree.Upos(t + 2) != "PROPN" || tree.Head(t + 2) != t)
    return nlp::DepTree::kNone;
  return t + 2;
}

bool IsAncestor(const nlp::DepTree& tree, int ancestor, int t) {
  for (int h = tree.Head(t); h != nlp::DepTree::kNone; h = tree.Head(h))
    if (h == ancestor) return true;
  return false;
}

// "It is clear that ...", "it seems ...", "it was reported that ...": an "it" that stands for the
// clause after it, or for nothing.
bool IsPleonasticIt(const nlp::DepTree& tree, int t) {
  if (tree.BaseRel(t) == "expl") return true;
  if (tree.BaseRel(t) != "nsubj") return false;
  const int g = tree.Head(t);
  if (g == nlp::DepTree::kNone) return false;
  static constexpr std::array<std::string_view, 7> kRaising = {"seem", "appear", "happen", "rain",
                                                               "snow", "matter", "turn"};
  if (std::find(kRaising.begin(), kRaising.end(), tree.Lemma(g)) != kRaising.end()) return true;
  // "it costs the government about 75 cents to store each bushel": "it" stands for the
  // infinitive after (judged wrong given to the USDA, sheet 1363), even when the parse read
  // "store" as a noun. Not "take" ("it took the action to restore prices" is the firm's).
  if (tree.Lemma(g) == "cost")
    for (int to = g + 2; to + 1 < tree.size(); ++to)
      if (tree.Lower(to) == "to" && IsAncestor(tree, g, to) &&
          (tree.Upos(to + 1) == "VERB" || (tree.Upos(to + 1) == "NOUN" && tree.Head(to) == to + 1 &&
                                           tree.token(to + 1).xpos == "NN")))
        return true;
  const bool clause = tree.Child(g, "ccomp") || tree.Child(g, "csubj") || tree.Child(g, "xcomp");
  const bool predicative =
      tree.Child(g, "cop") || tree.Upos(g) == "ADJ" || tree.Rel(t) == "nsubj:pass";
  return clause && predicative;
}

// The subject of the clause that predicate g heads, found up through clauses that share it
// ("encouraged to exercise but not restrain himself", "proclaiming himself"); for a relative
// clause's pronoun subject ("who proclaimed himself"), the noun the clause modifies. kNone when
// there is none.
int ClauseSubject(const nlp::DepTree& tree, int g) {
  while (g != nlp::DepTree::kNone) {
    if (const auto s = tree.Child(g, "nsubj")) {
      if (tree.IsRel(g, "acl") && tree.Upos(*s) == "PRON" &&
          !IsThirdPersonPronoun(tree.token(*s).form))
        return tree.Head(g);
      return *s;
    }
    const std::string_view rel = tree.BaseRel(g);
    if (rel != "xcomp" && rel != "advcl" && rel != "conj" && rel != "acl")
      return nlp::DepTree::kNone;
    g = tree.Head(g);
  }
  return nlp::DepTree::kNone;
}

// The name a person's title modifies when token t is such a title: a noun the gazetteer lists as
// a title (Gazetteer::IsPersonTitle), hung as a compound or descriptive nmod on the proper noun
// right after its own words ("president" of "vice president Helmut Schlesinger") when that name
// is in no mention or a person's; kNone otherwise.
int TitleOfName(const nlp::DepTree& tree, int t, nlp::Lexicon& lexicon) {
  const int name = tree.Head(t);
  if (name == nlp::DepTree::kNone || name <= t || tree.Upos(name) != "PROPN" ||
      !(tree.Rel(t) == "nmod:desc" || tree.IsRel(t, "compound")))
    return nlp::DepTree::kNone;
  // A calling is a title too ("senior economist Ana Ruiz"): a noun whose first WordNet sense is
  // a person.
  if (!nlp::Gazetteer::IsPersonTitle(tree.Lemma(t))) {
    // Only before a person's name, and never a kind of firm ("Dutch insurer Stad Rotterdam" is
    // a firm whatever the recogniser guessed).
    const auto person = tree.MentionOf(name);
    if (tree.Upos(t) != "NOUN" || !person || person->type != "PERSON" ||
        NamesAnOrganizationKind({tree.Lemma(t)}))
      return nlp::DepTree::kNone;
    const nlp::NounInfo& info = lexicon.Noun(tree.Lemma(t));
    if (info.senses.empty() ||
        info.senses.front().lex_file != static_cast<int>(nlp::LexFile::kPerson))
      return nlp::DepTree::kNone;
  }
  // "Michigan General Corp": a title's word inside a firm's name is no title.
  if (const auto firm = tree.MentionOf(name); firm && firm->type != "PERSON")
    return nlp::DepTree::kNone;
  for (int w = t + 1; w < name; ++w)
    if (!IsAncestor(tree, t, w)) return nlp::DepTree::kNone;
  return name;
}

// Whether a person's title modifies the name token t (TitleOfName).
bool HasTitle(const nlp::DepTree& tree, int t, nlp::Lexicon& lexicon) {
  return std::any_of(tree.Children(t).begin(), tree.Children(t).end(),
                     [&](int c) { return TitleOfName(tree, c, lexicon) == t; });
}

// Whether noun or name c lies inside quotation marks in a report (ccomp or parataxis) that the
// verb of saying `verb` governs and that comes before it ("\"The plan will kill the spirit,\" he
// said"). Not in reported speech without marks: the writer's paraphrase names the speaker as the
// writer would ("The official suggested payment for Sosnoff's stake, he said": Sosnoff said it).
bool InQuoteBefore(const nlp::DepTree& tree, int verb, int c) {
  if (tree.Upos(c) == "PRON") return false;
  int marks = 0;
  for (int t = 0; t < c; ++t)
    if (nlp::IsQuotationMark(tree.token(t).form)) ++marks;
  if (marks % 2 == 0) return false;
  for (int h = c; h != nlp::DepTree::kNone; h = tree.Head(h)) {
    if (tree.Head(h) != verb) continue;
    return h < verb && (tree.BaseRel(h) == "ccomp" || tree.BaseRel(h) == "parataxis");
  }
  return false;
}

class Resolver {
 public:
  Resolver(nlp::Lexicon& lexicon, const nlp::Gazetteer& gazetteer)
      : lexicon_(lexicon), gazetteer_(gazetteer) {}

  std::vector<PronounLink> Run(const std::vector<nlp::AnalyzedSentence>& document) {
    std::vector<PronounLink> links;
    for (std::size_t s = 0; s < document.size(); ++s) {
      const nlp::DepTree tree(document[s]);
      // "he (Funaro) had submitted the proposal": the wire names the one it means in brackets
      // right after the pronoun; it is that name's once the name is read (link, name token).
      std::vector<std::pair<std::size_t, int>> bracketed;
      for (int t = 0; t < tree.size(); ++t) {
        const std::string& upos = tree.Upos(t);
        const PronounFeatures* p =
            upos == "PRON" || upos == "DET" ? FeaturesOf(tree.token(t).form) : nullptr;
        if (p != nullptr) {
          if (const int name = BracketedName(tree, t); name != nlp::DepTree::kNone) {
            links.push_back({{s, static_cast<std::size_t>(t)}, std::nullopt, std::nullopt});
            bracketed.emplace_back(links.size() - 1, name);
            continue;
          }
          links.push_back(Resolve(tree, {s, static_cast<std::size_t>(t)}, *p));
          continue;
        }
        // "Bundesbank vice president Helmut Schlesinger" parsed with the title a modifier of the
        // name: the title is the person's, no one of its own, and it says the name is a person's.
        if (TitleOfName(tree, t, lexicon_) != nlp::DepTree::kNone ||
            NameOfTitleNoun(tree, t) != nlp::DepTree::kNone)
          continue;
        Chain chain;
        if (!DescribeMention(tree, t, gazetteer_, &chain)) continue;
        if (HasTitle(tree, t, lexicon_)) {
          chain.animacy = Animacy::kPerson;
          chain.number = Number::kSingular;
          chain.collective = false;
        }
        chain.referent = TokenRef{s, static_cast<std::size_t>(t)};
        // A name said again ("Mara Lind" ... "Lind") is the same chain: its key.
        const std::string key = NameKey(tree, t);
        const auto named = key.empty() ? names_.end() : names_.find(key);
        if (named != names_.end()) {
          Chain& known = chains_[named->second];
          // "Charles Rose ..." then "Rose estimated": a surname said alone tells no gender, even
          // one the lists give as a woman's name; a form of address does ("Mrs Rose").
          const auto span = tree.MentionOf(t);
          const bool surname_alone =
              span && span->first == span->last &&
              (span->first == 0 || GenderOfWord(tree.Lower(span->first - 1)) == Gender::kUnknown);
          if ((known.gender == Gender::kUnknown || known.lone_name) && !surname_alone &&
              chain.gender != Gender::kUnknown) {
            known.gender = chain.gender;
            known.lone_name = chain.lone_name;
          }
          if (known.animacy == Animacy::kUnknown) known.animacy = chain.animacy;
          Add(tree, {s, static_cast<std::size_t>(t)}, named->second);
          continue;
        }
        chains_.push_back(chain);
        if (!key.empty()) names_.emplace(key, chains_.size() - 1);
        // A firm said again by its first word ("Caltex Petroleum Corp" ... "Caltex said") is the
        // same chain too.
        if (const auto span = tree.MentionOf(t);
            span && span->type == "ORGANIZATION" && span->last > span->first) {
          names_.emplace(tree.token(span->first).form, chains_.size() - 1);
          // So is one said by the word before its legal form ("Walt Disney Co" ... "Disney").
          if (span->last - 1 > span->first && nlp::IsLegalForm(tree.token(span->last).form))
            names_.emplace(tree.token(span->last - 1).form, chains_.size() - 1);
        }
        Add(tree, {s, static_cast<std::size_t>(t)}, chains_.size() - 1);
      }
      for (const auto& [link, name] : bracketed) {
        const TokenRef at{s, static_cast<std::size_t>(name)};
        for (std::size_t k = candidates_.size(); k-- > 0;) {
          if (candidates_[k].head != at) continue;
          const std::size_t chain = candidates_[k].chain;
          links[link].antecedent = at;
          links[link].referent = chains_[chain].referent;
          Add(tree, links[link].pronoun, chain);
          break;
        }
      }
    }
    return links;
  }

 private:
  void Add(const nlp::DepTree& tree, TokenRef head, std::size_t chain) {
    const int t = static_cast<int>(head.token);
    const int role = RoleToken(tree, t);
    const int governor = tree.Head(role);
    const bool subject = IsSubjectRel(tree.BaseRel(role));
    const bool speaks =
        subject && governor != nlp::DepTree::kNone && nlp::IsVerbOfSaying(tree.Lemma(governor));
    candidates_.push_back({head, chain, WeightOf(tree, t), governor, subject, speaks});
    if (speaks) chains_[chain].spoke = true;
  }

  // "Tenneco vice president Joe Foster said he did not expect ...": the subject of a clause
  // reported by a verb of saying is, when a personal pronoun, the named person who says it if
  // he or she agrees (in news far more often than anyone named before, however often). Likewise
  // "it" and the named organisation that says it ("At the end of 1986, Mobil said it also had
  // ...": not "the end of 1986").
  std::optional<PronounLink> ReporterOf(const nlp::DepTree& tree, TokenRef at,
                                        const PronounFeatures& p) {
    const int t = static_cast<int>(at.token);
    // "Bankers said they believed ...": "they" and the plural that says it.
    const bool they = p.number == Number::kPlural;
    if (p.kind != Kind::kPersonal || (p.animacy == Animacy::kUnknown && !they) ||
        tree.BaseRel(t) != "nsubj")
      return std::nullopt;
    const int clause = tree.Head(t);
    if (clause == nlp::DepTree::kNone) return std::nullopt;
    const int verb = tree.Head(clause);
    if (verb == nlp::DepTree::kNone) return std::nullopt;
    // A name only: "The minister said he ..." is left to salience, which finds the minister's
    // name where the description alone would make a node of its own.
    std::optional<int> subject;
    if (tree.BaseRel(clause) == "ccomp" && nlp::IsVerbOfSaying(tree.Lemma(verb)))
      subject = tree.Child(verb, "nsubj");
    else if (tree.BaseRel(clause) == "acl" && tree.HasChildLemma(clause, "mark", {"that"}))
      subject = AnnouncementAuthor(tree, verb);
    if (!subject) return std::nullopt;
    if (const int named = subject ? NameOfTitleNoun(tree, *subject) : nlp::DepTree::kNone;
        named != nlp::DepTree::kNone)
      subject = named;
    // (A plural common noun has no name to find: "bankers" is the referent. Not a firm's name:
    // "the Federal Reserve may insist that they deduct ..." is about someone else.)
    // Names coordinated say it together ("Sun Co, Phillips Petroleum and Diamond Shamrock said
    // they raised ..."): "they" is the coordination, given its first name (one antecedent per
    // pronoun); else two firms of about equal salience left it unresolved.
    const bool coordinated = subject && tree.MentionOf(*subject) && tree.Child(*subject, "conj");
    const bool plural = subject && (tree.token(*subject).xpos == "NNS" ||
                                    tree.token(*subject).xpos == "NNPS" || coordinated);
    // "A key Senate Budget Committee source told Reuters he believes ...", "One trader said he
    // ...": an indefinite person is someone new, named nowhere before, whom salience cannot find
    // (the report had gone to a president named earlier).
    const bool someone = subject && !they && tree.Upos(*subject) == "NOUN" &&
                         tree.token(*subject).xpos == "NN" && !tree.MentionOf(*subject) &&
                         (tree.HasChildLemma(*subject, "det", {"a"}) ||
                          tree.HasChildLemma(*subject, "nummod", {"one"}));
    // A name whose last word the tagger read as a common noun is a name too ("Damon Industries
    // said it ...", "Industries" a plural noun: the firm's own "it" had gone to salience).
    if (!subject || (they && !plural) ||
        (!they && tree.Upos(*subject) != "PROPN" && !tree.MentionOf(*subject) && !someone))
      return std::nullopt;
    for (const Candidate& c : candidates_) {
      if (c.head.sentence != at.sentence || static_cast<int>(c.head.token) != *subject) continue;
      Chain& chain = chains_[c.chain];
      LookUpNoun(lexicon_, chain);
      // A one-word name is often a surname that is also a given name of the other gender
      // ("Reagan has said he would veto ..."): the verb's subject decides.
      const auto name = tree.MentionOf(*subject);
      const bool lone = name && name->first == name->last && chain.animacy == Animacy::kPerson;
      if (!Agrees(p, chain) && !(lone && p.animacy == Animacy::kPerson) &&
          !(someone && p.animacy == Animacy::kPerson && SpeakingPerson(chain)))
        return std::nullopt;
      if (!they && (p.animacy == Animacy::kPerson
                        ? chain.animacy != Animacy::kPerson && !(someone && SpeakingPerson(chain))
                        : !chain.collective))
        return std::nullopt;
      // The verb's subject decides for the rest of the story too: "Reagan said he ..." makes the
      // chain male, so a later "He noted ..." can find him (the given-name list had made the
      // surname female, and only a person named earlier stayed a candidate).
      if (chain.gender == Gender::kUnknown || (lone && p.gender != Gender::kUnknown))
        chain.gender = p.gender;
      const PronounLink link{at, c.head, chain.referent};
      Add(tree, at, c.chain);  // may move candidates_, and c with it
      return link;
    }
    return std::nullopt;
  }

  // A reflexive is its clause's subject, when that is a mention that agrees with it.
  PronounLink ResolveReflexive(const nlp::DepTree& tree, TokenRef at, const PronounFeatures& p,
                               int governor) {
    PronounLink link{at, std::nullopt, std::nullopt};
    const int subject = ClauseSubject(tree, governor);
    if (subject == nlp::DepTree::kNone) return link;
    for (const Candidate& c : candidates_) {
      if (c.head.sentence != at.sentence || static_cast<int>(c.head.token) != subject) continue;
      LookUpNoun(lexicon_, chains_[c.chain]);
      if (!Agrees(p, chains_[c.chain])) return link;
      link.antecedent = c.head;
      link.referent = chains_[c.chain].referent;
      Add(tree, at, c.chain);
      return link;
    }
    return link;
  }

  // A possessive in a clause whose subject is a name before it is that name's when it agrees
  // ("Emery said Hutton will terminate its merger agreement": Hutton's, not the more salient
  // Emery's): the possessed noun's verb's subject, not a phrase that holds the pronoun.
  std::optional<PronounLink> ResolveToLocalSubject(const nlp::DepTree& tree, TokenRef at,
                                                   const PronounFeatures& p) {
    const int t = static_cast<int>(at.token);
    const int owned = tree.Head(t);
    if (owned == nlp::DepTree::kNone || tree.Rel(t) != "nmod:poss") return std::nullopt;
    // "he was formerly its executive vice president": a predicate noun heads its own clause.
    const bool predicate = tree.Child(owned, "cop") || tree.Child(owned, "nsubj");
    // "will act as its financial advisor", "issued a complaint against its unit": whom one acts
    // for or acts against is someone else.
    if (tree.HasChildLemma(RoleToken(tree, owned), "case", {"as", "against"})) return std::nullopt;
    const int verb = predicate ? owned : tree.Head(RoleToken(tree, owned));
    if (verb == nlp::DepTree::kNone ||
        (!predicate && tree.Upos(verb) != "VERB" && tree.Upos(verb) != "AUX"))
      return std::nullopt;
    // Up through clauses that share their subject, but not past one with an object, who may be
    // the one who does it ("help Valeo in restructuring its subsidiary", "forcing the bank to
    // change its name").
    int clause = verb;
    int subject = nlp::DepTree::kNone;
    for (int steps = 0; steps < tree.size() && clause != nlp::DepTree::kNone; ++steps) {
      if (const auto own = tree.Child(clause, "nsubj")) {
        subject = *own;
        break;
      }
      const std::string_view rel = tree.BaseRel(clause);
      const int up = tree.Head(clause);
      if ((rel != "xcomp" && rel != "advcl" && rel != "conj") || up == nlp::DepTree::kNone ||
          tree.Child(up, "obj") || tree.Child(up, "iobj"))
        break;
      clause = up;
    }
    if (subject == nlp::DepTree::kNone || subject > t || IsAncestor(tree, subject, t) ||
        tree.Upos(subject) != "PROPN")
      return std::nullopt;
    const auto name = tree.MentionOf(subject);
    if (!name) return std::nullopt;
    for (const Candidate& c : candidates_) {
      if (c.head.sentence != at.sentence || static_cast<int>(c.head.token) != subject) continue;
      LookUpNoun(lexicon_, chains_[c.chain]);
      // A firm named after a person is often tagged a person ("Hutton will terminate its
      // ..."): "its" after a one-word name of no known gender (no given name, no title that
      // tells) is left unresolved rather than given to another firm.
      if (!Agrees(p, chains_[c.chain]))
        return p.form == "its" && name->first == name->last &&
                       chains_[c.chain].gender == Gender::kUnknown
                   ? std::optional<PronounLink>(PronounLink{at, std::nullopt, std::nullopt})
                   : std::nullopt;
      const PronounLink link{at, c.head, chains_[c.chain].referent};
      Add(tree, at, c.chain);  // may move candidates_, and c with it
      return link;
    }
    return std::nullopt;
  }

  PronounLink Resolve(const nlp::DepTree& tree, TokenRef at, const PronounFeatures& features) {
    PronounLink link{at, std::nullopt, std::nullopt};
    const int t = static_cast<int>(at.token);
    PronounFeatures p = features;
    if (p.form == "her" && (tree.Rel(t) == "nmod:poss" || tree.token(t).xpos == "PRP$"))
      p.kind = Kind::kPossessive;
    if (p.form == "it" && IsPleonasticIt(tree, t)) return link;
    const int governor = tree.Head(RoleToken(tree, t));
    if (p.kind == Kind::kReflexive) return ResolveReflexive(tree, at, p, governor);
    const bool speaker = p.kind == Kind::kPersonal && tree.BaseRel(t) == "nsubj" &&
                         governor != nlp::DepTree::kNone &&
                         nlp::IsVerbOfSaying(tree.Lemma(governor));

    const bool reports = speaker && !tree.Child(governor, "obj");
    if (const auto reporter = ReporterOf(tree, at, p)) return *reporter;
    if (p.kind == Kind::kPossessive)
      if (const auto local = ResolveToLocalSubject(tree, at, p)) return *local;

    std::map<std::size_t, double> salience;
    std::map<std::size_t, TokenRef> nearest;
    std::set<std::size_t> excluded;  // a chain one of whose mentions the syntax rules out
    for (const Candidate& c : candidates_) {
      if (c.head.sentence + kWindow < at.sentence) continue;
      LookUpNoun(lexicon_, chains_[c.chain]);
      const bool agrees =
          Agrees(p, chains_[c.chain]) ||
          (speaker && p.animacy == Animacy::kPerson && SpeakingPerson(chains_[c.chain]));
      if (!agrees || (speaker && !CanSpeak(chains_[c.chain], p, reports))) continue;
      if (c.head.sentence == at.sentence) {
        const int ct = static_cast<int>(c.head.token);
        // "the father of his friend": the phrase holding the pronoun; "Ann saw her":
        // co-arguments are two things; "\"The plan will kill the spirit,\" he said": a person
        // speaking is none of the things named in his own words quoted before his verb (binding
        // theory's principle C; only there, where a parse error cannot put the mention inside;
        // not for "it" and "they": "\"Hawkeye's survival will depend on ...,\" it said" is how a
        // firm's statement is quoted).
        const bool named_in_report =
            speaker && p.animacy == Animacy::kPerson && InQuoteBefore(tree, governor, ct);
        // "Lucas van Leeuwen told Reuters it may raise its stake": the one told is not who the
        // report is about.
        const std::string_view role = tree.BaseRel(RoleToken(tree, ct));
        const bool hearer = (role == "obj" || role == "iobj") &&
                            c.governor != nlp::DepTree::kNone && tree.Lemma(c.governor) == "tell" &&
                            IsAncestor(tree, c.governor, t);
        if (IsAncestor(tree, ct, t) || named_in_report || hearer ||
            (p.kind == Kind::kPersonal && c.governor == governor &&
             governor != nlp::DepTree::kNone)) {
          excluded.insert(c.chain);
          continue;
        }
      }
      const double decay = std::pow(0.5, static_cast<double>(at.sentence - c.head.sentence));
      const Chain& weighed = chains_[c.chain];
      const bool guessed =
          weighed.gender == Gender::kUnknown || (weighed.lone_name && weighed.gender != p.gender);
      const double unsure = p.animacy == Animacy::kPerson && guessed
                                ? (weighed.either_gender ? kEitherGender : kUnknownGender)
                                : 1.0;
      salience[c.chain] += c.weight * decay * unsure;
      nearest[c.chain] = c.head;  // candidates are in document order
    }
    for (const std::size_t chain : excluded) salience.erase(chain);
    // "Industry sources told Reuters ..." then "..., they said.": a pronoun that speaks goes on
    // with the last speaker of the sentences before when that one agrees (news reports name a
    // source and then say "they said", "he added"); "he" and "she" with the last person who
    // spoke ("Reagan said ...; the commission said ...; He noted ..." is Reagan's, not the
    // commission's chairman's).
    // A report trailing the clause it reports ("The proposal, approved by Minister Lee
    // yesterday, calls for ..., he told Reuters.") is the sentence's own verb of saying: the
    // people named in what it reports are not who speaks.
    const bool main_verb = speaker && (tree.Head(governor) == nlp::DepTree::kNone ||
                                       (tree.BaseRel(governor) == "parataxis" &&
                                        tree.Head(tree.Head(governor)) == nlp::DepTree::kNone &&
                                        tree.Head(governor) < governor));
    if (main_verb) {
      const bool person = p.animacy == Animacy::kPerson;
      const Candidate* last = nullptr;
      for (const Candidate& c : candidates_)
        if (c.speaks && c.head.sentence < at.sentence && c.head.sentence + kWindow >= at.sentence &&
            (!person || salience.count(c.chain) > 0))
          last = &c;
      if (last != nullptr && salience.count(last->chain) > 0) {
        link.antecedent = nearest[last->chain];
        link.referent = chains_[last->chain].referent;
        Add(tree, at, last->chain);
        return link;
      }
    }
    std::size_t best = 0;
    double first = 0;
    double second = 0;
    for (const auto& [chain, score] : salience) {
      if (score > first) {
        second = first;
        first = score;
        best = chain;
      } else if (score > second) {
        second = score;
      }
    }
    // "it" and "they" also stand for events, clauses and groups never named as one phrase:
    // they need a clear, recent antecedent.
    const bool person = p.animacy == Animacy::kPerson;
    const double tie = person ? kTie : kTieNonPerson;
    const double floor = person ? 0.0 : speaker ? kMinNonPersonSpeaker : kMinNonPerson;
    if (first <= floor || second >= tie * first) return link;
    link.antecedent = nearest[best];
    link.referent = chains_[best].referent;
    Chain& chain = chains_[best];
    if (p.animacy == Animacy::kPerson) {
      chain.animacy = Animacy::kPerson;
      if (chain.gender == Gender::kUnknown || (chain.lone_name && chain.gender != p.gender)) {
        chain.gender = p.gender;
        chain.lone_name = false;
      }
    }
    Add(tree, at, best);
    return link;
  }

  nlp::Lexicon& lexicon_;
  const nlp::Gazetteer& gazetteer_;
  std::vector<Chain> chains_;
  std::vector<Candidate> candidates_;
  std::map<std::string, std::size_t> names_;  // a name's last word (a firm's first) -> its chain
};

}  // namespace

bool IsThirdPersonPronoun(std::string_view form) { return FeaturesOf(form) != nullptr; }

std::optional<int> AnnouncementAuthor(const nlp::DepTree& tree, int noun) {
  static constexpr std::array<std::string_view, 12> kAnnouncing{
      "announcement", "statement", "claim",  "assertion", "pledge",    "promise",
      "warning",      "forecast",  "denial", "admission", "assurance", "prediction"};
  if (std::ranges::find(kAnnouncing, tree.Lemma(noun)) == kAnnouncing.end()) return std::nullopt;
  if (const auto owner = tree.Child(noun, "nmod:poss")) return owner;
  for (const int n : tree.ChildrenWith(noun, "nmod"))
    if (tree.HasChildLemma(n, "case", {"by"})) return n;
  return std::nullopt;
}

std::vector<PronounLink> ResolvePronouns(const std::vector<nlp::AnalyzedSentence>& document,
                                         nlp::Lexicon& lexicon, const nlp::Gazetteer& gazetteer) {
  return Resolver(lexicon, gazetteer).Run(document);
}

}  // namespace kg::extract
