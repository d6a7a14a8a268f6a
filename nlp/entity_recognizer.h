#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/entity_typer.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"
#include "nlp/model_file.h"
#include "nlp/ner_features.h"
#include "nlp/ner_labels.h"
#include "nlp/perceptron.h"

namespace kg::nlp {

// The entity model's file name inside a models directory (beside tagger.kgm and parser.kgm).
inline constexpr const char* kNerFile = "ner.kgm";

// A name or value found in a sentence: tokens [begin, end) and its type, one of PERSON,
// ORGANIZATION, COUNTRY, CITY, LOCATION, EVENT, PRODUCT, WEAPON, NORP, OTHER (from the model,
// places and products refined by the gazetteers and WordNet) or MONEY, DATE, QUANTITY, PERCENT
// (from rules, nlp/value_rules.h).
struct EntityMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string type;
};

// True for the value types the rules give (MONEY, DATE, QUANTITY, PERCENT), not names.
[[nodiscard]] bool IsValueType(std::string_view type);

// Greedy left-to-right BIO decoding with the recogniser's features: at each token the allowed
// label (I-x only after B-x or I-x) with the highest score. Model is Perceptron or
// PerceptronTrainer (anything with Score and num_classes).
template <typename Model>
[[nodiscard]] std::vector<NerLabel> DecodeNer(const NerFeatures& features,
                                              const NerSentenceContext& sentence,
                                              const Model& model) {
  std::vector<NerLabel> labels;
  labels.reserve(sentence.tokens.size());
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(model.num_classes());
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const NerLabel prev = i > 0 ? labels[i - 1] : kOutside;
    const NerLabel prev2 = i > 1 ? labels[i - 2] : kOutside;
    feats.clear();
    features.Extract(sentence, i, prev, prev2, feats);
    model.Score(feats, scores);
    NerLabel best = kOutside;
    for (std::size_t l = 1; l < scores.size(); ++l) {
      const auto label = static_cast<NerLabel>(l);
      if (Allowed(prev, label) && scores[l] > scores[best]) best = label;
    }
    labels.push_back(best);
  }
  return labels;
}

// The trained named-entity recogniser (an averaged perceptron over NerFeatures, greedy BIO
// decoding), with the gazetteers' refinement of places and the value rules. Load once and share:
// const methods are thread-safe except for the memory argument, which is per document.
class EntityRecognizer {
 public:
  // Loads a model written by TrainNer. Throws kg::Error naming the file when it is missing,
  // truncated, corrupt or of another feature version (nlp/model_file.h).
  EntityRecognizer(const std::string& model_path, std::shared_ptr<Lexicon> lexicon,
                   std::shared_ptr<const Gazetteer> gazetteer);

  // The model's BIO labels for one sentence. upos: one tag per token, or empty when no tagger
  // ran. memory carries what the document named before; this sentence's names are added.
  [[nodiscard]] std::vector<NerLabel> Label(const std::vector<std::string>& tokens,
                                            const std::vector<std::string>& upos,
                                            NerDocumentMemory& memory) const;

  // Names (typed as EntityMention says) and values of one sentence, in token order. Besides the
  // model's names: a country's name split in two made whole (WholeCountryNames); a person named
  // after a title, the title left out (TitledPersons); name particles in persons' names ("Ronnie
  // de Mel", PersonNameParticles); a firm named by its partners or with a lower-case legal form
  // (JoinFirmNames, nlp/firm_names.h); initials and surnames the model left out
  // (PersonInitials, SurnamesAfterFirstNames); a one-word person that is a people ("Kurds",
  // IsPeopleWord) as NORP; agencies, names ending in a firm word and clubs as organisations
  // (OrganizationsByName); teams in fixtures and results tables (nlp/results_rows.h); a lone
  // nationality or people the name lists or WordNet know (NORP) and the value rules
  // (nlp/value_rules.h), where the model found nothing, or where it found only a place or
  // name inside an amount of money ("50 mln Hong Kong dlrs": the amount replaces "Hong Kong").
  // A name the model found with no capital letter in it ("rose", "57.50") is dropped.
  [[nodiscard]] std::vector<EntityMention> Recognize(const std::vector<std::string>& tokens,
                                                     const std::vector<std::string>& upos,
                                                     NerDocumentMemory& memory) const;

