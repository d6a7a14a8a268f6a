// What the news graph keeps of the UD extractor's triples, and how sure it is of them: invented
// wire sentences, hand-parsed as the shipped parser parses such sentences (including its usual
// attachment errors).
#include "extract/graph_edges.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "extract/clauses/verbless_roots.h"
#include "extract/graph_confidence.h"
#include "tests/extract/ud_test_util.h"

namespace kg::extract {
namespace {

using testing::Listing;
using testing::Matching;
using testing::Sentence;

// The article of one sentence (its forms joined by spaces, as Sentence's offsets count them).
std::vector<EmittedTriple> Emit(const std::string& rows) {
  nlp::AnalyzedSentence s = Sentence(rows);
  model::Article article;
  article.source = "test";
  for (const nlp::Token& t : s.tokens) article.text += (article.text.empty() ? "" : " ") + t.form;
  article.text += "\n";
  s.start = 0;
  s.end = s.tokens.back().end;
  return EmitClauseTriples(article, {s});
}

// The kept triples' "subject -predicate-> object" lines.
std::vector<std::string> Kept(const std::vector<EmittedTriple>& emitted) {
  const std::vector<bool> keep = GraphEdges(emitted);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < emitted.size(); ++i)
    if (keep[i]) {
      const model::Triple& t = emitted[i].triple;
      out.push_back(t.subject.name + " -" + t.predicate + "-> " + t.object.name);
    }
  return out;
}

bool Has(const std::vector<std::string>& kept, const std::string& line) {
  return std::find(kept.begin(), kept.end(), line) != kept.end();
}

std::vector<model::Triple> Triples(const std::vector<EmittedTriple>& emitted) {
  std::vector<model::Triple> out;
  for (const EmittedTriple& e : emitted) out.push_back(e.triple);
  return out;
}

TEST(GraphEdges, TheVenueOfSpeechGoesAndTheClauseKeepsItsCore) {
  // "Halden Brewing said in a statement Torvik Malt bought the mill."
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
in in ADP IN 6 case
a a DET DT 6 det
statement statement NOUN NN 3 obl
Torvik Torvik PROPN NNP 9 nsubj B-ORGANIZATION
Malt Malt PROPN NNP 7 flat I-ORGANIZATION
bought buy VERB VBD 3 ccomp
the the DET DT 11 det
mill mill NOUN NN 9 obj
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  std::string all;
  for (const auto& k : kept) all += "\n  " + k;
  EXPECT_TRUE(Has(kept, "Torvik Malt -buy-> mill")) << Listing(Triples(emitted)) << all;
  // The fact carries its speaker; the speech edge names the clause by its core.
  for (const EmittedTriple& e : emitted) {
    if (e.triple.predicate == "buy") {
      EXPECT_EQ(e.triple.attributed_to, "Halden Brewing");
    }
  }
  EXPECT_TRUE(Has(kept, "Halden Brewing -say-> Torvik Malt bought the mill")) << all;
  EXPECT_FALSE(Has(kept, "Halden Brewing -say in-> statement")) << all;
}

TEST(GraphEdges, ANameParsedAsWhatWasSaidIsNoEdge) {
  // "Ola Berg said Kelso Mills wants a bid." with "Kelso Mills" the object of "said" and "wants"
  // hung elsewhere.
  const auto emitted = Emit(R"(Ola Ola PROPN NNP 3 nsubj B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
said say VERB VBD 0 root
Kelso Kelso PROPN NNP 5 compound B-ORGANIZATION
Mills Mills PROPN NNP 3 obj I-ORGANIZATION
wants want VERB VBZ 3 parataxis
a a DET DT 8 det
bid bid NOUN NN 6 obj
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  for (const std::string& line : kept)
    EXPECT_EQ(line.find("-say-> Kelso Mills"), std::string::npos) << Listing(Triples(emitted));
}

TEST(GraphEdges, NoPhraseOrObliqueReadThroughSayIsAnEdge) {
  // "Halden Brewing said the split of its Class A stock." with the noun the object of "said" and
  // its "of" phrase read through it, and "Ola Berg said with investors." with the oblique hung on
  // "said": "-say split of->" and "-say with->" had been edges.
  const auto split = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
the the DET DT 5 det
split split NOUN NN 3 obj
of of ADP IN 10 case
its its PRON PRP$ 10 nmod:poss
Class Class PROPN NNP 9 compound B-ORGANIZATION
A A PROPN NNP 10 compound I-ORGANIZATION
stock stock NOUN NN 5 nmod
. . PUNCT . 3 punct)");
  for (const std::string& line : Kept(split))
    EXPECT_EQ(line.find("-say "), std::string::npos) << Listing(Triples(split));
  const auto with = Emit(R"(Ola Ola PROPN NNP 3 nsubj B-PERSON
Berg Berg PROPN NNP 1 flat I-PERSON
said say VERB VBD 0 root
with with ADP IN 5 case
investors investor NOUN NNS 3 obl
. . PUNCT . 3 punct)");
  EXPECT_FALSE(Has(Kept(with), "Ola Berg -say with-> investors")) << Listing(Triples(with));
  // "warned of", "spoke about" stay (WhatSpeechIsAboutStays).
}

TEST(GraphEdges, NoOneSpeaksToAnAmount) {
  // "Rye sold at 310 to 320 dlrs, Halden Grain said." with the price hung on "said".
  const auto emitted = Emit(R"(Rye rye NOUN NN 2 nsubj
sold sell VERB VBD 11 ccomp
at at ADP IN 4 case
310 310 NUM CD 2 obl
to to ADP IN 7 case
320 320 NUM CD 7 nummod
dlrs dlr NOUN NNS 11 obl B-MONEY
, , PUNCT , 11 punct
Halden Halden PROPN NNP 10 compound B-ORGANIZATION
Grain Grain PROPN NNP 11 nsubj I-ORGANIZATION
said say VERB VBD 0 root
. . PUNCT . 11 punct)");
  const auto kept = Kept(emitted);
  std::string all;
  for (const auto& k : kept) all += "\n  " + k;
  bool value_edge = false;
  for (const EmittedTriple& e : emitted)
    value_edge = value_edge || (e.triple.predicate == "say to" && !e.triple.value.empty());
  ASSERT_TRUE(value_edge) << Listing(
      Triples(emitted));  // the rules do emit it: the filter drops it
  for (const auto& k : kept) EXPECT_EQ(k.find("-say to->"), std::string::npos) << all;
}

TEST(GraphEdges, AClauseWithoutAFactKeepsItsSpeechEdge) {
  // "Halden Brewing said prices rose." ("rose" has no object: no fact of its own)
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
prices price NOUN NNS 5 nsubj
rose rise VERB VBD 3 ccomp
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  EXPECT_TRUE(Has(kept, "Halden Brewing -say-> prices rose")) << Listing(Triples(emitted));
}

TEST(GraphEdges, AClauseFragmentWithoutSubjectIsNoNode) {
  // "Halden Brewing said is possible." as a broken parse leaves it: no subject under "said".
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
is be AUX VBZ 5 cop
possible possible ADJ JJ 3 ccomp
. . PUNCT . 3 punct)");
  for (const std::string& line : Kept(emitted))
    EXPECT_EQ(line.find("-say->"), std::string::npos) << line;
}

