#include "extract/clauses/nominal_gerunds.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr std::array<std::string_view, 12> kDeterminers = {
    "a", "an", "the", "this", "that", "these", "those", "no", "each", "every", "any", "another"};

// Words of the time of day or week that name when, not what ("this afternoon", "next week").
constexpr std::array<std::string_view, 11> kTimeNouns = {
    "morning", "afternoon", "evening", "night", "today",  "tomorrow",
    "week",    "weekend",   "month",   "year",  "tonight"};

bool IsTime(const nlp::Token& t) {
  return t.entity.find("DATE") != std::string::npos || FormIsOneOf(t, kTimeNouns);
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int g = 0; g < s.size(); ++g) {
    nlp::Token& gerund = s.At(g);
    if (gerund.upos != "VERB" || gerund.xpos != "VBG") continue;
    bool determiner = false;
    bool clausal = false;
    for (int c = 0; c < s.size(); ++c) {
      if (s.Head(c) != g) continue;
      const std::string_view rel = BaseRel(s.At(c));
      determiner = determiner || (rel == "det" && c < g && FormIsOneOf(s.At(c), kDeterminers));
      clausal = clausal || rel == "nsubj" || rel == "aux" || rel == "mark" || rel == "expl";
    }
    if (!determiner || clausal) continue;
    gerund.upos = "NOUN";
    gerund.xpos = "NN";
    gerund.lemma = nlp::Lower(gerund.form);
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == g && BaseRel(s.At(c)) == "obj")
        s.Attach(c, g, IsTime(s.At(c)) ? "nmod:unmarked" : "nmod");
  }
}

// What an -ing modifier names the kind of ("trading losses", "lending rates", "rescheduling
// plan", "holding company"): nouns of results, prices, plans and bodies, lemmas.
bool IsGerundModified(std::string_view lemma) {
  static constexpr std::array<std::string_view, 52> kNouns{
      "loss",     "profit",    "gain",      "cost",       "expense",   "income",    "revenue",
      "rate",     "price",     "tax",       "plan",       "program",   "programme", "round",
      "session",  "volume",    "activity",  "operation",  "business",  "company",   "firm",
      "house",    "unit",      "division",  "department", "industry",  "sector",    "source",
      "facility", "capacity",  "margin",    "partner",    "agreement", "system",    "authority",
      "leverage", "pressure",  "limit",     "position",   "strategy",  "group",     "subsidiary",
      "charge",   "payroll",   "committee", "council",    "board",     "body",      "country",
      "nation",   "condition", "fee"};
  return std::find(kNouns.begin(), kNouns.end(), lemma) != kNouns.end();
}

// An -ing word news copy uses as a noun modifier ("trading losses", "operating profit", "holding
// company"), lower case: trades and the work of firms, not verbs of reporting a result
// ("components posting gains").
bool IsGerundModifier(std::string_view form) {
  static constexpr std::array<std::string_view, 46> kForms{
      "trading",     "lending",      "holding",      "rescheduling", "restructuring", "retailing",
      "negotiating", "operating",    "banking",      "selling",      "buying",        "borrowing",
      "financing",   "marketing",    "refining",     "shipping",     "manufacturing", "processing",
      "mining",      "drilling",     "spending",     "withholding",  "consulting",    "accounting",
      "publishing",  "broadcasting", "advertising",  "engineering",  "farming",       "printing",
      "packaging",   "pricing",      "planning",     "funding",      "servicing",     "leasing",
      "issuing",     "steering",     "producing",    "exporting",    "importing",     "consuming",
      "labelling",   "labeling",     "underwriting", "working"};
  return std::find(kForms.begin(), kForms.end(), form) != kForms.end();
}