  // Sets the entity field of each token ("B-ORGANIZATION", "I-PERSON", "O") from Recognize,
  // with the tokens' upos when the model uses them.
  void MarkEntities(std::vector<Token>& tokens, NerDocumentMemory& memory) const;

  // Recognize over one whole document (an article, a CoNLL -DOCSTART- block), sentence by
  // sentence with one memory, then, across the document (nlp/ner_document.h): teams of its
  // results tables named again (KeepTeamsInDocument), firms' short names (ShortFirmNames), names
  // the article defines with a bracketed acronym (AcronymLongForms, nlp/acronyms.h), one type per
  // name (KeepDocumentTypes) and names said again where the model missed them (NamesSaidAgain).
  // sentences: tokens per sentence; upos: tags per sentence, or empty. Returns one mention list per
  // sentence.
  [[nodiscard]] std::vector<std::vector<EntityMention>> RecognizeDocument(
      const std::vector<std::vector<std::string>>& sentences,
      const std::vector<std::vector<std::string>>& upos) const;

  // MarkEntities over one document's sentences, with RecognizeDocument's consistent types.
  void MarkDocument(const std::vector<std::vector<Token>*>& sentences) const;

  // What the model was trained with: whether it saw UPOS tags.
  [[nodiscard]] bool uses_upos() const { return uses_upos_; }

 private:
  [[nodiscard]] std::string Refine(const std::vector<std::string>& tokens, std::size_t begin,
                                   std::size_t end, NameClass c) const;

  // A nationality, people or faith by the name lists (Gazetteer::IsDemonym) or by WordNet
  // (Lexicon::IsProperAdjective: "Iraqi", "Iraqis", "Scottish"); no country's own name.
  [[nodiscard]] bool IsPeopleWord(const std::string& word) const;
  // A place by the country list, the word lists' places or WordNet's first sense of the name
  // without its marks ("S\u00E3o Paulo" as "Sao Paulo", "West Bank").
  [[nodiscard]] bool IsPlaceName(const std::string& name) const;

  std::shared_ptr<Lexicon> lexicon_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  NerFeatures features_;
  EntityTyper typer_;
  std::unique_ptr<ModelFile> file_;
  Perceptron model_;
  bool uses_upos_ = false;
};

// Persons named right after a person title or honorific: "Labour MP Lucia Barrow" -> "MP Lucia
// Barrow" (tokens 1-4), "Mr. Hale" -> "Mr. Hale". A title (Gazetteer::IsPersonTitle or
// IsHonorific) followed by one to three capitalised words that are no organisation word, title or
// country, the first of them a given name (Gazetteer::IsGivenName) unless the title is an
// honorific or is capitalised and the model's PERSON mention ends the words ("Trade Minister
// Zheng Tuobin" with only "Tuobin" found), makes a PERSON mention from the title to the name's
// end (the resolver turns the title into a role). It replaces every mention it overlaps; a PERSON
// mention among them that began earlier lends it its start ("Prime Minister ..."); the part of
// another mention before the title
// ("Labour" of "Labour MP") is left untagged. Mentions elsewhere are kept. In token order.
// With `is_common_word` (true for a word the lexicon knows), two or three words after a
// capitalised title that no gazetteer knows and the model tagged no one ("Finance Minister Onno
// Ruding told", "Finance Minister Dilson Funaro" read as a firm) are a person too, when each is
// shaped as a name (a capital, then lower case), no English word, legal form, place, people or
// day.
[[nodiscard]] std::vector<EntityMention> TitledPersons(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const Gazetteer& gazetteer, const std::function<bool(const std::string&)>& is_common_word = {});

