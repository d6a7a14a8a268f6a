#include "extract/ud_pipeline.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "extract/clauses/clause_extractor.h"
#include "extract/clauses/repair_parse.h"
#include "extract/continued_quotes.h"
#include "extract/emit_triples.h"
#include "extract/entities/article_types.h"
#include "extract/entities/coreference.h"
#include "extract/entities/entity_resolver.h"
#include "extract/entities/name_identity.h"
#include "extract/entities/name_types.h"
#include "extract/event_descriptions.h"
#include "extract/graph_confidence.h"
#include "extract/graph_edges.h"
#include "extract/national_titles.h"
#include "extract/owned_nouns.h"
#include "extract/owned_titles.h"
#include "extract/profile.h"
#include "extract/rules/catalogue.h"
#include "model/unicode.h"
#include "nlp/all_caps.h"
#include "nlp/firm_names.h"
#include "nlp/wire_text.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// A reported clause ("the talks failed" of "Berg said the talks failed", or what "according to
// X" sources) is its own node, never merged with a name nor an antecedent of a description.
bool IsClauseObject(const ClauseTriple& t) {
  return (t.rule == RuleId::kSpeech || t.rule == RuleId::kAccordingTo) && !t.object.named &&
         t.object.value.empty();
}

// What the predicate says about its object's type, over the recogniser's guess for a name:
// what is founded or established is an organisation ("Lina Sorel founded Vantora"), and who is
// paid, lent or given money "to" is a payee, never a town or region ("paid $5 million to
// Kelso"). Empty when the predicate says nothing.
std::optional<std::optional<model::EntityType>> ObjectTypeOf(const ClauseTriple& t) {
  using model::EntityType;
  static const std::set<std::string, std::less<>> kFounding = {"found", "co-found", "establish",
                                                               "incorporate"};
  static const std::set<std::string, std::less<>> kPaying = {"pay to",  "lend to", "donate to",
                                                             "give to", "owe to",  "grant to"};
  if (!t.object.named) return std::nullopt;
  if (kFounding.count(t.predicate) > 0 && t.object.type != EntityType::kCountry)
    return EntityType::kOrganization;
  if (kPaying.count(t.predicate) > 0 &&
      (t.object.type == EntityType::kCity || t.object.type == EntityType::kLocation))
    return std::optional<EntityType>();  // untyped: the typer reads the name alone
  return std::nullopt;
}

// "Oskar and Yusuf are close allies", "Varga is a banker": an untyped proper-noun subject of a
// copula whose nominal is a kind of person (WordNet noun.person) is a person.
bool IsPersonByCopula(const ClauseTriple& t, nlp::Lexicon& lexicon) {
  if (t.rule != RuleId::kCopula || !t.subject.named ||
      t.subject.type != model::EntityType::kOther || t.object.named || !t.object.value.empty())
    return false;
  const std::vector<std::string> words = nlp::SplitWords(t.object.name);
  return !words.empty() && NamesAPerson(lexicon, words.back());
}

// "Kestrel Biotech, a drug maker based in Boston", "Arcadia is a firm", "Sentinel Advisors, a
// subsidiary of Harlow": a named subject that an apposition (with or without an owner) or copula
// calls a kind of company (NamesAnOrganizationKind) is an organisation,
// whatever the recogniser guessed from the name's shape ("Tarvo Engineering" a person), unless it
// is a country ("Norway is a major lender": the state, not a company).
bool IsOrganizationByDescription(const ClauseTriple& t) {
  if (!t.subject.named || t.subject.type == model::EntityType::kCountry) return false;
  // "Sentinel Advisors, a subsidiary of Harlow Financial", "Tessaly Partners, a unit of
  // Brightwater Group": the role edge "subsidiary of"; a unit, division or affiliate of someone
  // is a company too (without an owner, "a currency unit" is none).
  if (t.rule == RuleId::kAppositionRole) {
    // "Nashville, Tenn.-based company of ..." is a misattached apposition, not a firm.
    if (t.subject.type == model::EntityType::kCity && nlp::SplitWords(t.subject.name).size() == 1)
      return false;
    std::vector<std::string> role = nlp::SplitWords(t.relation);
    if (!role.empty() && role.back() == "of") role.pop_back();
    static const std::set<std::string, std::less<>> kPartsOfCompanies = {"unit", "division",
                                                                         "affiliate"};
    return NamesAnOrganizationKind(role) ||
           (!role.empty() && kPartsOfCompanies.count(nlp::Lower(role.back())) > 0);
  }
  if ((t.rule != RuleId::kAppositionIsA && t.rule != RuleId::kCopula) || t.object.named ||
      !t.object.value.empty())
    return false;
  return NamesAnOrganizationKind(nlp::SplitWords(t.object.name));
}

