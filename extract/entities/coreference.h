#pragma once

// Third-person pronouns resolved to an earlier mention of one document, or to nothing: a
// pronoun is resolved only when exactly one candidate agrees with it and stands out by salience;
// two that agree about equally and it says nothing (a wrong antecedent makes a wrong fact).
//
//   std::vector<PronounLink> links = ResolvePronouns(sentences, lexicon, gazetteer);
//
// Method (a salience model after Lappin & Leass 1994, "An algorithm for pronominal anaphora
// resolution", with Hobbs-style syntactic filters), on kg's own tags, parse and entity tags:
// - mentions: named-entity spans (their head is the token whose head lies outside the span),
//   proper and common nouns that head a phrase (not compound, flat or fixed parts; not a common
//   noun "as" predicates of another mention: "admitted as the bank's 47th member"; a copula's
//   predicate stays, GUM puts it in its subject's chain), and the pronouns already resolved, which
//   join their antecedent's chain;
// - agreement: number (Penn NNS/NNPS plural, and a people's name ending in "s" whatever its tag:
//   "Republicans"; "they" also takes an organisation or a group noun),
//   gender (he/she: a person whose given name, form of address or noun is not of the other
//   gender: the given-name lists of nlp::Gazetteer, "Mrs", "mother"; a surname said alone after
//   the full name, "Rose" of "Charles Rose", tells none; the one name word after a title,
//   "President Reagan", is a surname whose given-name gender a pronoun of the other gender may
//   override, weighed as unknown), animacy ("he"/"she" only for a PERSON entity or a WordNet
//   noun.person noun, or, for a pronoun that speaks, a "source" that reported before; "it" never
//   for those);
// - titles: a person's title or calling right before the name ("Bundesbank vice president Helmut
//   Schlesinger", "senior economist Ana Ruiz", whether the parse hung it on the name or the name
//   on it as an apposition) is no mention of its own, and the name takes its place in the clause;
//   a kind of firm ("insurer") is no title;
// - reports: the subject of a clause reported by a verb of saying is, when a personal pronoun,
//   the named person or firm that says it if they agree ("Tenneco vice president Joe Foster said
//   he ...", "Mobil said it ..."; a one-word name that is also a given name of the other gender
//   still speaks for "he": "Reagan has said he would veto", and takes the pronoun's gender for
//   the rest of the story), and "they" the plural that says it ("bankers said they believed
//   ..."; not a firm's singular name; names coordinated, given the first: "Sun Co, Phillips
//   Petroleum and Diamond Shamrock said they ..."), "it" a firm whose name's last word the tagger
//   read as a common noun ("Damon Industries said it ..."), and "he"/"she" an indefinite singular
//   noun that reports ("A key Senate Budget Committee source told Reuters he believes ...", "one
//   official said she ...": someone new, whom salience cannot find);
// - syntax: a non-possessive, non-reflexive pronoun is no co-argument of its own predicate ("Ann
//   saw her"); the one told is not who a report is about ("Vale told Reuters it may raise its
//   stake"); a possessive is not the noun it modifies; a reflexive takes its clause's subject;
//   "he"/"she" speaking is nothing named in his own words quoted before the verb ("\"The minister
//   will block it,\" he said": principle C of binding theory, within quotation marks only);
//   expletive "it" (UD expl) and "it" that introduces an extraposed clause ("it is clear that",
//   "it costs the government 75 cents to store each bushel") are left alone; a possessive is
//   the named subject (a proper noun) of its own clause before it when that agrees ("Emery said
//   Hutton will terminate its merger agreement": Hutton's; climbing only through clauses that
//   share their subject and have no object, not "help Valeo in restructuring its unit"; not in
//   an "as" or "against" phrase: "will act as its advisor"), and "its" after a one-word name of
//   no known gender that does not agree (a firm named after a person, tagged one: "Hutton") is
//   left unresolved (GUM dev 192 -> 193 resolved, 87.5% -> 87.6% right; train 1,326 -> 1,331,
//   84.8% -> 84.7%);
//   a pronoun with a proper name in brackets right after it ("he (Funaro) had submitted") is
//   that name's;
// - no actors: a gathering, a law, a system or a market (meeting, conference, session, summit,
//   gathering, rally, ceremony, auction, law, system, market), which WordNet files under groups,
//   is no organisation that speaks ("..., it said" had gone to "special shareholders meeting";
//   GUM train 1,331 -> 1,335 resolved, 84.7% -> 84.6%; dev unchanged);
// - speakers: a personal pronoun that is the subject of the sentence's main verb of saying ("...,
//   they said.", "He added ...", or a report the parse hung as parataxis on the clause it reports:
//   "The plan, backed by Mayor Duarte, costs ..., he told reporters" is not the mayor's) goes on
//   with the last speaker of the kWindow sentences before (the subject of a verb of saying:
//   "industry sources told Reuters ...") when that one agrees and can speak (a plural that spoke
//   before can: "government sources said ...; ..., they said"; so can a publication, a report,
//   paper, study or survey: "the paper said ...; ..., it said", not "it showed a loss", a verb
//   of saying with an object; GUM dev and train unchanged),
//   before salience is
//   weighed (GUM train: 5 more resolved, precision 84.6% -> 84.7%; dev: 1 more, right); "he" and
//   "she" with the last such speaker that agrees, past one that does not ("Reagan said ...; The
//   commission said ...; He noted ...": GUM dev unchanged);
// - salience of each chain, summed over its mentions in the pronoun's sentence and the
//   kWindow sentences before it, halved per sentence back: a base for being mentioned, plus
//   subject > object > oblique, plus a head not embedded in another phrase;
// - decision: the most salient agreeing chain, unless the second one has at least kTie of its
//   salience (then nothing); for "he"/"she", a chain whose gender is unknown counts
//   kUnknownGender of its salience (a known gender that agrees is the better match), unless its
//   given name is one the lists give both genders ("Mark", "Leslie": kEitherGender, the full
//   salience; on GUM train 7 more pronouns resolved, 5 of them right, precision 84.8% -> 84.7%;
//   with 0.5 "Mark Rutte ... He stated" after "Friedrich Merz described" was a tie); "it" and
//   "they" need a best chain of more than kMinNonPerson (a subject or object of the pronoun's
//   own sentence, or one mentioned repeatedly just before) and a runner-up below kTieNonPerson.
//   These four numbers were chosen on GUM train (bench/coref_score.py), never on dev. A pronoun
//   subject of a verb of saying has the lower floor kMinNonPersonSpeaker (checked on GUM train:
//   16 more resolved, 13 right).