// "securities trading losses", "debt rescheduling plan", "base lending rates" parsed with the -ing
// word a participle (acl) of the noun before it and the noun after it its bare object, so the
// rules stored "securities -trading-> losses": when the -ing word is one news copy uses as a
// modifier (IsGerundModifier) and that object is a noun an -ing modifier names
// the kind of (IsGerundModified), with no determiner, owner, number or modifier of its own before
// it, and the participle has nothing else of its own but obliques after the object (the
// phrase's modifiers then), the three words are one noun phrase headed
// by the last: it takes the first noun's place, the first noun its compound, the -ing word its
// amod.
void RepairCompounds(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int ing = 1; ing + 1 < s.size(); ++ing) {
    const int noun = ing - 1;
    const int object = ing + 1;
    if (s.At(ing).xpos != "VBG" || !IsGerundModifier(nlp::Lower(s.At(ing).form)) ||
        BaseRel(s.At(ing)) != "acl" || s.Head(ing) != noun || !IsNominal(s.At(noun)) ||
        s.Head(object) != ing || s.At(object).deprel != "obj" || s.At(object).upos != "NOUN" ||
        !IsGerundModified(nlp::Lower(s.At(object).lemma)))
      continue;
    // Words after the object that the parse hung on the participle ("in the U.S." of "trading
    // losses in the U.S.") are the phrase's modifiers.
    bool own = false;
    for (int c = 0; c < s.size(); ++c)
      own = own || (s.Head(c) == ing && c != object && (c < object || BaseRel(s.At(c)) != "obl")) ||
            (s.Head(c) == object && c < object);
    if (own) continue;
    s.Attach(object, s.Head(noun), s.At(noun).deprel);
    for (int c = object + 1; c < s.size(); ++c) {
      if (s.Head(c) == noun) s.Attach(c, object, s.At(c).deprel);
      if (s.Head(c) == ing) s.Attach(c, object, "nmod");
    }
    s.Attach(noun, object, "compound");
    s.Attach(ing, object, "amod");
  }
}

// "has withstood declining prices", "would combine existing federal levies", "helps developing
// economies" parsed with the -ing word an open complement (xcomp) of the verb and the noun after
// it that complement's object ("Norcen -has withstood declining-> prices"): an -ing word that
// cannot take an object (rise, fall, exist, remain, ...), or one that can but here follows a verb
// that takes no gerund (withstand, reflect, combine: not begin, stop, consider), before its object
// with nothing but the object's own words between, is the object's adjective: the object takes
// its place as the verb's object.
void RepairAttributiveParticiples(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 18> kIntransitive{
      "rise", "fall",   "exist",  "remain",  "prevail", "emerge",  "boom",   "ail",     "slump",
      "soar", "plunge", "tumble", "dwindle", "surge",   "persist", "linger", "compete", "underlie"};
  static constexpr std::array<std::string_view, 6> kEither{"decline", "increase", "continue",
                                                           "develop", "grow",     "mount"};
  static constexpr std::array<std::string_view, 24> kGerundTaking{
      "start", "begin", "stop",     "keep",      "resume",  "finish",  "quit",    "consider",
      "avoid", "risk",  "suggest",  "recommend", "propose", "include", "involve", "mean",
      "deny",  "admit", "continue", "enjoy",     "favor",   "favour",  "oppose",  "discuss"};
  const TokenTree s(tokens);
  for (int ing = 1; ing + 1 < s.size(); ++ing) {
    const int verb = s.Head(ing);
    const std::string lemma = nlp::Lower(s.At(ing).lemma);
    if (s.At(ing).xpos != "VBG" || s.At(ing).deprel != "xcomp" || verb < 0 || verb > ing ||
        s.At(verb).upos != "VERB" || s.HasChild(verb, "obj"))
      continue;
    const bool intransitive =
        std::find(kIntransitive.begin(), kIntransitive.end(), lemma) != kIntransitive.end();
    const bool either = std::find(kEither.begin(), kEither.end(), lemma) != kEither.end() &&
                        std::find(kGerundTaking.begin(), kGerundTaking.end(),
                                  nlp::Lower(s.At(verb).lemma)) == kGerundTaking.end();
    const int object = s.Child(ing, "obj");
    if ((!intransitive && !either) || object < 0 || s.Leftmost(object) != ing + 1 ||
        s.At(object).upos != "NOUN")
      continue;
    bool own = false;  // a subject, auxiliary, marker or adverb of its own: a verb
    for (int c = 0; c < s.size(); ++c) own = own || (s.Head(c) == ing && c != object && c < object);
    if (own) continue;
    s.Attach(object, verb, "obj");
    for (int c = object + 1; c < s.size(); ++c)
      if (s.Head(c) == ing)
        s.Attach(c, object, BaseRel(s.At(c)) == "obl" ? "nmod" : s.At(c).deprel);
    s.Attach(ing, object, "amod");
  }
}