// "said Gulf and Western chairman Martin Davis" labelled "Gulf and" a name: no name ends on a
// connector ("and", "&", "of", "for", "de"). A mention that does is extended over the
// capitalised words right after it (at most three, none a person title or honorific, none in
// another mention) when there are any (after "and" or "&" only when a person title follows them
// or they hold an organisation word, Gazetteer::IsOrganizationWord: "Atkinson and Binney
// addressed" is two people), else the connector is dropped (a mention left empty goes).
// Mentions elsewhere are kept. In token order.
[[nodiscard]] std::vector<EntityMention> NamesEndOnAWord(const std::vector<std::string>& tokens,
                                                         std::vector<EntityMention> mentions);

// "give Sri Lanka 6.5 billion rupees" labelled "Sri" one place and "Lanka 6.5" another: a
// mention whose first words and the words after it make a country's name the gazetteer knows
// (Gazetteer::FindCountry, two to four words: "Sri Lanka", "United Arab Emirates") becomes that
// one COUNTRY; the mentions it overlaps lose their overlapping words, and what is left of them
// goes when it has no letter ("6.5"). Mentions elsewhere are kept. In token order.
[[nodiscard]] std::vector<EntityMention> WholeCountryNames(const std::vector<std::string>& tokens,
                                                           std::vector<EntityMention> mentions,
                                                           const Gazetteer& gazetteer);

// "Finance Minister Ronnie de Mel" labelled "Minister Ronnie" a person and "de Mel" nothing, and
// "de Mel asked" labelled "Mel": a lower-case name particle (Gazetteer::IsNameParticle: "de",
// "van", "bin", ...) between a person mention and a capitalised word joins that word to the
// person ("Ronnie de Mel", "Alfredo de la Madrid": a run of particles, taking in any mention the
// word starts), and a run of them right before a person mention starts it when no capitalised
// word precedes ("de Mel") or a given name or a capitalised word in no other mention does
// (Gazetteer::IsGivenName: "Cor van der Klugt"); a word with an Arabic article joined by a
// hyphen right after a person mention ("al-Oteiba", "el-Sisi": al-, el-, ad-, as-, ash-, at-,
// bin-, ibn- and a capital) ends that person ("Mana Said al-Oteiba"). Mentions elsewhere are
// kept. In token order.
[[nodiscard]] std::vector<EntityMention> PersonNameParticles(const std::vector<std::string>& tokens,
                                                             std::vector<EntityMention> mentions,
                                                             const Gazetteer& gazetteer);

// "M. Waugh b Muralitharan" labelled "Waugh" alone, or "G. Kersey" labelled MISC: one to three
// initials (a capital letter and a full stop, in no mention) before a capitalised word start a
// PERSON mention that runs to the end of the mention that word starts (re-typed PERSON unless it
// is an organisation or a place) or, when it starts none, over that word if its tag (upos: one
// per token, or empty when no tagger ran) is PROPN ("S and P. About 65 mln" names no one). Not
// before a country,
// known place, people (`people`, e.g. EntityRecognizer's test of nationalities), organisation
// word, title or honorific ("S. Africa", "W. German", "J. Corp"). Mentions elsewhere are kept.
// In token order.
[[nodiscard]] std::vector<EntityMention> PersonInitials(
    const std::vector<std::string>& tokens, const std::vector<std::string>& upos,
    std::vector<EntityMention> mentions, const Gazetteer& gazetteer,
    const std::function<bool(const std::string&)>& people);

// "Jean-Baptiste Okonkwo-Ross" labelled "Okonkwo-Ross" alone, a product: a capitalised given
// name (Gazetteer::IsGivenName, or one that starts a hyphenated word: the lists know "Jean") in
// no mention, right before a one-word mention typed PERSON, NORP, OTHER, PRODUCT or EVENT (a name
// the model could not place), starts that mention, a PERSON. Places and organisations keep their
// words. In token order.
[[nodiscard]] std::vector<EntityMention> GivenNamesBeforeNames(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const Gazetteer& gazetteer);

// "Davia B." labelled a people: a mention of two words or more typed NORP, OTHER, PRODUCT or
// EVENT that ends on a middle initial (a capital letter and a full stop) after a word of three
// letters or more is a PERSON (SurnamesAfterFirstNames then takes "Temin" after it). Spans never
// change.
[[nodiscard]] std::vector<EntityMention> MiddleInitialPersons(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions);