#include <cstddef>
#include <optional>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/dep_tree.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"

namespace kg::extract {

// A token of a document: its sentence (0-based, in the document) and its index in the
// sentence's tokens (0-based: a CoNLL-U id minus one).
struct TokenRef {
  std::size_t sentence = 0;
  std::size_t token = 0;
  friend auto operator<=>(const TokenRef&, const TokenRef&) = default;
};

// One third-person pronoun and what it was resolved to.
struct PronounLink {
  TokenRef pronoun;
  // The head token of the nearest earlier mention of the chosen chain (possibly an earlier
  // pronoun); nothing when the pronoun was left unresolved.
  std::optional<TokenRef> antecedent;
  // The head token of the chain's first mention that is no pronoun (what the graph names);
  // nothing when unresolved.
  std::optional<TokenRef> referent;
};

// Sentences searched back from the pronoun's own; the salience ratio of the runner-up to the
// best chain at which the resolver declines; the weights and floors of the decision above.
inline constexpr std::size_t kWindow = 3;
inline constexpr double kTie = 0.8;
inline constexpr double kUnknownGender = 0.5;
inline constexpr double kEitherGender = 1.0;
inline constexpr double kTieNonPerson = 0.5;
inline constexpr double kMinNonPerson = 200;
// The floor for "it"/"they" as the subject of a verb of saying ("It said sales fell"): only
// chains that can speak (people, organisations, groups) are candidates, so a subject or object
// of the sentence before (130, 115 after halving) is antecedent enough.
inline constexpr double kMinNonPersonSpeaker = 100;

// True for the third-person personal, possessive and reflexive pronouns the resolver handles
// (he him his himself she her hers herself it its itself they them their theirs themselves),
// case-insensitively.
[[nodiscard]] bool IsThirdPersonPronoun(std::string_view form);

// The author of a noun of announcing (announcement, statement, claim, assertion, pledge, promise,
// warning, forecast, denial, admission, assurance, prediction), named "by" it or as its owner:
// "the announcement by National City Corp that it would add a provision", "Iran's pledge that it
// would ...". Its content clause is the author's, and the clause's "it" is the author (sheet 1307
// judged it given to Moody's, the sentence's subject). `noun` a token of `tree`; nullopt for any
// other noun or when no author is named.
[[nodiscard]] std::optional<int> AnnouncementAuthor(const nlp::DepTree& tree, int noun);

// One PronounLink per third-person pronoun token (UPOS PRON or DET) of the document, in document
// order. `document` holds one article's (or one treebank document's) sentences with tags, heads
// and BIO entity tags (nlp::Analyzer, nlp::EntityRecognizer::MarkDocument). Deterministic; never
// throws. Sentences without tags (too long to parse) give no pronouns and no candidates.
[[nodiscard]] std::vector<PronounLink> ResolvePronouns(
    const std::vector<nlp::AnalyzedSentence>& document, nlp::Lexicon& lexicon,
    const nlp::Gazetteer& gazetteer);

}  // namespace kg::extract