TEST(GraphEdges, WhatSpeechIsAboutStays) {
  // "Oskar Lind warned of a strike."
  const auto emitted = Emit(R"(Oskar Oskar PROPN NNP 3 nsubj B-PERSON
Lind Lind PROPN NNP 1 flat I-PERSON
warned warn VERB VBD 0 root
of of ADP IN 6 case
a a DET DT 6 det
strike strike NOUN NN 3 obl
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Has(Kept(emitted), "Oskar Lind -warn of-> strike")) << Listing(Triples(emitted));
}

TEST(GraphEdges, AShortClauseNodeIsTheWholeClauseNotAGarbledCore) {
  // "Halden Brewing said Torvik Malt must notify regulators of all licence conditions."
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
said say VERB VBD 0 root
Torvik Torvik PROPN NNP 7 nsubj B-ORGANIZATION
Malt Malt PROPN NNP 4 flat I-ORGANIZATION
must must AUX MD 7 aux
notify notify VERB VB 3 ccomp
regulators regulator NOUN NNS 7 obj
of of ADP IN 12 case
all all DET DT 12 det
licence licence NOUN NN 12 compound
conditions condition NOUN NNS 8 nmod
. . PUNCT . 3 punct)");
  bool found = false;
  for (const EmittedTriple& e : emitted) {
    if (e.triple.predicate != "say") continue;
    found = true;
    EXPECT_EQ(e.triple.object.name, "Torvik Malt must notify regulators of all licence conditions");
    EXPECT_EQ(e.clause.object.text, "Torvik Malt must notify regulators of all licence conditions");
  }
  EXPECT_TRUE(found) << Listing(Triples(emitted));
}

TEST(GraphEdges, ATrailingSpeakerSaidAllThatComesBefore) {
  // "The mill closed but the staff will stay, Ana Ruiz said." with the later conjunct hung on
  // "said", as parsers do.
  const auto emitted = Emit(R"(The the DET DT 2 det
mill mill NOUN NN 3 nsubj
closed close VERB VBD 0 root
but but CCONJ CC 8 cc
the the DET DT 6 det
staff staff NOUN NN 8 nsubj
will will AUX MD 8 aux
stay stay VERB VB 12 conj
, , PUNCT , 12 punct
Ana Ana PROPN NNP 12 nsubj B-PERSON
Ruiz Ruiz PROPN NNP 10 flat I-PERSON
said say VERB VBD 3 parataxis
. . PUNCT . 3 punct)");
  bool found = false;
  for (const EmittedTriple& e : emitted) {
    if (e.triple.predicate != "say") continue;
    found = true;
    EXPECT_EQ(e.triple.object.name, "The mill closed but the staff will stay");
  }
  EXPECT_TRUE(found) << Listing(Triples(emitted));
}

TEST(GraphEdges, WhyAClauseHappenedIsNoArgument) {
  // "major buyers have delayed liftings in the hope that prices will fall" gave "major buyers
  // -have delayed liftings in-> hope", judged junk.
  const auto emitted = Emit(R"(Buyers buyer NOUN NNS 3 nsubj
have have AUX VBP 3 aux
delayed delay VERB VBN 0 root
liftings lifting NOUN NNS 3 obj
in in ADP IN 7 case
the the DET DT 7 det
hope hope NOUN NN 3 obl
that that SCONJ IN 11 mark
prices price NOUN NNS 11 nsubj
will will AUX MD 11 aux
fall fall VERB VB 7 acl
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [](const std::string& k) {
    return k.ends_with("-> liftings");
  })) << ::testing::PrintToString(kept);
  for (const std::string& k : kept) EXPECT_EQ(k.find("hope"), std::string::npos) << k;
  // "increased its ownership to 5,970,141 shares at year end": the end of a year is when.
  const auto ended = Emit(R"(Orvik Orvik PROPN NNP 2 nsubj B-ORGANIZATION
raised raise VERB VBD 0 root
ownership ownership NOUN NN 2 obj
at at ADP IN 6 case
year year NOUN NN 6 compound
end end NOUN NN 2 obl
. . PUNCT . 2 punct)");
  for (const std::string& k : Kept(ended)) EXPECT_EQ(k.find("end"), std::string::npos) << k;
}

TEST(GraphEdges, ABareThingPersonOrNetIsNoThing) {
  // "the review covers things that need it", "1986 fl-yr net includes a gain": "things" and "net"
  // were nodes, judged junk.
  const auto net = Emit(R"(Net net NOUN NN 2 nsubj
includes include VERB VBZ 0 root
a a DET DT 4 det
gain gain NOUN NN 2 obj
. . PUNCT . 2 punct)");
  for (const std::string& k : Kept(net)) EXPECT_EQ(k.find("Net"), std::string::npos) << k;
  // "1986 net" says which.
  const auto year = Emit(R"(1986 1986 NUM CD 2 nummod
net net NOUN NN 3 nsubj
includes include VERB VBZ 0 root
a a DET DT 5 det
gain gain NOUN NN 3 obj
. . PUNCT . 3 punct)");
  bool kept = false;
  for (const std::string& k : Kept(year)) kept = kept || k.find("1986 net") != std::string::npos;
  EXPECT_TRUE(kept);
  // "killed one person": a count of people says which.
  const auto killed = Emit(R"(The the DET DT 2 det
quake quake NOUN NN 3 nsubj
killed kill VERB VBD 0 root
one one NUM CD 5 nummod
person person NOUN NN 3 obj
. . PUNCT . 3 punct)");
  bool person = false;
  for (const std::string& k : Kept(killed))
    person = person || k.find("one person") != std::string::npos;
  EXPECT_TRUE(person);
}

TEST(GraphEdges, ABareLevelIsNoThing) {
  // "declined to disclose the level": "level" was a node, judged junk.
  const auto level = Emit(R"(Officials official NOUN NNS 2 nsubj
declined decline VERB VBD 0 root
to to PART TO 4 mark
disclose disclose VERB VB 2 xcomp
the the DET DT 6 det
level level NOUN NN 4 obj
. . PUNCT . 2 punct)");
  for (const std::string& k : Kept(level)) EXPECT_EQ(k.find("level"), std::string::npos) << k;
  // With a word that says which it stays: "the level of 1985".
  const auto which = Emit(R"(Stocks stock NOUN NNS 2 nsubj
reached reach VERB VBD 0 root
the the DET DT 4 det
level level NOUN NN 2 obj
of of ADP IN 6 case
1985 1985 NUM CD 4 nmod
. . PUNCT . 2 punct)");
  const auto kept = Kept(which);
  EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [](const std::string& k) {
    return k.find("level") != std::string::npos;
  })) << ::testing::PrintToString(kept);
}