// "It set up International Farm Corp of America in Chicago" labelled one organisation: an
// ORGANIZATION mention of four words or more with a lower-case "in" or "at" after its second word
// whose words after it `is_place` knows is split there: the organisation before it, the place
// (typed by `place_type`, as above) after it, the preposition in neither. Others are unchanged.
[[nodiscard]] std::vector<EntityMention> PlacesInsideNames(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const std::function<bool(const std::string&)>& is_place,
    const std::function<std::string(std::size_t, std::size_t)>& place_type);

// "Protesters marched in S\u00E3o Paulo" labelled a person: a PERSON mention right after "in",
// "at", "from", "near", "to", "for", "into", "toward(s)", "via", "across", "outside" or "through"
// ("leaves today for Ottawa") whose words `is_place` knows as a place takes the type
// `place_type(begin, end)` gives (e.g. EntityRecognizer's refinement to COUNTRY, CITY or
// LOCATION). Spans never change.
[[nodiscard]] std::vector<EntityMention> PlacesAfterPrepositions(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const std::function<bool(const std::string&)>& is_place,
    const std::function<std::string(std::size_t, std::size_t)>& place_type);

// "led by Far Hills, N.J., investor Natalie Koether" labelled "Far Hills" a person: a PERSON
// mention, or one of a type the model could not place (NORP, OTHER, PRODUCT, EVENT), followed by a
// comma, a state as the AP abbreviates it ("N.J.", "Calif.") or writes it in full ("Texas",
// "Ohio") and a comma is a CITY when all its words are capitalised ("Polyco of Cincinnati, Ohio,"
// is a firm). Spans never change.
[[nodiscard]] std::vector<EntityMention> PlacesBeforeStates(const std::vector<std::string>& tokens,
                                                            std::vector<EntityMention> mentions);

// "beat Mikael Tillstrom ( Sweden )" labelled "Mikael" alone: a PERSON mention that ends on a
// given name (Gazetteer::IsGivenName) or an initial ("J.", or "S.R." after another word of the
// name), or is one word in title case that `common` does not know ("Ludmila"), takes the
// capitalised word right after it (in title case after such a lone word) when that word is in no
// mention and is no title, honorific, organisation word, month or weekday, country, known place
// or given name, and `common` (e.g. WordNet) does not know it unless it ends the name after a
// given name ("Steve Brown ( U.S. )"; "Tony Blair Monday", "Clinton Administration" stay as
// they are). Mentions elsewhere are kept. In token order.
[[nodiscard]] std::vector<EntityMention> SurnamesAfterFirstNames(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const Gazetteer& gazetteer, const std::function<bool(const std::string&)>& common);

// Organisations by their names: a mention (not a value) that is a news agency
// (Gazetteer::IsNewsAgency: "told Reuters" read as a person), or not a PERSON, of two or more
// words ending in an organisation word or legal form (Gazetteer::IsOrganizationWord,
// IsLegalForm of nlp/firm_names.h: "Hindustan Copper Ltd" read as a place), or a PERSON with no
// "of" ending in a legal form ("Walt Disney Co"), or any of them with no "of" ending in a trade
// (Gazetteer::IsTradeWord: "Damon Labs" read as a person; not "Smolinski of Data Resources"),
// with no "'s" or comma
// inside, and no place's name by `place` (e.g. the gazetteer's countries and places and WordNet's
// proper locations: "European Union" yes, "Soviet Union" and "West Bank" no), becomes an
// ORGANIZATION, and so does a CITY or LOCATION mention that is a place's name and a plural word
// after it, the whole no place ("Texas Rangers", "Los Angeles Dodgers"; not "Virgin Islands",
// "North Caucasus", "West Allis" or "U.S. Deficits": no compass word first, no country); an
// agency's name in no mention gets one. In token order.
[[nodiscard]] std::vector<EntityMention> OrganizationsByName(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions,
    const Gazetteer& gazetteer, const std::function<bool(const std::string&)>& place);