// "new lending to developing countries", "hit by plunging commodity prices", "the growth of
// developing nations" parsed with the -ing word a gerund clause (advcl or acl, the preposition
// its marker) taking the noun as its object, so the rules read "lending -developing-> countries"
// with a borrowed subject: an -ing word of rising, falling or lasting (rise, fall, decline,
// increase, plunge, remain, ...: kAttributive) or "developing" before a country, nation, economy
// or market, "leading" before one of those or a bank, firm, producer, exporter or power ("with
// the leading industrial nations"), or a modifier of trades before a noun it names the kind of
// ("before underwriting fees"), right after its preposition and right before a bare object (no
// determiner, owner or amount: "developing certain new fields", "increasing its stake" and
// "rising 1.9 billion dlrs" are verbs), is the object's adjective, and the object the preposition's
// noun in the gerund's place.
void RepairPrepositionalParticiples(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 22> kAttributive{
      "rise",    "fall",     "exist",  "remain", "prevail", "emerge", "boom",    "ail",
      "slump",   "soar",     "plunge", "tumble", "dwindle", "surge",  "persist", "linger",
      "decline", "increase", "grow",   "mount",  "worsen",  "deepen"};
  static constexpr std::array<std::string_view, 6> kDeveloping{"country", "nation", "economy",
                                                               "market",  "world",  "state"};
  const TokenTree s(tokens);
  for (int ing = 1; ing + 1 < s.size(); ++ing) {
    const std::string lemma = nlp::Lower(s.At(ing).lemma);
    const std::string_view rel = BaseRel(s.At(ing));
    const int head = s.Head(ing);
    const int marker = ing - 1;
    // "The Group of 24 developing countries said" parsed with "developing" a participle of the
    // group taking the countries as its object ("Group -developing-> countries", judged wrong):
    // after a number hung on the same noun by "of", the countries are that noun's "of" phrase,
    // counted by the number.
    if (lemma == "develop" && s.At(ing).xpos == "VBG" && (rel == "acl" || rel == "advcl") &&
        head >= 0 && s.At(marker).upos == "NUM" && s.Head(marker) == head &&
        BaseRel(s.At(marker)) == "nmod") {
      const int object = s.Child(ing, "obj");
      static constexpr std::array<std::string_view, 4> kCountries{"country", "nation", "economy",
                                                                  "world"};
      if (object == ing + 1 && std::find(kCountries.begin(), kCountries.end(),
                                         nlp::Lower(s.At(object).lemma)) != kCountries.end()) {
        s.Attach(object, head, "nmod");
        for (int c = 0; c < marker; ++c)
          if (s.Head(c) == marker && BaseRel(s.At(c)) == "case") s.Attach(c, object, "case");
        s.Attach(marker, object, "nummod");
        s.Attach(ing, object, "amod");
        continue;
      }
    }
    if (s.At(ing).xpos != "VBG" || (rel != "advcl" && rel != "acl") || head < 0 ||
        s.Head(marker) != ing ||
        (s.At(marker).upos != "ADP" && s.At(marker).upos != "SCONJ" && s.At(marker).upos != "PART"))
      continue;
    const int object = s.Child(ing, "obj");
    if (object < 0 || s.Leftmost(object) != ing + 1 || s.At(object).upos != "NOUN" ||
        s.HasChild(object, "det") || s.HasChild(object, "nummod") || IsAmountToken(s.At(object)))
      continue;
    bool owned = false;  // "its stake": BaseRel of nmod:poss is nmod
    for (int c = ing + 1; c < object; ++c)
      owned = owned || (s.Head(c) == object && s.At(c).deprel == "nmod:poss");
    if (owned) continue;
    const bool attributive =
        std::find(kAttributive.begin(), kAttributive.end(), lemma) != kAttributive.end();
    // "the leading industrial nations", "leading producers": the first of a kind.
    static constexpr std::array<std::string_view, 9> kLeading{"bank",     "firm",     "company",
                                                              "producer", "exporter", "importer",
                                                              "supplier", "member",   "power"};
    const std::string object_lemma = nlp::Lower(s.At(object).lemma);
    const bool developing =
        (lemma == "develop" || lemma == "lead") &&
        (std::find(kDeveloping.begin(), kDeveloping.end(), object_lemma) != kDeveloping.end() ||
         (lemma == "lead" &&
          std::find(kLeading.begin(), kLeading.end(), object_lemma) != kLeading.end()));
    // "will raise 1.65 billion dlrs before underwriting fees": a modifier of trades before the
    // kind of thing it names (RepairCompounds' words).
    // Right before it: "by selling excess positions to VW" is a verb.
    const bool modifier = object == ing + 1 && IsGerundModifier(nlp::Lower(s.At(ing).form)) &&
                          IsGerundModified(nlp::Lower(s.At(object).lemma));
    if (!attributive && !developing && !modifier) continue;
    bool own = false;  // a subject, auxiliary or adverb of its own before the object: a verb
    for (int c = 0; c < object; ++c) own = own || (s.Head(c) == ing && c != marker);
    if (own) continue;
    const bool nominal = s.At(head).upos == "NOUN" || s.At(head).upos == "PROPN";
    s.Attach(object, head, nominal ? "nmod" : "obl");
    s.Attach(marker, object, "case");
    for (int c = object + 1; c < s.size(); ++c)
      if (s.Head(c) == ing)
        s.Attach(c, object, BaseRel(s.At(c)) == "obl" ? "nmod" : s.At(c).deprel);
    s.Attach(ing, object, "amod");
  }
}