TEST(GraphEdges, AnIdiomsNounIsNoThing) {
  // "the economy picked up steam in February", "the Fed showed its face so soon": "steam" and
  // "face" were nodes, judged junk.
  const auto steam = Emit(R"(The the DET DT 2 det
economy economy NOUN NN 3 nsubj
picked pick VERB VBD 0 root
up up ADP RP 3 compound:prt
steam steam NOUN NN 3 obj
in in ADP IN 7 case
February February PROPN NNP 3 obl B-DATE
. . PUNCT . 3 punct)");
  for (const std::string& k : Kept(steam)) EXPECT_FALSE(k.ends_with("-> steam")) << k;
  const auto face = Emit(R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
showed show VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
face face NOUN NN 3 obj
. . PUNCT . 3 punct)");
  for (const std::string& k : Kept(face)) EXPECT_EQ(k.find("face"), std::string::npos) << k;
  // "Officials were at pains to deny the report": no state they were in.
  const auto pains = Emit(R"(Officials official NOUN NNS 4 nsubj
were be AUX VBD 4 cop
at at ADP IN 4 case
pains pain NOUN NNS 0 root
to to PART TO 6 mark
deny deny VERB VB 4 advcl
the the DET DT 8 det
report report NOUN NN 6 obj
. . PUNCT . 4 punct)");
  for (const std::string& k : Kept(pains)) EXPECT_EQ(k.find("pains"), std::string::npos) << k;
  // Another verb's face is a thing: "investors saw its face".
  const auto seen = Emit(R"(Investors investor NOUN NNS 2 nsubj
saw see VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
face face NOUN NN 2 obj
. . PUNCT . 2 punct)");
  const auto kept = Kept(seen);
  EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [](const std::string& k) {
    return k.ends_with("-> face");
  })) << ::testing::PrintToString(kept);
}

TEST(GraphEdges, FixedPhrasesAreNoArguments) {
  // "About 900 lots changed hands while the kiln was not in operation."
  const auto emitted = Emit(R"(About about ADV RB 2 advmod
900 900 NUM CD 3 nummod
lots lot NOUN NNS 4 nsubj
changed change VERB VBD 0 root
hands hand NOUN NNS 4 obj
while while SCONJ IN 12 mark
the the DET DT 8 det
kiln kiln NOUN NN 12 nsubj
was be AUX VBD 12 cop
not not PART RB 12 advmod
in in ADP IN 12 case
operation operation NOUN NN 4 advcl
. . PUNCT . 4 punct)");
  const std::vector<bool> edges = GraphEdges(emitted);
  int idioms = 0;
  for (std::size_t i = 0; i < emitted.size(); ++i) {
    const std::string& object = emitted[i].triple.object.name;
    if (object == "hands" || object == "operation") {
      ++idioms;
      EXPECT_FALSE(edges[i]) << object;
    }
  }
  EXPECT_EQ(idioms, 2) << Listing(Triples(emitted));
  // "The broker declined comment.", "Officials were not available for comment.", "The bank
  // gave no details." and "A pact could come into force.": the newsroom's phrases and an idiom
  // name nothing.
  const std::vector<std::pair<std::string, std::string>> phrases{
      {R"(The the DET DT 2 det
broker broker NOUN NN 3 nsubj
declined decline VERB VBD 0 root
comment comment NOUN NN 3 obj
. . PUNCT . 3 punct)",
       "comment"},
      {R"(Officials official NOUN NNS 4 nsubj
were be AUX VBD 4 cop
not not PART RB 4 advmod
available available ADJ JJ 0 root
for for ADP IN 6 case
comment comment NOUN NN 4 obl
. . PUNCT . 4 punct)",
       "comment"},
      {R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
gave give VERB VBD 0 root
no no DET DT 5 det
details detail NOUN NNS 3 obj
. . PUNCT . 3 punct)",
       "details"},
      {R"(A a DET DT 2 det
pact pact NOUN NN 4 nsubj
could could AUX MD 4 aux
come come VERB VB 0 root
into into ADP IN 6 case
force force NOUN NN 4 obl
. . PUNCT . 4 punct)",
       "force"},
      // "The fund pays out gains on an annual basis."
      {R"(The the DET DT 2 det
fund fund NOUN NN 3 nsubj
pays pay VERB VBZ 0 root
gains gain NOUN NNS 3 obj
on on ADP IN 8 case
an a DET DT 8 det
annual annual ADJ JJ 8 amod
basis basis NOUN NN 3 obl
. . PUNCT . 3 punct)",
       "annual basis"},
      // "The talks were still in progress."
      {R"(The the DET DT 2 det
talks talk NOUN NNS 6 nsubj
were be AUX VBD 6 cop
still still ADV RB 6 advmod
in in ADP IN 6 case
progress progress NOUN NN 0 root
. . PUNCT . 6 punct)",
       "progress"},
      // "Elections are on the horizon."
      {R"(Elections election NOUN NNS 5 nsubj
are be AUX VBP 5 cop
on on ADP IN 5 case
the the DET DT 5 det
horizon horizon NOUN NN 0 root
. . PUNCT . 5 punct)",
       "horizon"},
      // "The bank gave no more details." and "Exports played a prominent part.": a verb's idiom
      // whatever words qualify its noun.
      {R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
gave give VERB VBD 0 root
no no DET DT 6 det
more more ADJ JJR 6 amod
details detail NOUN NNS 3 obj
. . PUNCT . 3 punct)",
       "more details"},
      {R"(Exports export NOUN NNS 2 nsubj
played play VERB VBD 0 root
a a DET DT 5 det
prominent prominent ADJ JJ 5 amod
part part NOUN NN 2 obj
. . PUNCT . 2 punct)",
       "prominent part"}};
  for (const auto& [rows, noun] : phrases) {
    const auto phrase = Emit(rows);
    const std::vector<bool> phrase_edges = GraphEdges(phrase);
    int found = 0;
    for (std::size_t i = 0; i < phrase.size(); ++i)
      if (phrase[i].triple.object.name == noun) {
        ++found;
        EXPECT_FALSE(phrase_edges[i]) << phrase[i].triple.predicate;
      }
    EXPECT_EQ(found, 1) << Listing(Triples(phrase));
  }
}

TEST(GraphConfidence, NamedDoersAndQuotesRankAboveNegatedCopulasOfBareWords) {
  model::Triple named;
  named.subject = {"Halden Brewing", model::EntityType::kOrganization};
  named.object = {"Torvik", model::EntityType::kOrganization};
  named.predicate = named.relation = "buy";
  named.rule = "nsubj-obj";
  named.evidence.sentence = "Halden Brewing bought Torvik.";
  model::Triple quote = named;
  quote.rule = "speech";
  quote.predicate = quote.relation = "say";
  quote.object = {"the deal will close in May", model::EntityType::kOther};
  model::Triple bare = named;
  bare.subject = {"value", model::EntityType::kOther};
  bare.object = {"up", model::EntityType::kOther};
  bare.rule = "cop";
  bare.predicate = bare.relation = "be";
  bare.negated = true;
  bare.asserted = false;
  EXPECT_GT(GraphConfidence(quote), GraphConfidence(named));
  EXPECT_GT(GraphConfidence(named), GraphConfidence(bare));
  model::Triple long_sentence = named;
  long_sentence.evidence.sentence = std::string(40 * 5, 'x');
  for (std::size_t i = 0; i < 40; ++i) long_sentence.evidence.sentence[i * 5 + 4] = ' ';
  EXPECT_GT(GraphConfidence(named), GraphConfidence(long_sentence));
  for (const auto& t : {named, quote, bare, long_sentence}) {
    EXPECT_GE(GraphConfidence(t), 0.05);
    EXPECT_LE(GraphConfidence(t), 0.99);
  }
}