// "Clarence Ditlow of the Center for Auto Safety" labelled "Center" an organisation and "Auto
// Safety" nothing: an ORGANIZATION mention right before "of" or "for" and one to three
// capitalised words (then a word in lower case or the end; after "the" when the organisation's
// last word is an organisation word: "British Bank of the Middle East") takes them in, with the
// mentions they make ("Bank" and "Japan" of "Bank of Japan"), unless one of those is a person or
// runs on, the organisation ends in a legal form ("Maple Leaf Mills Ltd of Toronto": its seat), or
// a place follows a name that ends in no organisation word ("SNECMA of France"). Before that, a
// capitalised organisation word (Gazetteer::IsOrganizationWord) in no mention right before "of"
// and a place's mention starts an ORGANIZATION mention, with up to three capitalised words before
// it in no mention (not "The", nor a title): "Bank of Ireland", "National Bank of Egypt". In
// token order.
[[nodiscard]] std::vector<EntityMention> OrganizationsWithTheirOf(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions);

// The agency told is no word of the name after it: a mention right after "told", "tell", "tells"
// or "telling" that opens with a news agency (Gazetteer::IsNewsAgency: "Reuters", "Associated
// Press") and runs on with a capitalised word ("officials told Reuters MHI is the world's largest
// shipbuilder" read "Reuters MHI" as one person) is split after the agency: an ORGANIZATION, and
// the rest a mention of the type the whole had (an ORGANIZATION for a PERSON that is one acronym
// of two to five capitals: no one's name). In token order.
[[nodiscard]] std::vector<EntityMention> AgenciesTold(const std::vector<std::string>& tokens,
                                                      std::vector<EntityMention> mentions);

// A subordinator or conjunction written with a capital starts no name: a mention that begins with
// "Although", "While", "But", "And", "If" ... (case-insensitive; 12 words) begins after it, while
// a word is left ("..., Although U.S. Congressmen and businessmen" -> "U.S. Congressmen").
[[nodiscard]] std::vector<EntityMention> NamesAfterOpeners(const std::vector<std::string>& tokens,
                                                           std::vector<EntityMention> mentions);

// A wire clock time's zone is no name: mentions made only of time-zone abbreviations ("EDT",
// "GMT", "EST", 17 in all), "hrs", and such words joined by "/" with digits ("EST/1930") are
// dropped, and so is a season said alone and capitalised ("since last Autumn" had been a
// person; a value's words stay, and a season in a longer name: "Prague Spring"); others are
// kept unchanged.
[[nodiscard]] std::vector<EntityMention> NoClockNames(const std::vector<std::string>& tokens,
                                                      std::vector<EntityMention> mentions);

// A firm's name said without its legal form is the firm: a mention of another type whose words
// open an ORGANIZATION mention ending in a legal form in the same document ("Higashi Nippon House"
// beside "Higashi Nippon House Co", typed a person; "Mazda" beside "Mazda Motor Corp", typed a
// place) becomes an ORGANIZATION. One word only when the firm's name has two more before its
// legal form; not a person whose first word `is_given_name` ("Mario Gabelli" beside "Mario
// Gabelli and Co"; ShortFirmNames, nlp/ner_document.h, decides one-word persons), nor a name
// `is_place` knows ("Texas" beside "Texas Instruments Inc", "Hong Kong"). Values are left alone.
void FirmsByFirstWord(const std::vector<std::vector<std::string>>& sentences,
                      std::vector<std::vector<EntityMention>>& mentions,
                      const std::function<bool(const std::string&)>& is_place,
                      const std::function<bool(const std::string&)>& is_given_name);

// An economic measure's abbreviation is no name ("GDP", "PSBR", "SDR": Gazetteer::
// IsEconomicMeasure; the model typed "GDP" an organisation), nor is what it abbreviates right
// before it in parentheses ("the Public Sector Borrowing Requirement (PSBR)"): such mentions are
// dropped (their words stay common nouns of the graph), values and others kept.
[[nodiscard]] std::vector<EntityMention> NoEconomicMeasures(const std::vector<std::string>& tokens,
                                                            std::vector<EntityMention> mentions);