// Whether `name` is one the wire marks as a company (nlp::WireCompanyNames), or ends with one
// ("The Coca-Cola Co" of "Coca-Cola Co <KO>"; a firm's name before "and" or "of" may have been
// left out: "Poor's Corp" of "Standard and Poor's Corp <X>").
bool IsWireCompany(const std::string& name, const std::vector<std::string>& firms) {
  return std::any_of(firms.begin(), firms.end(), [&](const std::string& f) {
    return name == f ||
           (name.size() > f.size() && name.ends_with(f) && name[name.size() - f.size() - 1] == ' ');
  });
}

// Whether `name` is a company the headline marks with a ticker ("P.H. GLATFELTER CO <GLP>
// INCREASES DIVIDEND" for "P.H. Glatfelter", "CONAGRA <CAG> TO ACQUIRE MONFORT <MMFT>" for
// "Monfort"): one of `headline_firms` (nlp::WireCompanyNames of the title, in lower case) ends
// with the name, in any case, or with the name and a legal form. A headline in capitals lets the
// walk back from the ticker take a verb ("TO ACQUIRE MONFORT"), so only the end is read; a name
// after a word that joins a firm's name ("China" of "BANK OF CHINA") is a part of it, no firm.
bool IsHeadlineCompany(const std::string& name, const std::vector<std::string>& headline_firms) {
  static constexpr std::array<std::string_view, 9> kJoins = {"of",  "and", "&", "de", "du",
                                                             "des", "la",  "y", "for"};
  const std::string lower = nlp::Lower(name);
  const auto ends_with_name = [&](const std::string& firm) {
    if (firm == lower) return true;
    if (firm.size() <= lower.size() || !firm.ends_with(lower) ||
        firm[firm.size() - lower.size() - 1] != ' ')
      return false;
    const std::string_view before(firm.data(), firm.size() - lower.size() - 1);
    const std::string_view join = before.substr(before.rfind(' ') + 1);
    return std::find(kJoins.begin(), kJoins.end(), join) == kJoins.end();
  };
  return std::any_of(headline_firms.begin(), headline_firms.end(), [&](const std::string& firm) {
    if (ends_with_name(firm)) return true;
    const std::size_t space = firm.rfind(' ');
    return space != std::string::npos &&
           nlp::IsLegalForm(std::string_view(firm).substr(space + 1)) &&
           ends_with_name(firm.substr(0, space));
  });
}

// Types the typer guesses for a common-noun phrase from its numbers or its head's WordNet class
// ("budget for 1987" DATE, "time" EVENT, "financial details" PRODUCT) that a reader would not
// give a phrase that names no thing of its own.
bool IsGuessOnlyType(model::EntityType type) {
  return type == model::EntityType::kDate || type == model::EntityType::kMoney ||
         type == model::EntityType::kQuantity || type == model::EntityType::kEvent ||
         type == model::EntityType::kProduct;
}

// "early January", "last week", "March 3": a phrase whose head (its last word before any
// preposition) is a calendar word or a number names a time. "March 1997 paper" or "final figures
// for the period to February 28", with a date inside a thing's name, is that thing.
bool EndsOnCalendarWord(const std::vector<std::string>& words) {
  static constexpr std::array<std::string_view, 10> kPrepositions{
      "of", "for", "to", "in", "on", "at", "from", "since", "during", "by"};
  auto end = std::find_if(words.begin(), words.end(), [](const std::string& w) {
    return std::find(kPrepositions.begin(), kPrepositions.end(), nlp::Lower(w)) !=
           kPrepositions.end();
  });
  if (end == words.begin()) return false;
  const std::string& w = *std::prev(end);
  return nlp::Gazetteer::IsMonthOrWeekday(w) || IsCalendarWord(nlp::Lower(w)) ||
         std::all_of(w.begin(), w.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == ',' || c == '.';
         });
}