// Which phrases the news graph refuses as nodes or edges, and what it trims from a node's span.

std::string All(const std::vector<EmittedTriple>& emitted) {
  std::vector<model::Triple> triples;
  for (const EmittedTriple& e : emitted) triples.push_back(e.triple);
  std::string out = Listing(triples) + "\nkept:";
  for (const std::string& k : Kept(emitted)) out += "\n  " + k;
  return out;
}

bool AnyWith(const std::vector<std::string>& kept, const std::string& part) {
  return std::any_of(kept.begin(), kept.end(),
                     [&](const std::string& k) { return k.find(part) != std::string::npos; });
}

TEST(NodeShape, APronounOwnerIsTrimmedLikeADeterminer) {
  // "The growers shipped their barley."
  const auto owned = Emit(R"(The the DET DT 2 det
growers grower NOUN NNS 3 nsubj
shipped ship VERB VBD 0 root
their their PRON PRP$ 5 nmod:poss
barley barley NOUN NN 3 obj
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Has(Kept(owned), "growers -ship-> barley")) << All(owned);
  EXPECT_FALSE(AnyWith(Kept(owned), "their")) << All(owned);
}

TEST(NodeShape, APartOfSomethingAndAStretchOfTimeAreNoNodes) {
  // "Millers bought half of the crop."
  const auto part = Emit(R"(Millers miller NOUN NNS 2 nsubj
bought buy VERB VBD 0 root
half half NOUN NN 2 obj
of of ADP IN 6 case
the the DET DT 6 det
crop crop NOUN NN 3 nmod
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(part), "half")) << All(part);
  // "The refinery stood idle for several weeks."
  const auto weeks = Emit(R"(The the DET DT 2 det
refinery refinery NOUN NN 3 nsubj
stood stand VERB VBD 0 root
idle idle ADJ JJ 3 xcomp
for for ADP IN 7 case
several several ADJ JJ 7 amod
weeks week NOUN NNS 3 obl
. . PUNCT . 3 punct)");
  EXPECT_FALSE(AnyWith(Kept(weeks), "weeks")) << All(weeks);
}

TEST(NodeShape, SpeechKeepsNoCauseAndNoNounPieceOfWhatWasSaid) {
  // "Brokers said the index looked weak because of the strike." parsed with "index" as the
  // object of "said" and the cause on "said".
  const auto emitted = Emit(R"(Brokers broker NOUN NNS 2 nsubj
said say VERB VBD 0 root
the the DET DT 4 det
index index NOUN NN 2 obj
looked look VERB VBD 2 xcomp
weak weak ADJ JJ 5 xcomp
because because ADP IN 10 case
of of ADP IN 7 fixed
the the DET DT 10 det
strike strike NOUN NN 2 obl
. . PUNCT . 2 punct)");
  const auto kept = Kept(emitted);
  EXPECT_FALSE(Has(kept, "Brokers -say-> index")) << All(emitted);
  EXPECT_FALSE(AnyWith(kept, "-say because of->")) << All(emitted);
}

TEST(NodeShape, AnObliqueWithABorrowedSubjectIsNoEdgeButItsOwnIs) {
  // "Copper gained, climbing to a record." ("climbing" an adverbial borrowing "Copper")
  const auto borrowed = Emit(R"(Copper copper NOUN NN 2 nsubj
gained gain VERB VBD 0 root
, , PUNCT , 4 punct
climbing climb VERB VBG 2 advcl
to to ADP IN 7 case
a a DET DT 7 det
record record NOUN NN 4 obl
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(borrowed), "-climb to->")) << All(borrowed);
  // "Copper climbed to a record."
  const auto own = Emit(R"(Copper copper NOUN NN 2 nsubj
climbed climb VERB VBD 0 root
to to ADP IN 5 case
a a DET DT 5 det
record record NOUN NN 2 obl
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Has(Kept(own), "Copper -climb to-> record")) << All(own);
}

TEST(NodeShape, ADeadlineAfterByIsNoDoer) {
  // "The dam will be finished by mid-June."
  const auto emitted = Emit(R"(The the DET DT 2 det
dam dam NOUN NN 5 nsubj:pass
will will AUX MD 5 aux
be be AUX VB 5 aux:pass
finished finish VERB VBN 0 root
by by ADP IN 7 case
mid-June mid-june NOUN NN 5 obl:agent
. . PUNCT . 5 punct)");
  for (const EmittedTriple& e : emitted)
    EXPECT_NE(e.triple.subject.name, "mid-June") << All(emitted);
}

TEST(NodeShape, ADayWordHungOnANounDatesTheClauseNotTheThing) {
  // "Lawyers told the tribunal yesterday that the fee was fair."
  const auto emitted = Emit(R"(Lawyers lawyer NOUN NNS 2 nsubj
told tell VERB VBD 0 root
the the DET DT 4 det
tribunal tribunal NOUN NN 2 obj
yesterday yesterday NOUN NN 4 nmod:tmod
that that SCONJ IN 10 mark
the the DET DT 8 det
fee fee NOUN NN 10 nsubj
was be AUX VBD 10 cop
fair fair ADJ JJ 2 ccomp
. . PUNCT . 2 punct)");
  const auto kept = Kept(emitted);
  EXPECT_TRUE(Has(kept, "Lawyers -tell-> tribunal")) << All(emitted);
  EXPECT_FALSE(AnyWith(kept, "tribunal yesterday")) << All(emitted);
}

TEST(NodeShape, AStretchOfTimeNeverSpeaks) {
  // "Late last decade, the banks intervened, analysts said." parsed with "decade" as the subject
  // of the parenthetical "said".
  const auto emitted = Emit(R"(Late late ADV RB 3 advmod
last last ADJ JJ 3 amod
decade decade NOUN NN 11 nsubj
, , PUNCT , 3 punct
the the DET DT 6 det
banks bank NOUN NNS 7 nsubj
intervened intervene VERB VBD 0 root
, , PUNCT , 7 punct
analysts analyst NOUN NNS 11 obl
, , PUNCT , 11 punct
said say VERB VBD 7 parataxis
. . PUNCT . 7 punct)");
  for (const EmittedTriple& e : emitted) {
    EXPECT_EQ(e.triple.attributed_to.find("decade"), std::string::npos) << All(emitted);
    EXPECT_EQ(e.triple.subject.name.find("decade"), std::string::npos) << All(emitted);
  }
}