// "explained the panic selling which has pushed prices down", "defense spending under the plan
// would drop" parsed with the -ing word a participle (acl) of the noun before it, so the rules
// stored "panic -has pushed-> prices" and the object read "panic" (sheet 1191 judged both partly
// right). A market activity's -ing word (selling, buying, trading, lending, spending, hedging,
// ...) right after its noun, with no object or clause of its own, is the head of one noun ("panic
// selling"): it takes the noun's place as a NOUN, the noun its compound, its obliques the noun's
// modifiers (nmod). Not after a plural noun of agents ("dealers selling"), who are its doers.
void RepairActivityHeads(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 17> kActivities{
      "selling",        "buying",       "trading",      "lending",       "spending",
      "hedging",        "borrowing",    "financing",    "dumping",       "restructuring",
      "rescheduling",   "provisioning", "underwriting", "profit-taking", "bargain-hunting",
      "short-covering", "stockpiling"};
  const TokenTree s(tokens);
  for (int ing = 1; ing < s.size(); ++ing) {
    const int noun = ing - 1;
    nlp::Token& word = s.At(ing);
    if (word.xpos != "VBG" || BaseRel(word) != "acl" || s.Head(ing) != noun ||
        s.At(noun).upos != "NOUN" || !FormIsOneOf(word, kActivities))
      continue;
    const std::string lemma = nlp::Lower(s.At(noun).lemma);
    if (s.At(noun).xpos == "NNS" &&
        (lemma.ends_with("er") || lemma.ends_with("or") || lemma.ends_with("ist")))
      continue;
    bool own = false;
    for (int c = 0; c < s.size() && !own; ++c) {
      if (s.Head(c) != ing) continue;
      const std::string_view rel = BaseRel(s.At(c));
      own = rel == "obj" || rel == "ccomp" || rel == "xcomp" || rel == "nsubj" || rel == "aux" ||
            rel == "mark" || rel == "compound";
    }
    if (own) continue;
    s.TakePlace(ing, noun, "compound");
    word.upos = "NOUN";
    word.xpos = "NN";
    word.lemma = nlp::Lower(word.form);
    for (int c = ing + 1; c < s.size(); ++c)
      if (s.Head(c) == ing && BaseRel(s.At(c)) == "obl") s.Attach(c, ing, "nmod");
  }
}

}  // namespace

void RepairNominalGerunds(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens);
    RepairCompounds(s.tokens);
    RepairAttributiveParticiples(s.tokens);
    RepairPrepositionalParticiples(s.tokens);
    RepairActivityHeads(s.tokens);
  }
}

}  // namespace kg::extract
