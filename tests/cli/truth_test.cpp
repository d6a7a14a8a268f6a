// Answers and exports that tell the whole truth: negation and modality in every answer and
// format, facts counted across articles, disputes flagged, ids that do not depend on ingest order.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/cli_fixture.h"

namespace kg::cli_test {
namespace {

class TruthTest : public CliTest {
 protected:
  // Writes an article file in the test folder and returns its path.
  std::string Article(const std::string& name, const std::string& text) const {
    const fs::path path = dir_ / name;
    std::ofstream(path) << text << "\n";
    return path.string();
  }
  // Runs a Python script with the interpreter given, 0 when it passed.
  int Python(const std::string& python, const std::string& script, const std::string& args) const {
    const std::string file = (dir_ / "check.py").string();
    std::ofstream(file) << script;
    return std::system((python + " " + file + " " + args).c_str());
  }
  static bool Has(const std::string& python, const std::string& module) {
    return std::system((python + " -c 'import " + module + "' > /dev/null 2>&1").c_str()) == 0;
  }
  static std::size_t Count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  }
};

TEST_F(TruthTest, NegatedFunderIsShownNegatedAndLeftOutOnRequest) {
  ASSERT_EQ(Kg("ingest " + Article("a.txt", "Germany did not fund the pipeline.")).code, 0);
  const Outcome all = Kg("query '(c:COUNTRY)-[:fund]->(x) RETURN c, x' --json");
  ASSERT_EQ(all.code, 0) << all.err;
  EXPECT_NE(all.out.find("\"c\":{\"name\":\"Germany\",\"type\":\"COUNTRY\"}"), std::string::npos)
      << all.out;
  EXPECT_NE(all.out.find("\"negated\":true"), std::string::npos) << all.out;
  const Outcome table = Kg("query '(c:COUNTRY)-[:fund]->(x) RETURN c, x'");
  EXPECT_NE(table.out.find("true"), std::string::npos) << table.out;
  const Outcome evidence = Kg("query '(c:COUNTRY)-[:fund]->(x) RETURN c, x' --evidence");
  EXPECT_NE(evidence.out.find("Germany -not fund->"), std::string::npos) << evidence.out;
  const Outcome where =
      Kg("query '(c:COUNTRY)-[r:fund]->(x) WHERE r.negated = false RETURN c, x' --json");
  ASSERT_EQ(where.code, 0) << where.err;
  EXPECT_NE(where.out.find("\"count\":0"), std::string::npos) << where.out;
  const Outcome negated =
      Kg("query '(c:COUNTRY)-[r:fund]->(x) WHERE r.negated = true RETURN c, x' --json");
  EXPECT_NE(negated.out.find("\"count\":1"), std::string::npos) << negated.out;
  const Outcome asserted =
      Kg("query '(c:COUNTRY)-[:fund]->(x) RETURN c, x' --asserted-only --json");
  EXPECT_NE(asserted.out.find("\"count\":0"), std::string::npos) << asserted.out;
  EXPECT_EQ(Kg("neighbors Germany --asserted-only --json").out.find("pipeline"), std::string::npos);
  EXPECT_NE(Kg("neighbors Germany --json").out.find("\"negated\":true"), std::string::npos);
  EXPECT_EQ(Kg("export --format csv --asserted-only").out.find("fund"), std::string::npos);
  const Outcome path = Kg("path Germany pipeline --json");
  ASSERT_EQ(path.code, 0) << path.err;
  EXPECT_NE(path.out.find("\"negated\":true"), std::string::npos) << path.out;
  EXPECT_NE(Kg("path Germany pipeline --asserted-only --json").out.find("\"found\":false"),
            std::string::npos);
}

// What the UD extractor stores about a reported fact (who said it, that the article only reports
// it, when) reaches queries, --asserted-only and the exports.
TEST_F(TruthTest, AReportedFactIsCreditedAndLeftOutOfAssertedAnswers) {
  const std::string file =
      Article("r.txt", "Officials said that Germany funded the pipeline in 2019.");
  ASSERT_EQ(Kg("ingest --parser ud " + file).code, 0);
  const Outcome all = Kg("query '(c:COUNTRY)-[r:fund]->(x) RETURN c, r, x' --json");
  ASSERT_EQ(all.code, 0) << all.err;
  EXPECT_NE(all.out.find("\"attributed_to\":\"Officials\""), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("\"asserted\":false"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("\"time\":\"2019\""), std::string::npos) << all.out;
  const Outcome by_speaker =
      Kg("query '(c)-[r:fund]->(x:OTHER) WHERE r.attributed_to = \"Officials\" RETURN c, x' "
         "--json");
  EXPECT_NE(by_speaker.out.find("\"count\":1"), std::string::npos) << by_speaker.out;
  const Outcome other_speaker =
      Kg("query '(c)-[r:fund]->(x:OTHER) WHERE r.attributed_to = \"Nobody\" RETURN c, x' --json");
  EXPECT_NE(other_speaker.out.find("\"count\":0"), std::string::npos) << other_speaker.out;
  const Outcome asserted =
      Kg("query '(c:COUNTRY)-[:fund]->(x) RETURN c, x' --asserted-only --json");
  EXPECT_NE(asserted.out.find("\"count\":0"), std::string::npos) << asserted.out;
  EXPECT_EQ(Kg("neighbors Germany --asserted-only --json").out.find("pipeline"), std::string::npos);
  EXPECT_NE(Kg("neighbors Germany --json").out.find("pipeline"), std::string::npos);
  EXPECT_EQ(Kg("export --format csv --asserted-only").out.find("fund"), std::string::npos);
  const Outcome json = Kg("export --format json");
  EXPECT_NE(json.out.find("\"attributed_to\": \"Officials\""), std::string::npos) << json.out;
  EXPECT_NE(Kg("export --format graphml").out.find("Officials</data>"), std::string::npos);
}

TEST_F(TruthTest, ListCommandsWriteTablesCsvTsvAndJson) {
  ASSERT_EQ(Kg("ingest " + Samples()).code, 0);
  const Outcome csv = Kg("triples --format csv");
  ASSERT_EQ(csv.code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("subject_name,subject_type,predicate,relation,object_name,object_type,"
                          "negated,modality,attributed_to,asserted,reported,time,value,confidence,"
                          "extractor,evidence_article,"
                          "evidence_sentence,evidence_start,evidence_end\n",
                          0),
            0U)
      << csv.out;
  EXPECT_EQ(Kg("entities --format tsv").out.rfind("name\ttype\tmentions\tdegree\taliases\n", 0),
            0U);
  EXPECT_EQ(Kg("rank --format csv").out.rfind("rank,name,type,pagerank\n", 0), 0U);
  EXPECT_EQ(Kg("components --format csv").out.rfind("component,size,hub\n", 0), 0U);
  EXPECT_EQ(Kg("neighbors Vos --format csv").out.rfind("hops,name,type\n", 0), 0U);
  EXPECT_EQ(Kg("path Vos \"Northwind Bank\" --format tsv").out.rfind("path\thop\tsubject", 0), 0U);
  EXPECT_EQ(Kg("query '(a)-[r]->(b) RETURN a, r, b' --format csv")
                .out.rfind("a,r,b,negated,modality,attributed_to\n", 0),
            0U);
  for (const char* command : {"triples", "entities", "rank", "components", "neighbors Vos",
                              "path Vos \"Northwind Bank\"", "query '(a)-->(b) RETURN a, b'"}) {
    const Outcome json = Kg(std::string(command) + " --format json");
    EXPECT_EQ(json.code, 0) << command << ": " << json.err;
    EXPECT_EQ(json.out, Kg(std::string(command) + " --json").out) << command;
    EXPECT_EQ(json.out.rfind("{", 0), 0U) << command;
  }
}

TEST_F(TruthTest, OneFactFromTwoArticlesIsShownOnceWithBothSources) {
  ASSERT_EQ(Kg("ingest " + Article("a.txt", "Denmark funded the missiles.") + " " +
               Article("b.txt", "In March, Denmark funded the missiles."))
                .code,
            0);
  const Outcome grouped = Kg("triples --predicate fund --group --json");
  ASSERT_EQ(grouped.code, 0) << grouped.err;
  EXPECT_NE(grouped.out.find("\"count\":1,"), std::string::npos) << grouped.out;
  EXPECT_NE(grouped.out.find("\"articles\":2,\"disputed\":false,\"status\":\"corroborated\""),
            std::string::npos)
      << grouped.out;
  EXPECT_NE(grouped.out.find("\"sentence\":\"Denmark funded the missiles.\""), std::string::npos);
  EXPECT_NE(grouped.out.find("\"sentence\":\"In March, Denmark funded the missiles.\""),
            std::string::npos);
  const Outcome table = Kg("query '(c:COUNTRY)-[:fund]->(x) RETURN c, x' --group");
  EXPECT_NE(table.out.find("corroborated"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("1 fact\n"), std::string::npos) << table.out;
}

TEST_F(TruthTest, FactAssertedInOneArticleAndNegatedInAnotherIsDisputed) {
  ASSERT_EQ(Kg("ingest " + Article("a.txt", "Germany funded the pipeline.") + " " +
               Article("b.txt", "Germany did not fund the pipeline."))
                .code,
            0);
  const Outcome grouped = Kg("triples --subject Germany --group --json");
  ASSERT_EQ(grouped.code, 0) << grouped.err;
  EXPECT_EQ(Count(grouped.out, "\"disputed\":true"), 2U) << grouped.out;
  const Outcome query = Kg("query '(c:COUNTRY)-[:fund]->(x) RETURN c, x' --group");
  EXPECT_EQ(Count(query.out, "disputed"), 2U) << query.out;
  EXPECT_NE(query.out.find("not fund"), std::string::npos) << query.out;
  // One article that says both is not a dispute between articles.
  const std::string one_db = db_;
  db_ = (dir_ / "one.db").string();
  ASSERT_EQ(Kg("ingest " + Article("c.txt",
                                   "Germany funded the pipeline. Germany did not fund the "
                                   "pipeline."))
                .code,
            0);
  EXPECT_EQ(Count(Kg("triples --subject Germany --group --json").out, "\"disputed\":true"), 0U);
  db_ = one_db;
}

TEST_F(TruthTest, NTriplesNeverStateANegatedFactAsTrue) {
  ASSERT_EQ(Kg("ingest " + Article("a.txt", "Germany did not fund the pipeline.") + " " +
               Article("b.txt", "France funded the pipeline."))
                .code,
            0);
  const std::string file = (dir_ / "g.nt").string();
  ASSERT_EQ(Kg("export --format ntriples -o " + file).code, 0);
  // The plain statement is there for France only; Germany's lives in its reified statement.
  const std::string nt = Slurp(file);
  EXPECT_NE(nt.find("<urn:kg:negated> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"),
            std::string::npos)
      << nt;
  if (!Has("/usr/bin/python3", "rdflib")) GTEST_SKIP() << "python3-rdflib not installed";
  const std::string script =
      "import sys, rdflib\n"
      "from rdflib import Literal, URIRef\n"
      "from rdflib.namespace import RDF, RDFS\n"
      "g = rdflib.Graph()\n"
      "g.parse(sys.argv[1], format='nt')\n"
      "kg = 'urn:kg:'\n"
      "negated = list(g.subjects(URIRef(kg + 'negated'), Literal(True)))\n"
      "assert len(negated) == 1, negated\n"
      "for st in g.subjects(RDF.type, RDF.Statement):\n"
      "    s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, "
      "RDF.object)\n"
      "    plain = (s, p, o) in g\n"
      "    asserted = g.value(st, URIRef(kg + 'asserted')).toPython()\n"
      "    assert plain == asserted, (st, plain, asserted)\n"
      "    assert g.value(st, URIRef(kg + 'evidence')) is not None\n"
      "names = {str(g.value(st_s, RDFS.label)) for st_s, _, _ in g.triples((None, "
      "URIRef(kg + 'predicate/fund'), None))}\n"
      "assert names == {'France'}, names\n";
  EXPECT_EQ(Python("/usr/bin/python3", script, file), 0);
}

TEST_F(TruthTest, GraphMlBooleansAndLabelsReadAsGraphologyAndGephiReadThem) {
  ASSERT_EQ(Kg("ingest " + Article("a.txt", "Germany did not fund the pipeline.")).code, 0);
  const std::string xml = Kg("export --format graphml").out;
  // graphology casts a boolean as value === "true": "1" would read as not negated.
  EXPECT_NE(xml.find("<key id=\"negated\" for=\"edge\" attr.name=\"negated\" "
                     "attr.type=\"boolean\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("<data key=\"negated\">true</data>"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("<data key=\"negated\">1</data>"), std::string::npos);
  EXPECT_EQ(xml.find("<data key=\"negated\">0</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"asserted\">false</data>"), std::string::npos);
  // Gephi shows the key named "label".
  EXPECT_NE(xml.find("attr.name=\"label\""), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"label\">Germany</data>"), std::string::npos) << xml;
  const std::string yed = Kg("export --format graphml --yed").out;
  EXPECT_NE(yed.find("<y:Fill color=\"#bebada\""), std::string::npos) << yed;  // COUNTRY
  EXPECT_NE(yed.find("<y:Geometry x="), std::string::npos);
  EXPECT_NE(yed.find("<y:LineStyle type=\"dashed\"/>"), std::string::npos);
}

TEST_F(TruthTest, EdgeIdsAreTheSameWhateverTheIngestOrder) {
  const std::string a = Article("a.txt", "Denmark funded the missiles. Norway praised Denmark.");
  const std::string b = Article("b.txt", "In March, Denmark funded the missiles.");
  ASSERT_EQ(Kg("ingest " + a + " " + b).code, 0);
  const std::string first = (dir_ / "first.json").string();
  ASSERT_EQ(Kg("export --format json -o " + first).code, 0);
  db_ = (dir_ / "second.db").string();
  ASSERT_EQ(Kg("ingest " + b).code, 0);
  ASSERT_EQ(Kg("ingest " + a).code, 0);
  const std::string second = (dir_ / "second.json").string();
  ASSERT_EQ(Kg("export --format json -o " + second).code, 0);
  // Every id names the same edge, with the same sentence, in both stores; ids are unique.
  const std::string script =
      "import json, sys\n"
      "def edges(path):\n"
      "    links = json.load(open(path))['links']\n"
      "    out = {l['id']: (l['source'], l['predicate'], l['target'], l['evidence']) for l in "
      "links}\n"
      "    assert len(out) == len(links), 'repeated ids'\n"
      "    return out\n"
      "a, b = edges(sys.argv[1]), edges(sys.argv[2])\n"
      "assert a == b, (a, b)\n"
      "assert sum(1 for v in a.values() if v[1] == 'fund') == 2, a\n";
  EXPECT_EQ(Python("python3", script, first + " " + second), 0);
}

TEST_F(TruthTest, NodeLinkJsonLoadsWithOneCallInNetworkxTwoAndThree) {
  ASSERT_EQ(Kg("ingest " + Samples()).code, 0);
  const std::string file = (dir_ / "g.json").string();
  ASSERT_EQ(Kg("export --format json -o " + file).code, 0);
  const std::string stats = (dir_ / "stats.json").string();
  std::ofstream(stats) << Kg("stats --json").out;
  const std::string script =
      "import json, sys, networkx as nx\n"
      "g = nx.node_link_graph(json.load(open(sys.argv[1])))\n"
      "s = json.load(open(sys.argv[2]))\n"
      "assert (g.number_of_nodes(), g.number_of_edges()) == (s['nodes'], s['edges'])\n"
      "assert g.is_directed() and g.is_multigraph()\n";
  int ran = 0;
  for (const std::string python : {"python3", "/usr/bin/python3"}) {
    if (!Has(python, "networkx")) continue;
    EXPECT_EQ(Python(python + " -W error::FutureWarning", script, file + " " + stats), 0) << python;
    ++ran;
  }
  if (ran == 0) GTEST_SKIP() << "networkx not installed";
  const Outcome cy = Kg("export --format cytoscape");
  EXPECT_EQ(cy.out.rfind("{\n  \"elements\": {\n    \"nodes\": [", 0), 0U) << cy.out;
}

TEST_F(TruthTest, ExportsForOtherToolsSayHowToLoadThem) {
  std::ofstream(dir_ / "t.jsonl") << "{\"subject\":\"Acme\",\"subject_type\":\"ORGANIZATION\","
                                     "\"predicate\":\"pay for\",\"object\":\"Line\\nbreak\","
                                     "\"object_type\":\"OTHER\"}\n";
  ASSERT_EQ(Kg("import " + (dir_ / "t.jsonl").string()).code, 0);
  const std::string folder = (dir_ / "neo").string();
  const Outcome neo = Kg("export --format neo4j -o " + folder);
  ASSERT_EQ(neo.code, 0) << neo.err;
  EXPECT_EQ(neo.out, "neo4j-admin database import full --nodes=" + folder +
                         "/nodes.csv --relationships=" + folder +
                         "/relationships.csv --multiline-fields=true neo4j\n");
  EXPECT_NE(Slurp(folder + "/relationships.csv").find(",PAY_FOR,"), std::string::npos);
  const std::string edges = (dir_ / "g.csv").string();
  ASSERT_EQ(Kg("export --format csv -o " + edges).code, 0);
  EXPECT_EQ(Slurp((dir_ / "g.vertices.csv").string()).rfind("id,name,type\n", 0), 0U);
  // Above a thousand edges the DOT file asks for sfdp, and says so.
  std::ofstream tsv(dir_ / "many.tsv");
  for (int i = 0; i < 1001; ++i) tsv << "Acme\tORGANIZATION\tpay\tItem " << i << "\tOTHER\n";
  tsv.close();
  ASSERT_EQ(Kg("import " + (dir_ / "many.tsv").string()).code, 0);
  const Outcome dot = Kg("export --format dot");
  EXPECT_NE(dot.out.find("layout=sfdp, overlap=prism"), std::string::npos);
  EXPECT_NE(dot.err.find("sfdp"), std::string::npos) << dot.err;
}

}  // namespace
}  // namespace kg::cli_test