TEST(NodeShape, AFrontedObliqueSetsTheSceneAndIsNoArgument) {
  // "With lower revenue, the council will cut grants."
  const auto emitted = Emit(R"(With with ADP IN 3 case
lower low ADJ JJR 3 amod
revenue revenue NOUN NN 8 obl
, , PUNCT , 8 punct
the the DET DT 6 det
council council NOUN NN 8 nsubj
will will AUX MD 8 aux
cut cut VERB VB 0 root
grants grant NOUN NNS 8 obj
. . PUNCT . 8 punct)");
  const auto kept = Kept(emitted);
  EXPECT_TRUE(Has(kept, "council -cut-> grants")) << All(emitted);
  EXPECT_FALSE(AnyWith(kept, "revenue")) << All(emitted);
}

TEST(NodeShape, ANounPieceOfAReportedClauseIsNoClaim) {
  // "The bureau said normal rainfall in some areas." (the parse cut the clause to a noun)
  const auto emitted = Emit(R"(The the DET DT 2 det
bureau bureau NOUN NN 3 nsubj
said say VERB VBD 0 root
normal normal ADJ JJ 5 amod
rainfall rainfall NOUN NN 3 ccomp
in in ADP IN 8 case
some some DET DT 8 det
areas area NOUN NNS 5 nmod
. . PUNCT . 3 punct)");
  EXPECT_FALSE(AnyWith(Kept(emitted), "-say->")) << All(emitted);
}

TEST(NodeShape, ACircumstanceIsNoParticipantButATargetIs) {
  // "Output rose despite the strike."
  const auto despite = Emit(R"(Output output NOUN NN 2 nsubj
rose rise VERB VBD 0 root
despite despite ADP IN 5 case
the the DET DT 5 det
strike strike NOUN NN 2 obl
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(despite), "strike")) << All(despite);
  // "Output rose to a record."
  const auto to = Emit(R"(Output output NOUN NN 2 nsubj
rose rise VERB VBD 0 root
to to ADP IN 5 case
a a DET DT 5 det
record record NOUN NN 2 obl
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Has(Kept(to), "Output -rise to-> record")) << All(to);
}

TEST(NodeShape, AControlledClauseKeepsItsObjectButNoBorrowedOblique) {
  // "The firm tried to sell the unit at the end of the talks."
  const auto emitted = Emit(R"(The the DET DT 2 det
firm firm NOUN NN 3 nsubj
tried try VERB VBD 0 root
to to PART TO 5 mark
sell sell VERB VB 3 xcomp
the the DET DT 7 det
unit unit NOUN NN 5 obj
at at ADP IN 10 case
the the DET DT 10 det
end end NOUN NN 5 obl
of of ADP IN 13 case
the the DET DT 13 det
talks talk NOUN NNS 10 nmod
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  EXPECT_TRUE(Has(kept, "firm -sell-> unit")) << All(emitted);
  EXPECT_FALSE(AnyWith(kept, "end")) << All(emitted);
}

TEST(NodeShape, AnAdverbAfterANounAndAnUnreadUnitAreNoPartOfANode) {
  // "Dealers sold bonds recently." parsed with "recently" on "bonds".
  const auto adverb = Emit(R"(Dealers dealer NOUN NNS 2 nsubj
sold sell VERB VBD 0 root
bonds bond NOUN NNS 2 obj
recently recently ADV RB 3 advmod
. . PUNCT . 2 punct)");
  EXPECT_TRUE(Has(Kept(adverb), "Dealers -sell-> bonds")) << All(adverb);
  // "Dealers quoted mln dlrs." (the amount's number lost by the parse)
  const auto unit = Emit(R"(Dealers dealer NOUN NNS 2 nsubj
quoted quote VERB VBD 0 root
mln mln NOUN NN 4 compound
dlrs dlr NOUN NNS 2 obj
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(unit), "dlrs")) << All(unit);
}

TEST(NodeShape, APieceStartingWithAPrepositionIsNoNode) {
  // "Notes on Iran subjects said the talks failed." parsed with "Notes" left out of the subject
  // and "on Iran" hung before "subjects".
  const auto emitted = Emit(R"(Notes note NOUN NNS 5 dep
on on ADP IN 3 case
Iran Iran PROPN NNP 4 nmod B-COUNTRY
subjects subject NOUN NNS 5 nsubj
said say VERB VBD 0 root
the the DET DT 7 det
talks talk NOUN NNS 8 nsubj
failed fail VERB VBD 5 ccomp
. . PUNCT . 5 punct)");
  EXPECT_FALSE(AnyWith(Kept(emitted), "on Iran")) << All(emitted);
}

TEST(NodeShape, AFrontedParticipleIsNoClaimByItself) {
  // "Faced with a strike, the mill closed, analysts said." parsed with "Faced" as what was said:
  // the speaker ends the sentence, so what was said is all before it, never the fronted piece.
  const auto emitted = Emit(R"(Faced face VERB VBN 11 ccomp
with with ADP IN 4 case
a a DET DT 4 det
strike strike NOUN NN 1 obl
, , PUNCT , 1 punct
the the DET DT 7 det
mill mill NOUN NN 8 nsubj
closed close VERB VBD 1 conj
, , PUNCT , 11 punct
analysts analyst NOUN NNS 11 nsubj
said say VERB VBD 0 root
. . PUNCT . 11 punct)");
  const auto kept = Kept(emitted);
  EXPECT_FALSE(Has(kept, "analysts -say-> Faced with a strike")) << All(emitted);
  EXPECT_TRUE(Has(kept, "analysts -say-> Faced with a strike, the mill closed")) << All(emitted);
}