// "People's" inside a name is the name's ("the People's Daily", "the People's Bank of China",
// "the National People's Congress", "the Council of People's Inspectors", "the People's Republic
// of China"; the model had cut each at the possessive, giving "Daily" a person and "Inspectors" a
// node): "People" and "'s" (or U+2019 s) before a capitalised word make one mention from the
// mention that ends with "People" (else "People" itself) through the mention that starts right
// after the possessive (else the capitalised words there). Its type is the second mention's, an
// organisation when that was none or a person (a people's institution is no person); mentions
// inside are dropped, others unchanged.
[[nodiscard]] std::vector<EntityMention> PeoplesNames(const std::vector<std::string>& tokens,
                                                      std::vector<EntityMention> mentions);

// A firm named by two founders' names (Gazetteer::IsPairedFirm: "Standard and Poor's", "Procter &
// Gamble") is one organisation: the two names joined by "and" or "&", the second's "'s" (or
// U+2019 s) if written, and the organisation mention that starts right after it ("Standard and
// Poor's Corp") or a mention the model ran past the second name ("Gamble AG"), else the legal
// form or organisation words there (Gazetteer::IsOrganizationWord), make one ORGANIZATION
// mention ("Procter and Gamble AG" is a subsidiary of "Procter and Gamble Co"); mentions
// overlapping it are dropped (the model had "Poor" a person, whom the next "he said" took), others
// unchanged.
[[nodiscard]] std::vector<EntityMention> PairedFirmNames(const std::vector<std::string>& tokens,
                                                         std::vector<EntityMention> mentions);

// A plural possessor before an organisation's name is part of it ("The Seafarers' International
// Union", "the Farmers' Union"): an ORGANIZATION mention whose last word is an organisation word
// (Gazetteer::IsOrganizationWord) and that a capitalised plural of people (ending in -ers, -ees,
// -ors, -ists, -ians, -ants, -men) and an apostrophe (' or U+2019) precede, with no capitalised
// given name before it ("Kenny Rogers' Party" stays), starts at that word; others are unchanged.
[[nodiscard]] std::vector<EntityMention> PluralPossessorNames(
    const std::vector<std::string>& tokens, std::vector<EntityMention> mentions);

// A credit rating is no name: in a sentence about ratings (one of "Moody's", "rating(s)",
// "rated", "upgrade(d/s)", "downgrade(d/s)", "CreditWatch", "affirmed", "Poor('s)"), a one-word
// mention shaped as a Moody's grade ("Aaa", "Baa-1", "B-3", "P-1") or a Standard and Poor's one
// ("AA-", "BBB+", "CCC", "A-1-plus") is dropped ("upgraded the debt to Baa-1 from B-2" had typed
// the grades LOCATION); others are kept unchanged. "B-1" of a sentence without such a word (the
// bomber) stays. rated: the document is about ratings (a sentence of it has such a word), so
// the sentence itself need not have one.
[[nodiscard]] bool IsAboutRatings(const std::vector<std::string>& tokens);
[[nodiscard]] std::vector<EntityMention> NoRatingNames(const std::vector<std::string>& tokens,
                                                       std::vector<EntityMention> mentions,
                                                       bool rated = false);

// The mention as a name alone, as CoNLL-2003 and OntoNotes mark names: a PERSON mention starts
// after its last person title or honorific (Gazetteer::IsPersonTitle, IsHonorific: "President
// Boris Yeltsin" -> "Boris Yeltsin", "Bosnian President Alija Izetbegovic", "Mr. Hale" -> "Hale"),
// after the "of" phrase of a title ("Secretary of State John Kornblum") and after a lower-case
// word other than a name particle or "and" ("governor Lawrence Lindsey"), while a word is left;
// other mentions unchanged. Recognize keeps the title inside the mention because
// the extractor makes it a role edge; `kg tag` prints names with this.
[[nodiscard]] EntityMention NameOnly(const std::vector<std::string>& tokens, EntityMention m);

// One BIO tag per token ("B-ORGANIZATION", "O") from mentions that do not overlap.
[[nodiscard]] std::vector<std::string> BioTags(std::size_t n,
                                               std::span<const EntityMention> mentions);

}  // namespace kg::nlp