Mention MentionOf(const UdModels& models, const Argument& a, bool speaker, bool clause,
                  std::size_t sentence) {
  const nlp::EntityTyper& typer = models.typer;
  Mention m;
  m.text.name = a.name;
  m.text.words = nlp::SplitWords(a.name);
  m.text.full = a.text;
  m.text.proper = a.named;
  // The recogniser's type (or a value's) leads; untyped phrases are typed from their words.
  if (a.type != model::EntityType::kOther) m.text.hint = a.type;
  if (a.named) {
    if (const auto type = OneWordNameType(a.name, a.type, speaker, *models.gazetteer))
      m.text.hint = *type;
    if (const auto type = NameEndType(a.name, a.type)) m.text.hint = *type;
  }
  // "PA-28-181 Archer", "Pa-34 Seneca" tagged persons: a name with a number is no person.
  if (a.named && m.text.hint == model::EntityType::kPerson)
    if (const auto type = nlp::NumberedNameType(m.text.words)) m.text.hint = *type;
  // "the MD-11" tagged a place, "the DC-10" read as a quantity: a model is a product.
  if (a.value.empty() && m.text.words.size() == 1 && nlp::IsModelDesignation(m.text.words[0]))
    m.text.hint = model::EntityType::kProduct;
  // "the Model 2616" typed a date: a model and its number name a product.
  if (m.text.words.size() == 2 && m.text.words[0] == "Model" &&
      std::all_of(m.text.words[1].begin(), m.text.words[1].end(),
                  [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }) &&
      std::any_of(m.text.words[1].begin(), m.text.words[1].end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
    m.text.hint = model::EntityType::kProduct;
  // "São Paulo" tagged a place: WordNet, which spells it "Sao Paulo", may know it is a city.
  if (a.named && a.type == model::EntityType::kLocation) {
    nlp::MentionText plain;
    plain.name = model::StripMarks(a.name);
    plain.words = nlp::SplitWords(plain.name);
    plain.proper = true;
    if (typer.Type(plain) == model::EntityType::kCity) m.text.hint = model::EntityType::kCity;
  }
  // A phrase the argument builder read as no value ("1986 loss", "budget for 1987") is no date,
  // money or quantity whatever numbers it holds, and an unnamed phrase is no event or product.
  if (!a.named && a.value.empty() && !a.pronoun && !clause && !EndsOnCalendarWord(m.text.words) &&
      IsGuessOnlyType(typer.Type(m.text)))
    m.text.hint = model::EntityType::kOther;
  m.text.speaker = speaker;
  m.clause = clause;
  m.pronoun = a.pronoun;
  m.definite = a.definite;
  m.sentence = sentence;
  m.start = a.start;
  return m;
}

// Where the article's body starts: after its first line when that line is its title or has no
// lower-case letter (a wire headline, "WESTLB ISSUES 50 MLN AUSTRALIAN DLR EUROBOND"); else 0.
std::size_t BodyStart(const model::Article& article) {
  const std::string& text = article.text;
  const std::size_t opening = text.find_first_not_of(" \t\r\n");
  if (opening == std::string::npos) return 0;
  const std::size_t line_end = std::min(text.find('\n', opening), text.size());
  const std::string_view line(text.data() + opening, line_end - opening);
  const bool titled = !article.title.empty() && line.starts_with(article.title);
  const bool capitals = std::ranges::none_of(
      line, [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
  return titled || capitals ? line_end : 0;
}

// The byte offset of the first whole-word occurrence in `text`, from `from` on, of `name`
// without its trailing legal forms ("WestLB Finance" of "WestLB Finance N.V."); npos when none.
std::size_t FirstWritten(const std::string& text, std::size_t from, const std::string& name) {
  std::vector<std::string> words = nlp::SplitWords(name);
  while (words.size() > 1 && nlp::IsLegalForm(words.back())) words.pop_back();
  if (words.empty()) return std::string::npos;
  std::string core = words.front();
  for (std::size_t i = 1; i < words.size(); ++i) core += " " + words[i];
  // A hyphen joins words into one ("Ciba" is not written in "Ciba-Geigy").
  const auto word_char = [&](std::size_t i) {
    return std::isalnum(static_cast<unsigned char>(text[i])) != 0 || text[i] == '-';
  };
  for (std::size_t at = text.find(core, from); at != std::string::npos;
       at = text.find(core, at + 1)) {
    const std::size_t end = at + core.size();
    if ((at == 0 || !word_char(at - 1)) && (end >= text.size() || !word_char(end))) return at;
  }
  return std::string::npos;
}

// Renames each triple's ends to their resolved entities; drops a triple that `edges` marks as no
// edge, whose end resolved to nothing or whose two ends became one, and repeats of one fact from
// one sentence (the first, made by the more specific rule, is kept).
std::vector<model::Triple> ResolveEnds(std::vector<EmittedTriple>& emitted,
                                       const std::vector<bool>& edges,
                                       const std::vector<std::optional<std::size_t>>& resolved,
                                       const std::vector<model::Entity>& entities) {
  // A surface name -> its entity's name, in its sentence (a pronoun names someone else in the
  // next) and, for names, anywhere in the article.
  std::map<std::pair<std::size_t, std::string>, std::string> in_sentence;
  std::map<std::string, std::string> canonical;
  std::set<std::string> pronouns;
  for (std::size_t i = 0; i < emitted.size(); ++i) {
    for (int side = 0; side < 2; ++side) {
      const auto& r = resolved[2 * i + static_cast<std::size_t>(side)];
      const Argument& a = side == 0 ? emitted[i].clause.subject : emitted[i].clause.object;
      if (a.pronoun) pronouns.insert(a.name);
      if (!r) continue;
      in_sentence.emplace(std::pair(emitted[i].triple.evidence.sentence_index, a.name),
                          entities[*r].name);
      if (!a.pronoun) canonical.emplace(a.name, entities[*r].name);
    }
  }
  const auto speaker = [&](const model::Triple& t) -> std::string {
    if (t.attributed_to.empty()) return {};
    if (const auto it = in_sentence.find({t.evidence.sentence_index, t.attributed_to});
        it != in_sentence.end())
      return it->second;
    if (const auto it = canonical.find(t.attributed_to); it != canonical.end()) return it->second;
    // An unresolved "he" names nobody a reader could find: the fact stays only reported.
    return pronouns.count(t.attributed_to) > 0 || IsThirdPersonPronoun(t.attributed_to)
               ? std::string()
               : t.attributed_to;
  };
  std::vector<model::Triple> out;
  std::set<std::tuple<std::size_t, std::size_t, std::string, std::size_t, bool, std::string>> seen;
  for (std::size_t i = 0; i < emitted.size(); ++i) {
    const auto& s = resolved[2 * i];
    const auto& o = resolved[2 * i + 1];
    if (!edges[i] || !s || !o || *s == *o) continue;
    model::Triple& t = emitted[i].triple;
    if (!seen.emplace(*s, *o, t.predicate, t.evidence.sentence_index, t.negated, t.modality).second)
      continue;
    t.subject = {entities[*s].name, entities[*s].type};
    t.object = {entities[*o].name, entities[*o].type};
    t.attributed_to = speaker(t);
    // The by-agent is the edge's subject, so the passive words ("was led by") would read
    // backwards between its ends: the edge says the verb ("lead"); Open IE output (CaRB), which
    // quotes the sentence's order, keeps them.
    // An owner's share is already written in the active ("own 96.3 pct of").
    if (emitted[i].clause.rule == RuleId::kPassiveAgent && !t.relation.ends_with(" of"))
      t.relation = t.predicate;
    t.extractor = "ud/" + t.rule;
    out.push_back(std::move(t));
  }
  return out;
}

// Sets each pronoun mention's antecedent to the mention that names what
// extract/entities/coreference.h resolved it to (`links`: its chain's first mention that is no
// pronoun): the argument headed by that token, else the one whose phrase holds it, else a mention
// of its own appended after the triples' (one per triple side come first).
void LinkPronouns(const UdModels& models, const std::vector<nlp::AnalyzedSentence>& sentences,
                  const std::vector<PronounLink>& links, const std::vector<EmittedTriple>& emitted,
                  std::vector<Mention>& mentions) {
  std::map<TokenRef, TokenRef> referent_of;
  for (const PronounLink& link : links)
    if (link.referent) referent_of.emplace(link.pronoun, *link.referent);
  if (referent_of.empty()) return;
  const auto argument = [&](std::size_t i) -> const Argument& {
    return i % 2 == 0 ? emitted[i / 2].clause.subject : emitted[i / 2].clause.object;
  };
  const std::size_t sides = mentions.size();
  std::map<TokenRef, std::size_t> appended;
  for (std::size_t i = 0; i < sides; ++i) {
    const Argument& a = argument(i);
    if (!mentions[i].pronoun || a.head < 0) continue;
    const auto it = referent_of.find({mentions[i].sentence, static_cast<std::size_t>(a.head)});
    if (it == referent_of.end()) continue;
    const TokenRef r = it->second;
    // The speaker of a trailing "he said" is never someone named inside what was said ("'That's
    // bad for the consumer,' he said" is not the consumer's): such a referent is left unlinked,
    // and the pronoun's edge is dropped rather than credited to the wrong speaker.
    if (const ClauseTriple& c = emitted[i / 2].clause;
        i % 2 == 0 && c.rule == RuleId::kSpeech && r.sentence == mentions[i].sentence) {
      const nlp::Token& t = sentences[r.sentence].tokens[r.token];
      if (t.start >= c.object.start && t.end <= c.object.end) continue;
    }
    const nlp::DepTree tree(sentences[r.sentence]);
    // "said senior economist Susumu Taketomi", "Dutch insurer Stad Rotterdam said it ..." parsed
    // with the name an apposition of the noun the pronoun was resolved to: the referent is the
    // name, not the noun.
    int referent = static_cast<int>(r.token);
    // "Boyd Jefferies, former chairman of Jefferies and Co, said he ..." with the pronoun
    // resolved to the description: the referent is the name it describes.
    if (const int head = tree.Head(referent);
        !tree.MentionOf(referent) && tree.IsRel(referent, "appos") && head != nlp::DepTree::kNone)
      if (const auto named = tree.MentionOf(head);
          named && (named->type == "PERSON" || named->type == "ORGANIZATION"))
        referent = head;
    if (!tree.MentionOf(referent))
      for (const int c : tree.ChildrenWith(referent, "appos"))
        if (const auto named = tree.MentionOf(c);
            named && (named->type == "PERSON" || named->type == "ORGANIZATION")) {
          referent = c;
          break;
        }
    // The referent's name ("Carl Icahn" of "Carl Icahn's bid"): a phrase holding the referent
    // stands for it only when that phrase is headed inside the name, not when the name is only
    // the owner or a modifier of what the phrase names (the bid is not "he").
    const auto name = tree.MentionOf(referent);
    const int first = name ? name->first : referent;
    const int last = name ? name->last : referent;
    std::optional<std::size_t> headed;
    std::optional<std::size_t> holding;
    std::optional<std::size_t> named_holding;
    for (std::size_t j = 0; j < sides; ++j) {
      const Argument& b = argument(j);
      if (mentions[j].pronoun || mentions[j].clause || mentions[j].sentence != r.sentence ||
          b.name.empty())
        continue;
      if (b.head == referent) {
        if (!headed) headed = j;
      } else if (b.head >= first && b.head <= last) {
        if (!holding) holding = j;
        if (!named_holding && b.named) named_holding = j;
      }
    }
    // "chairman Sir Adam Thomson told reporters. He said ...": the referent is the title that
    // heads the person's mention, and the argument headed there is the role edge's "chairman";
    // the person is the named argument inside the mention.
    if (name && name->type == "PERSON" && headed && !argument(*headed).named && named_holding)
      headed = named_holding;
    if (headed || holding) {
      mentions[i].antecedent = headed ? headed : holding;
      continue;
    }
    if (const auto done = appended.find(r); done != appended.end()) {
      mentions[i].antecedent = done->second;
      continue;
    }
    const std::optional<Argument> own = MakeArgument(tree, referent, ArgumentContext{});
    if (!own || own->name.empty()) continue;
    mentions.push_back(MentionOf(models, *own, false, false, r.sentence));
    appended.emplace(r, mentions.size() - 1);
    mentions[i].antecedent = mentions.size() - 1;
  }
}

}  // namespace

UdModels::UdModels(const std::string& models_dir)
    : lexicon(nlp::Lexicon::Open()),
      gazetteer(std::make_shared<const nlp::Gazetteer>()),
      analyzer(models_dir),
      recognizer(models_dir + "/" + nlp::kNerFile, lexicon, gazetteer),
      typer(lexicon, gazetteer) {}

void AnnotateDocument(const UdModels& models, std::vector<nlp::AnalyzedSentence>& sentences) {
  std::vector<std::vector<nlp::Token>*> document;  // one article is one document
  for (nlp::AnalyzedSentence& s : sentences)
    if (s.tokens.size() <= kMaxClauseTokens) document.push_back(&s.tokens);
  models.recognizer.MarkDocument(document);
  RepairParse(sentences, *models.lexicon, *models.gazetteer);
}

UdPipeline::UdPipeline(std::shared_ptr<const UdModels> models) : models_(std::move(models)) {}

std::string TextForParsing(const UdModels& models, const std::string& text,
                           const std::string& title) {
  return nlp::RecaseAfterCountryAbbreviations(
      nlp::RecaseHeadlines(nlp::RecaseAllCaps(nlp::BlankWireMarkup(text, title), *models.lexicon),
                           *models.lexicon),
      *models.lexicon);
}

model::ArticleGraph UdPipeline::ExtractArticle(model::Article article) {
  model::ArticleGraph graph;
  graph.article = std::move(article);
  StageClock clock;
  // Offsets into the recased, unmarked text are offsets into the article's (only ASCII bytes
  // change).
  std::vector<nlp::AnalyzedSentence> sentences = models_->analyzer.Analyze(
      TextForParsing(*models_, graph.article.text, graph.article.title), 1, kMaxClauseTokens);
  const double parse_seconds = clock.Lap();
  profile_.parse += parse_seconds;
  ++profile_.articles;
  profile_.sentences += sentences.size();
  // The analyser parses an article at once; a greedy transition parser's cost is linear in
  // words, so each sentence is credited its share of the article's parse time by its words.
  std::size_t article_words = 0;
  for (const nlp::AnalyzedSentence& s : sentences) article_words += s.tokens.size();
  for (const nlp::AnalyzedSentence& s : sentences)
    if (article_words > 0)
      profile_.parses.emplace_back(
          static_cast<std::uint32_t>(s.tokens.size()),
          static_cast<float>(parse_seconds * static_cast<double>(s.tokens.size()) /
                             static_cast<double>(article_words)));
  for (const nlp::AnalyzedSentence& s : sentences) profile_.words += s.tokens.size();
  AnnotateDocument(*models_, sentences);
  profile_.typing += clock.Lap();

  graph.sentences = SentenceSpans(graph.article, sentences);
  std::vector<EmittedTriple> emitted = EmitClauseTriples(graph.article, sentences);
  OwnTitlesByNationality(emitted, *models_->gazetteer);
  profile_.rules += clock.Lap();
  const std::vector<PronounLink> links =
      ResolvePronouns(sentences, *models_->lexicon, *models_->gazetteer);
  NameOwnedNouns(sentences, links, emitted);

  // Two mentions per triple, subject then object, in article order.
  const std::vector<std::string> firms = nlp::WireCompanyNames(graph.article.text);
  std::vector<std::string> headline_firms = nlp::WireCompanyNames(graph.article.title);
  for (std::string& firm : headline_firms) firm = nlp::Lower(firm);
  const std::vector<std::string> title_words = HeadlineWords(graph.article.title);
  const std::size_t body = BodyStart(graph.article);
  const auto argument_mentions = [&] {
    std::vector<Mention> mentions;
    mentions.reserve(2 * emitted.size());
    for (const EmittedTriple& e : emitted) {
      const ClauseTriple& c = e.clause;
      const std::size_t sentence = e.triple.evidence.sentence_index;
      mentions.push_back(
          MentionOf(*models_, c.subject, c.rule == RuleId::kSpeech, false, sentence));
      if (IsPersonByCopula(c, *models_->lexicon))
        mentions.back().text.hint = model::EntityType::kPerson;
      mentions.back().described_organization = IsOrganizationByDescription(c);
      mentions.push_back(MentionOf(*models_, c.object, false, IsClauseObject(c), sentence));
      mentions.back().predicative = c.rule == RuleId::kCopula && !c.object.named;
      if (const auto type = ObjectTypeOf(c)) mentions.back().text.hint = *type;
      mentions.back().role_of_previous =
          c.rule == RuleId::kTitleRole || c.rule == RuleId::kAppositionRole;
    }
    // A name the wire marks as a company (a ticker after it, angle brackets around it) is one,
    // whatever the recogniser guessed from its shape ("Valeo <VLOF.PA>" read as a person).
    // So is a name the headline marks so ("P.H. GLATFELTER CO <GLP> INCREASES DIVIDEND" over a
    // story that writes "P.H. Glatfelter said", read as a person).
    for (Mention& m : mentions) {
      if (!m.text.proper) continue;
      m.first_written = FirstWritten(graph.article.text, body, m.text.name);
      const bool no_place = models_->gazetteer->FindCountry(m.text.name) == nullptr &&
                            !models_->gazetteer->IsKnownPlace(m.text.name);
      m.headline_firm = IsHeadlineCompany(m.text.name, headline_firms) && no_place;
      m.headline_named = no_place && HeadlineNames(title_words, m.text.name);
      if (m.headline_firm || IsWireCompany(m.text.name, firms)) m.described_organization = true;
    }
    LinkPronouns(*models_, sentences, links, emitted, mentions);
    return mentions;
  };
  std::vector<Mention> mentions = argument_mentions();
  // "the company's board": the owner is what "the company" names (a first resolution with the
  // owners as mentions of their own), and the arguments are named for it before the last one.
  const std::vector<DefiniteOwner> owners = DefiniteOwners(sentences, emitted);
  if (!owners.empty()) {
    std::vector<Mention> with_owners = mentions;
    const std::size_t first_owner = with_owners.size();
    for (const DefiniteOwner& o : owners)
      with_owners.push_back(MentionOf(*models_, o.owner, false, false, o.sentence));
    EntityResolver probe(models_->typer, *models_->gazetteer);
    const auto found = probe.Resolve(with_owners);
    std::vector<std::optional<model::Entity>> named(owners.size());
    for (std::size_t k = 0; k < owners.size(); ++k)
      if (const auto& r = found[first_owner + k]) named[k] = probe.entities()[*r];
    if (NameDefiniteOwners(owners, named, emitted)) mentions = argument_mentions();
  }

  EntityResolver resolver(models_->typer, *models_->gazetteer);
  const auto resolved = resolver.Resolve(mentions);
  graph.entities = resolver.entities();
  std::vector<bool> edges = GraphEdges(emitted);
  DropEventDescriptions(emitted, *models_->lexicon, edges);
  graph.triples = ResolveEnds(emitted, edges, resolved, graph.entities);
  AttributeContinuedQuotes(graph.sentences, graph.triples);
  CorrectArticleTypes(graph, *models_->gazetteer);
  OwnTitlesByBody(graph, *models_->gazetteer, *models_->lexicon);
  // A title is a person's: "General" of "General Partners", a firm the recogniser took for a
  // person until the article typed it, holds none.
  std::erase_if(graph.triples, [](const model::Triple& t) {
    return t.rule == Rule(RuleId::kTitleRole).name && t.subject.type != model::EntityType::kPerson;
  });
  // Confidence reads the edge as it is stored: its ends' final names and types.
  for (model::Triple& t : graph.triples) t.confidence = GraphConfidence(t);
  // A name whose every triple was dropped is no node.
  std::set<std::pair<std::string, model::EntityType>> used;
  for (const model::Triple& t : graph.triples) {
    used.emplace(t.subject.name, t.subject.type);
    used.emplace(t.object.name, t.object.type);
  }
  std::erase_if(graph.entities, [&](const model::Entity& e) {
    return used.count({e.name, e.type}) == 0;
  });
  profile_.typing += clock.Lap();
  return graph;
}

}  // namespace kg::extract