TEST(NodeShape, APurposeWithABorrowedDoerIsNoEdgeButItsGovernorsFactIs) {
  // "The union called on its members to take steps to protect their jobs." with "protect" hung
  // on "called": the union is not the one protecting the jobs.
  const auto emitted = Emit(R"(The the DET DT 2 det
union union NOUN NN 3 nsubj
called call VERB VBD 0 root
on on ADP IN 6 case
its its PRON PRP$ 6 nmod:poss
members member NOUN NNS 3 obl
to to PART TO 8 mark
take take VERB VB 3 xcomp
steps step NOUN NNS 8 obj
to to PART TO 11 mark
protect protect VERB VB 3 advcl
their their PRON PRP$ 13 nmod:poss
jobs job NOUN NNS 11 obj
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  EXPECT_TRUE(Has(kept, "union -call on-> members")) << All(emitted);
  EXPECT_FALSE(AnyWith(kept, "jobs")) << All(emitted);
}

TEST(NodeShape, ANameBehindAnObliquesNounIsNoEdgeButBehindAnObjectsItIs) {
  // "Halden entered its offer with backing from Torvik Bank and sought advice from Vesta."
  const auto emitted = Emit(R"(Halden Halden PROPN NNP 2 nsubj B-ORGANIZATION
entered enter VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
offer offer NOUN NN 2 obj
with with ADP IN 6 case
backing backing NOUN NN 2 obl
from from ADP IN 8 case
Torvik Torvik PROPN NNP 6 nmod B-ORGANIZATION
Bank Bank PROPN NNP 8 flat I-ORGANIZATION
and and CCONJ CC 11 cc
sought seek VERB VBD 2 conj
advice advice NOUN NN 11 obj
from from ADP IN 14 case
Vesta Vesta PROPN NNP 12 nmod B-ORGANIZATION
. . PUNCT . 2 punct)");
  const auto kept = Kept(emitted);
  EXPECT_TRUE(Has(kept, "Halden -seek advice from-> Vesta")) << All(emitted);
  EXPECT_FALSE(Has(kept, "Halden -enter with backing from-> Torvik Bank")) << All(emitted);
}

TEST(GraphEdges, AnEstimatesLevelIsAnEdgeThoughASpeechVerbsAmountIsNot) {
  // "The bank estimated the shortage at 90 mln stg."
  const auto emitted = Emit(R"(The the DET DT 2 det
bank bank NOUN NN 3 nsubj
estimated estimate VERB VBD 0 root
the the DET DT 5 det
shortage shortage NOUN NN 3 obj
at at ADP IN 9 case
90 90 NUM CD 9 nummod
mln mln NOUN NN 9 compound
stg stg NOUN NN 3 obl
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Has(Kept(emitted), "bank -estimate shortage at-> 90 mln stg")) << All(emitted);
}

TEST(GraphEdges, AQuestionIsNoEdge) {
  // "Inspectors examined whether Torvik Malt sold the mill.": nothing says it did.
  const auto emitted = Emit(R"(Inspectors inspector NOUN NNS 2 nsubj
examined examine VERB VBD 0 root
whether whether SCONJ IN 6 mark
Torvik Torvik PROPN NNP 5 compound B-ORGANIZATION
Malt Malt PROPN NNP 6 nsubj I-ORGANIZATION
sold sell VERB VBD 2 ccomp
the the DET DT 8 det
mill mill NOUN NN 6 obj
. . PUNCT . 2 punct)");
  ASSERT_FALSE(Matching(Triples(emitted), "Torvik Malt", "sell", "mill").empty())
      << Listing(Triples(emitted));
  EXPECT_FALSE(Has(Kept(emitted), "Torvik Malt -sell-> mill"));
}

TEST(GraphEdges, AParticipleOfExceptionOrTimeIsNoRelation) {
  // "Excluding charges, Torvik Malt's costs rose." gave "costs -excluding-> charges".
  const auto emitted = Emit(R"(Excluding exclude VERB VBG 8 advcl
charges charge NOUN NNS 1 obj
, , PUNCT , 1 punct
Torvik Torvik PROPN NNP 5 compound B-ORGANIZATION
Malt Malt PROPN NNP 7 nmod:poss I-ORGANIZATION
's 's PART POS 5 case
costs cost NOUN NNS 8 nsubj
rose rise VERB VBD 0 root
. . PUNCT . 8 punct)");
  ASSERT_FALSE(Matching(Triples(emitted), "", "exclude", "charges").empty())
      << Listing(Triples(emitted));
  for (const std::string& line : Kept(emitted))
    EXPECT_EQ(line.find("-exclude->"), std::string::npos) << line;
  // "Velora deferred the split in shares pending a tax ruling." gave "shares -pending-> ruling".
  const auto pending = Emit(R"(Velora Velora PROPN NNP 2 nsubj B-ORGANIZATION
deferred defer VERB VBD 0 root
the the DET DT 4 det
split split NOUN NN 2 obj
in in ADP IN 6 case
shares share NOUN NNS 4 nmod
pending pend VERB VBG 6 acl
a a DET DT 10 det
tax tax NOUN NN 10 compound
ruling ruling NOUN NN 7 obj
. . PUNCT . 2 punct)");
  ASSERT_FALSE(Matching(Triples(pending), "shares", "pend", "ruling").empty())
      << Listing(Triples(pending));
  for (const std::string& line : Kept(pending))
    EXPECT_EQ(line.find("-pend"), std::string::npos) << line;
}

TEST(GraphEdges, WhenPhrasesAndIdiomsOfFavourAreNoArguments) {
  // "The bank has in the past cut rates.", "Rates will fall in the near future." and "The plan
  // found little favour.": when, and an idiom, name nothing a reader wants as a node ("past",
  // "near future" and "little favour" had been nodes).
  const auto past = Kept(Emit(R"(The the DET DT 2 det
bank bank NOUN NN 7 nsubj
has have AUX VBZ 7 aux
in in ADP IN 6 case
the the DET DT 6 det
past past NOUN NN 7 obl
cut cut VERB VBN 0 root
rates rate NOUN NNS 7 obj
. . PUNCT . 7 punct)"));
  EXPECT_TRUE(Has(past, "bank -cut-> rates")) << ::testing::PrintToString(past);
  EXPECT_FALSE(Has(past, "bank -cut in-> past")) << ::testing::PrintToString(past);
  const auto future = Kept(Emit(R"(Rates rate NOUN NNS 3 nsubj
will will AUX MD 3 aux
fall fall VERB VB 0 root
in in ADP IN 7 case
the the DET DT 7 det
near near ADJ JJ 7 amod
future future NOUN NN 3 obl
. . PUNCT . 3 punct)"));
  EXPECT_TRUE(future.empty()) << ::testing::PrintToString(future);
  const auto favour = Kept(Emit(R"(The the DET DT 2 det
plan plan NOUN NN 3 nsubj
found find VERB VBD 0 root
little little ADJ JJ 5 amod
favour favour NOUN NN 3 obj
. . PUNCT . 3 punct)"));
  EXPECT_TRUE(favour.empty()) << ::testing::PrintToString(favour);
}

TEST(GraphEdges, AParticipleUsedAsAPrepositionMarksACircumstance) {
  // "Rain is boosting the crop following a dry spell." with "following" tagged VBG: its lemma
  // "follow" had made the marker, which no word of circumstance matched ("boost crop follow ->
  // dry spell" was an edge) and which read as a verb in the relation.
  const auto emitted = Emit(R"(Rain rain NOUN NN 3 nsubj
is be AUX VBZ 3 aux
boosting boost VERB VBG 0 root
the the DET DT 5 det
crop crop NOUN NN 3 obj
following follow VERB VBG 9 case
a a DET DT 9 det
dry dry ADJ JJ 9 amod
spell spell NOUN NN 3 obl
. . PUNCT . 3 punct)");
  const auto kept = Kept(emitted);
  std::string all;
  for (const auto& k : kept) all += "\n  " + k;
  EXPECT_TRUE(Has(kept, "Rain -boost-> crop")) << all;
  EXPECT_FALSE(Has(kept, "Rain -boost following-> dry spell")) << all;
  EXPECT_FALSE(Has(kept, "Rain -boost follow-> dry spell")) << all;
  for (const EmittedTriple& e : emitted)
    EXPECT_FALSE(e.triple.relation.ends_with(" follow")) << Listing(Triples(emitted));
}

TEST(GraphEdges, InASenseBurnedFingersAndNoCommentAreIdioms) {
  // "The rate is in a sense the key one." and "Operators got their fingers burned." had given
  // "rate -is in-> sense" and "operators -got-> fingers", judged nonsense.
  const auto sense = Emit(R"(The the DET DT 2 det
rate rate NOUN NN 9 nsubj
is be AUX VBZ 9 cop
in in ADP IN 6 case
a a DET DT 6 det
sense sense NOUN NN 9 obl
the the DET DT 9 det
key key ADJ JJ 9 amod
one one NOUN NN 0 root
. . PUNCT . 9 punct)");
  EXPECT_FALSE(AnyWith(Kept(sense), "-> sense")) << Listing(Triples(sense));
  const auto fingers = Emit(R"(Operators operator NOUN NNS 2 nsubj
got get VERB VBD 0 root
their their PRON PRP$ 4 nmod:poss
fingers finger NOUN NNS 2 obj
burned burn VERB VBN 2 xcomp
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(fingers), "-> fingers")) << Listing(Triples(fingers));
  // "Halden Brewing had no comment." and "will rule at a later date".
  const auto comment = Emit(R"(Halden Halden PROPN NNP 3 nsubj B-ORGANIZATION
Brewing Brewing PROPN NNP 1 flat I-ORGANIZATION
had have VERB VBD 0 root
no no DET DT 5 det
comment comment NOUN NN 3 obj
. . PUNCT . 3 punct)");
  EXPECT_FALSE(AnyWith(Kept(comment), "-> comment")) << Listing(Triples(comment));
  const auto date = Emit(R"(Judge judge NOUN NN 3 nsubj
will will AUX MD 3 aux
rule rule VERB VB 0 root
at at ADP IN 7 case
a a DET DT 7 det
later late ADJ JJR 7 amod
date date NOUN NN 3 obl
. . PUNCT . 3 punct)");
  EXPECT_FALSE(AnyWith(Kept(date), "-> later date")) << Listing(Triples(date));
}

TEST(GraphEdges, AWayOrAPaceWhateverItsWordsIsNoArgument) {
  // "covered in the official press, usually in a positive way", "repairs continue at a stepped
  // up pace", "rose on a seasonally adjusted basis": the nodes "positive way" and "stepped up
  // pace" were judged junk.
  const auto pace = Emit(R"(Demand demand NOUN NN 2 nsubj
grew grow VERB VBD 0 root
at at ADP IN 7 case
a a DET DT 7 det
stepped step VERB VBN 7 amod
up up ADP RP 5 compound:prt
pace pace NOUN NN 2 obl
in in ADP IN 11 case
a a DET DT 11 det
positive positive ADJ JJ 11 amod
way way NOUN NN 2 obl
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(pace), "pace")) << Listing(Triples(pace));
  EXPECT_FALSE(AnyWith(Kept(pace), "way")) << Listing(Triples(pace));
  // "for the same reason", "non-callable for life".
  const auto reason = Emit(R"(Exporters exporter NOUN NNS 2 nsubj
sold sell VERB VBD 0 root
sugar sugar NOUN NN 2 obj
for for ADP IN 7 case
the the DET DT 7 det
same same ADJ JJ 7 amod
reason reason NOUN NN 2 obl
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(reason), "reason")) << Listing(Triples(reason));
  // "the two nations will remain at odds".
  const auto odds = Emit(R"(Nations nation NOUN NNS 2 nsubj
remained remain VERB VBD 0 root
at at ADP IN 4 case
odds odds NOUN NNS 2 obl
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(odds), "odds")) << Listing(Triples(odds));
  EXPECT_TRUE(AnyWith(Kept(reason), "-> sugar")) << Listing(Triples(reason));
  // A way that is the object stays: "found a new way".
  const auto found = Emit(R"(Banks bank NOUN NNS 2 nsubj
found find VERB VBD 0 root
a a DET DT 5 det
new new ADJ JJ 5 amod
way way NOUN NN 2 obj
. . PUNCT . 2 punct)");
  EXPECT_TRUE(AnyWith(Kept(found), "-> new way")) << Listing(Triples(found));
}

TEST(GraphEdges, ABoundedCountOfSharesIsAnObject) {
  // "will buy up to 10 mln of its common shares": the object node opens with "up" and is headed
  // by "mln"; both had read as a fragment, so the edge was dropped.
  const auto bought = Emit(R"(Acme Acme PROPN NNP 3 nsubj B-ORGANIZATION
will will AUX MD 3 aux
buy buy VERB VB 0 root
up up ADP RP 6 advmod
to to ADP IN 4 fixed
10 10 NUM CD 7 nummod
mln mln NOUN NN 3 obj
of of ADP IN 11 case
its its PRON PRP$ 11 nmod:poss
common common ADJ JJ 11 amod
shares share NOUN NNS 7 nmod
. . PUNCT . 3 punct)");
  EXPECT_TRUE(Has(Kept(bought), "Acme -buy-> up to 10 mln of its common shares"))
      << Listing(Triples(bought));
  // A unit alone still names nothing: "paid 3,100 stg" read without its number.
  const auto bare = Emit(R"(Acme Acme PROPN NNP 2 nsubj B-ORGANIZATION
sold sell VERB VBD 0 root
mln mln NOUN NN 2 obj
of of ADP IN 5 case
shares share NOUN NNS 3 nmod
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(bare), "-> mln")) << Listing(Triples(bare));
}

TEST(GraphEdges, HowWhateverTheAdjectiveIsNoArgument) {
  // "failed to resolve unmatched trades in a timely manner", "prices are lower in many cases",
  // "came off highs to a near halt" had given the nodes "timely manner", "many cases" and "near
  // halt", judged junk.
  const auto manner = Emit(R"(Dealers dealer NOUN NNS 2 nsubj
settled settle VERB VBD 0 root
trades trade NOUN NNS 2 obj
in in ADP IN 7 case
a a DET DT 7 det
timely timely ADJ JJ 7 amod
manner manner NOUN NN 2 obl
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(manner), "-> timely manner")) << Listing(Triples(manner));
  EXPECT_TRUE(AnyWith(Kept(manner), "-> trades")) << Listing(Triples(manner));
  const auto halt = Emit(R"(Trading trading NOUN NN 2 nsubj
came come VERB VBD 0 root
to to ADP IN 6 case
a a DET DT 6 det
near near ADJ JJ 6 amod
halt halt NOUN NN 2 obl
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(halt), "-> near halt")) << Listing(Triples(halt));
  // "Aegon may, at its option, redeem the bonds", "the study is nearing completion".
  const auto option = Emit(R"(Orvik Orvik PROPN NNP 6 nsubj B-ORGANIZATION
may may AUX MD 6 aux
at at ADP IN 5 case
its its PRON PRP$ 5 nmod:poss
option option NOUN NN 6 obl
redeem redeem VERB VB 0 root
bonds bond NOUN NNS 6 obj
. . PUNCT . 6 punct)");
  EXPECT_FALSE(AnyWith(Kept(option), "-> option")) << Listing(Triples(option));
  const auto completion = Emit(R"(The the DET DT 2 det
study study NOUN NN 4 nsubj
is be AUX VBZ 4 aux
nearing near VERB VBG 0 root
completion completion NOUN NN 4 obj
. . PUNCT . 4 punct)");
  EXPECT_FALSE(AnyWith(Kept(completion), "-> completion")) << Listing(Triples(completion));
  // The noun with a modifier of its own names a thing: "came to the terms of Orvik" stays.
  const auto named = Emit(R"(Trading trading NOUN NN 2 nsubj
came come VERB VBD 0 root
to to ADP IN 5 case
the the DET DT 5 det
terms term NOUN NNS 2 obl
of of ADP IN 7 case
Orvik Orvik PROPN NNP 5 nmod B-ORGANIZATION
. . PUNCT . 2 punct)");
  EXPECT_TRUE(AnyWith(Kept(named), "-> terms of Orvik")) << Listing(Triples(named));
}

TEST(GraphEdges, ForItsPartInEarnestAndInMindAreNoArguments) {
  // "Egypt, for its part, has been holding talks with the IMF" had given "Egypt -talk for->
  // part" (and "has made a claim for" the like); "would start work in earnest", "agreed in
  // principal" (the wire's spelling) the same.
  const auto part = Emit(R"(Chile Chile PROPN NNP 7 nsubj B-COUNTRY
, , PUNCT , 5 punct
for for ADP IN 5 case
its its PRON PRP$ 5 nmod:poss
part part NOUN NN 7 obl
, , PUNCT , 5 punct
signed sign VERB VBD 0 root
accords accord NOUN NNS 7 obj
. . PUNCT . 7 punct)");
  EXPECT_FALSE(AnyWith(Kept(part), "-> part")) << Listing(Triples(part));
  EXPECT_TRUE(AnyWith(Kept(part), "-> accords")) << Listing(Triples(part));
  const auto earnest = Emit(R"(The the DET DT 2 det
panel panel NOUN NN 3 nsubj
began begin VERB VBD 0 root
work work NOUN NN 3 obj
in in ADP IN 6 case
earnest earnest NOUN NN 3 obl
. . PUNCT . 3 punct)");
  EXPECT_FALSE(AnyWith(Kept(earnest), "-> earnest")) << Listing(Triples(earnest));
  // "She clearly had Japan in mind": what she had in mind is the object, no place "mind".
  const auto mind = Emit(R"(She she PRON PRP 2 nsubj
had have VERB VBD 0 root
Japan Japan PROPN NNP 2 obj B-COUNTRY
in in ADP IN 5 case
mind mind NOUN NN 2 obl
. . PUNCT . 2 punct)");
  EXPECT_FALSE(AnyWith(Kept(mind), "-> mind")) << Listing(Triples(mind));
}

TEST(GraphEdges, AConditionIsNoEdgeButTheClauseItConditionsKeepsIt) {
  // "Malaysia can continue to benefit even if it is not a member of the pact" had given
  // "Malaysia -if is not-> member of the pact", read as nonsense.
  const auto emitted = Emit(R"(Orvik Orvik PROPN NNP 3 nsubj B-ORGANIZATION
will will AUX MD 3 aux
sell sell VERB VB 0 root
the the DET DT 5 det
unit unit NOUN NN 3 obj
if if SCONJ IN 8 mark
Tallin Tallin PROPN NNP 8 nsubj B-ORGANIZATION
raises raise VERB VBZ 3 advcl
its its PRON PRP$ 10 nmod:poss
bid bid NOUN NN 8 obj
. . PUNCT . 3 punct)");
  EXPECT_FALSE(AnyWith(Kept(emitted), "-> bid")) << Listing(Triples(emitted));
  EXPECT_TRUE(AnyWith(Kept(emitted), "-> unit")) << Listing(Triples(emitted));
}

TEST(GraphEdges, APurposeFramedAsABidOrAMoveIsNoPlaceOfTheClause) {
  // "Philippine officials have been meeting in a bid to reschedule debt": "officials -meet in->
  // bid" named nothing; the meeting stays, and so does a place after "in".
  const auto emitted = Emit(R"(Officials official NOUN NNS 2 nsubj
met meet VERB VBD 0 root
bankers banker NOUN NNS 2 obj
in in ADP IN 6 case
a a DET DT 6 det
bid bid NOUN NN 2 obl
to to PART TO 8 mark
reschedule reschedule VERB VB 6 acl
debt debt NOUN NN 8 obj
in in ADP IN 11 case
Halden Halden PROPN NNP 2 obl B-CITY
. . PUNCT . 2 punct)");
  const auto kept = Kept(emitted);
  std::string all;
  for (const auto& k : kept) all += "\n  " + k;
  EXPECT_TRUE(Has(kept, "Officials -meet-> bankers")) << all;
  EXPECT_TRUE(Has(kept, "Officials -meet in-> Halden")) << all;
  EXPECT_EQ(kept.size(), 2U) << Listing(Triples(emitted)) << all;
}

TEST(GraphEdges, ASentencesVerbReadAsAParticipleOfItsSubjectIsItsVerb) {
  // "The OECD called for efforts to liberalize farm markets." parsed with "OECD" the root and
  // "called" a reduced relative on it: the edge borrowed its subject from the noun and was
  // dropped as a guess; the repair (clauses/verbless_roots.h) gives the sentence its verb.
  const std::string rows = R"(The the DET DT 2 det
council council NOUN NN 0 root
called call VERB VBN 2 acl
for for ADP IN 6 case
a a DET DT 6 det
cut cut NOUN NN 3 obl
in in ADP IN 9 case
the the DET DT 9 det
rate rate NOUN NN 6 nmod
. . PUNCT . 2 punct)";
  EXPECT_FALSE(Has(Kept(Emit(rows)), "council -call for-> cut in the rate"));
  std::vector<nlp::AnalyzedSentence> sentences{Sentence(rows)};
  RepairVerblessRoots(sentences);
  std::string parsed;
  for (const nlp::Token& t : sentences[0].tokens)
    parsed += t.form + " " + t.lemma + " " + t.upos + " " + t.xpos + " " + std::to_string(t.head) +
              " " + t.deprel + "\n";
  const auto kept = Kept(Emit(parsed));
  std::string all;
  for (const auto& k : kept) all += "\n  " + k;
  EXPECT_TRUE(Has(kept, "council -call for-> cut in the rate")) << all;
  // A participle set off by commas stays the noun's: "The offer, made on March 10, ..."
  std::vector<nlp::AnalyzedSentence> offer{Sentence(R"(The the DET DT 2 det
offer offer NOUN NN 0 root
, , PUNCT , 4 punct
made make VERB VBN 2 acl
on on ADP IN 6 case
Monday Monday PROPN NNP 4 obl
. . PUNCT . 2 punct)")};
  RepairVerblessRoots(offer);
  EXPECT_EQ(offer[0].tokens[3].deprel, "acl");
}

}  // namespace
}  // namespace kg::extract
