// End-to-end runs of the built kg binary, as a user would type them.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/cli/cli_fixture.h"

namespace kg::cli_test {
namespace {

TEST_F(CliTest, IngestSamplesThenAgainChangesNothing) {
  const Outcome first = Kg("ingest " + Samples());
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_NE(first.out.find("stored 3 articles"), std::string::npos) << first.out;
  const Outcome stats1 = Kg("stats --json");
  const Outcome second = Kg("ingest " + Samples());
  EXPECT_EQ(second.code, 0);
  EXPECT_NE(second.out.find("stored 0 articles (3 unchanged"), std::string::npos) << second.out;
  EXPECT_EQ(Kg("stats --json").out, stats1.out);
}

// kg stats keeps its component figures with the graph snapshot: after more articles arrive it
// shows the new graph's figures, the ones `kg components` counts, never the old ones.
TEST_F(CliTest, StatsComponentsFollowAnIngest) {
  const auto figures = [&] {
    const std::string out = Kg("stats --json").out;
    const auto number = [&](const std::string& key) {
      const auto at = out.find("\"" + key + "\":");
      return at == std::string::npos ? -1 : std::stoll(out.substr(at + key.size() + 3));
    };
    return std::pair(number("components"), number("largest_component"));
  };
  const auto counted = [&] {  // rows of `kg components`: component,size,hub, largest first
    std::istringstream rows(Kg("components --top 100000 --format csv").out);
    std::string line;
    std::getline(rows, line);
    std::vector<long long> sizes;
    while (std::getline(rows, line)) {
      const auto comma = line.find(',');
      sizes.push_back(std::stoll(line.substr(comma + 1)));
    }
    return std::pair(static_cast<long long>(sizes.size()), sizes.empty() ? 0 : sizes.front());
  };
  ASSERT_EQ(Kg("ingest " + Samples() + "/vaccine-trial.txt").code, 0);
  const auto one = figures();
  EXPECT_GT(one.first, 0);
  EXPECT_EQ(one, counted());
  ASSERT_EQ(Kg("ingest " + Samples()).code, 0);
  const auto all = figures();
  EXPECT_NE(all, one);
  EXPECT_EQ(all, counted());
  EXPECT_NE(Kg("stats").out.find("components  " + std::to_string(all.first) +
                                 " (largest: " + std::to_string(all.second) + " entities)"),
            std::string::npos);
}

TEST_F(CliTest, TwoThreadsStoreWhatOneThreadStores) {
  // Each article is extracted on its own thread, and stored in input order: the same rows.
  ASSERT_EQ(Kg("ingest --threads 1 " + Samples()).code, 0);
  const std::string one = Kg("triples --json").out;
  const std::string two_db = (dir_ / "two.db").string();
  const std::string cmd = Env("KG_BINARY") + " --db " + two_db +
                          " ingest --threads 2 --json --profile " + Samples() + " > " +
                          (dir_ / "two.json").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string summary = Slurp((dir_ / "two.json").string());
  EXPECT_NE(summary.find("\"threads\":2"), std::string::npos) << summary;
  EXPECT_NE(summary.find("\"parse_by_words\":[{"), std::string::npos) << summary;
  const std::string two_triples = (dir_ / "two.txt").string();
  ASSERT_EQ(
      std::system(
          (Env("KG_BINARY") + " --db " + two_db + " triples --json > " + two_triples).c_str()),
      0);
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(Slurp(two_triples), one);
}

TEST_F(CliTest, QuestionsAboutTheSamplesAreAnsweredWithEvidence) {
  ASSERT_EQ(Kg("ingest " + Samples()).code, 0);
  const Outcome people = Kg("entities --type PERSON --json");
  EXPECT_NE(people.out.find("\"Marieke Vos\""), std::string::npos) << people.out;
  const Outcome lends = Kg("triples --subject vos --json");
  EXPECT_EQ(lends.code, 0);
  EXPECT_NE(lends.out.find("\"sentence\":\"Vos signed the contract with Northwind Bank"),
            std::string::npos)
      << lends.out;
  const Outcome path = Kg("path Vos \"Northwind Bank\"");
  EXPECT_EQ(path.code, 0) << path.err;
  EXPECT_NE(path.out.find("Marieke Vos to Northwind Bank"), std::string::npos) << path.out;
}

TEST_F(CliTest, UnknownEntityIsAOneLineErrorWithAHint) {
  ASSERT_EQ(Kg("ingest " + Samples()).code, 0);
  const Outcome r = Kg("neighbors Marieke_Voss");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.rfind("kg: error: unknown entity 'Marieke_Voss' (hint: did you mean", 0), 0U)
      << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
}

TEST_F(CliTest, BadInputsAreNamedAndTheRestIsStored) {
  std::ofstream(dir_ / "good.txt") << "Northwind Bank lent money to the city of Leiden.";
  std::ofstream(dir_ / "empty.txt");
  std::ofstream(dir_ / "binary.txt", std::ios::binary) << std::string(
      "\x7f"
      "ELF\0\0",
      6);
  std::ofstream(dir_ / "latin1.txt", std::ios::binary) << "caf\xe9 society";
  std::ofstream(dir_ / "feed.jsonl") << "{\"text\":\"Aydin met Hall in Ankara.\"}\n{broken\n";
  fs::create_directories(dir_ / "nothing");
  std::ofstream(dir_ / "nothing" / "notes.csv") << "a,b\n";
  const std::string d = dir_.string();
  const Outcome r = Kg("ingest " + d + "/good.txt " + d + "/missing.txt " + d + "/empty.txt " + d +
                       "/binary.txt " + d + "/latin1.txt " + d + "/feed.jsonl " + d + "/nothing");
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.out.find("stored 2 articles (0 unchanged, 6 rejected, 1 other files ignored)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("kg: error: " + d + "/nothing: folder has no article files"),
            std::string::npos);
  EXPECT_NE(r.err.find("kg: error: " + d + "/missing.txt: no such file or folder\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("kg: error: " + d + "/empty.txt: empty file\n"), std::string::npos);
  EXPECT_NE(r.err.find("kg: error: " + d + "/binary.txt: binary file"), std::string::npos);
  EXPECT_NE(r.err.find("kg: error: " + d + "/latin1.txt: invalid UTF-8 at byte 3"),
            std::string::npos);
  EXPECT_NE(r.err.find("kg: error: " + d + "/feed.jsonl:2: invalid JSON"), std::string::npos);
  EXPECT_NE(Kg("stats --json").out.find("\"articles\":2"), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Kg("frobnicate").code, 2);
  EXPECT_EQ(Kg("export --format pdf").code, 2);
  const Outcome help = Kg("--help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
}

TEST_F(CliTest, ImportRejectsBadRowsAndKeepsTheRest) {
  std::ofstream(dir_ / "t.tsv") << "subject\tsubject_type\tpredicate\tobject\tobject_type\n"
                                   "Denmark\tCOUNTRY\tfund\tERAM missiles\tWEAPON\n"
                                   "only\tthree\tcolumns\n";
  const Outcome r = Kg("import " + (dir_ / "t.tsv").string());
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("t.tsv:3: expected 5 to 7 tab-separated columns"), std::string::npos)
      << r.err;
  EXPECT_NE(Kg("triples --predicate fund").out.find("ERAM missiles"), std::string::npos);
}

TEST_F(CliTest, GraphMlLoadsInNetworkxWithTheSameCounts) {
  if (std::system("python3 -c 'import networkx' > /dev/null 2>&1") != 0)
    GTEST_SKIP() << "networkx not installed";
  ASSERT_EQ(Kg("ingest " + Samples()).code, 0);
  const std::string file = (dir_ / "g.graphml").string();
  ASSERT_EQ(Kg("export --format graphml -o " + file).code, 0);
  const Outcome stats = Kg("stats --json");
  const std::string script = (dir_ / "check.py").string();
  std::ofstream(script)
      << "import json, sys, networkx as nx\n"
         "g = nx.read_graphml(sys.argv[1])\n"
         "s = json.load(open(sys.argv[2]))\n"
         "assert g.number_of_nodes() == s['nodes'], (g.number_of_nodes(), s['nodes'])\n"
         "assert g.number_of_edges() == s['edges'], (g.number_of_edges(), s['edges'])\n"
         "c = [len(x) for x in nx.weakly_connected_components(g)]\n"
         "assert (len(c), max(c)) == (s['components'], s['largest_component']), c\n"
         "j = json.load(open(sys.argv[3]))\n"
         "try:\n"
         "    h = nx.node_link_graph(j, edges='links')\n"
         "except TypeError:\n"
         "    h = nx.node_link_graph(j, link='links')\n"
         "assert (h.number_of_nodes(), h.number_of_edges()) == (s['nodes'], s['edges'])\n";
  std::ofstream(dir_ / "stats.json") << stats.out;
  ASSERT_EQ(Kg("export --format json -o " + (dir_ / "g.json").string()).code, 0);
  EXPECT_EQ(std::system(("python3 " + script + " " + file + " " + (dir_ / "stats.json").string() +
                         " " + (dir_ / "g.json").string())
                            .c_str()),
            0);
  // python-igraph, where some Python has it (Debian's python3-igraph is for /usr/bin/python3).
  for (const std::string python : {"python3", "/usr/bin/python3"}) {
    if (std::system((python + " -c 'import igraph' > /dev/null 2>&1").c_str()) != 0) continue;
    const std::string igraph = (dir_ / "igraph_check.py").string();
    std::ofstream(igraph)
        << "import json, sys, igraph\n"
           "g = igraph.Graph.Read_GraphML(sys.argv[1])\n"
           "s = json.load(open(sys.argv[2]))\n"
           "assert (g.vcount(), g.ecount()) == (s['nodes'], s['edges'])\n"
           "assert 'name' in g.vs.attributes() and 'predicate' in g.es.attributes()\n";
    EXPECT_EQ(
        std::system(
            (python + " " + igraph + " " + file + " " + (dir_ / "stats.json").string()).c_str()),
        0);
    break;
  }
}

TEST_F(CliTest, DotExportRendersWithGraphviz) {
  if (std::system("command -v dot > /dev/null 2>&1") != 0) GTEST_SKIP() << "graphviz not installed";
  ASSERT_EQ(Kg("ingest " + Samples()).code, 0);
  const std::string file = (dir_ / "g.dot").string();
  ASSERT_EQ(Kg("export --format dot -o " + file).code, 0);
  EXPECT_EQ(std::system(("dot -Tsvg " + file + " -o " + file + ".svg").c_str()), 0);
}

TEST_F(CliTest, HostileNamesRoundTripThroughStoreAndEveryExport) {
  std::ofstream(dir_ / "t.jsonl")
      << "{\"subject\":"
      << "\""
      << "A \\\"quoted\\\" <b>&amp;</b> ]]> {x} \\\\ -- '; DROP TABLE triples; --"
      << "\",\"subject_type\":\"ORGANIZATION\",\"predicate\":\"fund\","
      << "\"object\":\"Line\\nbreak\",\"object_type\":\"OTHER\"}\n";
  ASSERT_EQ(Kg("import " + (dir_ / "t.jsonl").string()).code, 0);
  // The same characters in article text reach the exports as evidence sentences.
  std::ofstream(dir_ / "a.txt")
      << "The \"Red <Fox> & Co.\" ]]> firm bought O'Brien's farm {x} \\ -- '; "
         "DROP TABLE articles; -- in Oslo.\n";
  ASSERT_EQ(Kg("ingest " + (dir_ / "a.txt").string()).code, 0);
  const Outcome triples = Kg("triples --json");
  EXPECT_NE(triples.out.find("DROP TABLE triples"), std::string::npos) << triples.out;
  EXPECT_NE(Kg("stats --json").out.find("\"articles\":1"), std::string::npos);
  for (const char* format : {"graphml", "dot", "json"}) {
    EXPECT_EQ(
        Kg(std::string("export --format ") + format + " -o " + (dir_ / "g.").string() + format)
            .code,
        0);
  }
  if (std::system("python3 -c 'import networkx' > /dev/null 2>&1") == 0) {
    const std::string script = (dir_ / "check.py").string();
    std::ofstream(script) << "import json, sys, networkx as nx\n"
                             "g = nx.read_graphml(sys.argv[1])\n"
                             "names = sorted(d['name'] for _, d in g.nodes(data=True))\n"
                             "assert 'A \"quoted\" <b>&amp;</b> ]]> {x} \\\\ -- \\'; DROP TABLE "
                             "triples; --' in names, names\n"
                             "assert 'Line\\nbreak' in names, names\n"
                             "j = json.load(open(sys.argv[2]))\n"
                             "assert len(j['links']) == g.number_of_edges() >= 2\n"
                             "assert any('DROP TABLE articles' in d.get('evidence', '') for _, _, "
                             "d in g.edges(data=True))\n";
    EXPECT_EQ(std::system(("python3 " + script + " " + (dir_ / "g.graphml").string() + " " +
                           (dir_ / "g.json").string())
                              .c_str()),
              0);
  }
  if (std::system("command -v dot > /dev/null 2>&1") == 0) {
    EXPECT_EQ(std::system(("dot -Tsvg " + (dir_ / "g.dot").string() + " -o /dev/null").c_str()), 0);
  }
}

// The seed article lives beside the project, not in it: skipped when ../shared is absent.
// The seed article: the facts of the query tour, each with its evidence.
TEST_F(CliTest, TheSeedArticleGivesTheFactsAReaderAgreesWith) {
  const std::string seed = Env("KG_SOURCE_DIR") + "/../shared/seed/coalition-article.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "no ../shared/seed";
  ASSERT_EQ(Kg("ingest " + seed).code, 0);
  const std::string people = Kg("entities --type PERSON --json").out;
  for (const char* name : {"Emmanuel Macron", "Volodymyr Zelenskyy", "Vladimir Putin",
                           "Friedrich Merz", "Steve Witkoff"}) {
    EXPECT_NE(people.find(std::string("\"") + name + "\""), std::string::npos) << name;
  }
  const std::string fund = Kg("triples --predicate fund --json").out;
  for (const char* country : {"Denmark", "Netherlands", "Norway", "United States"}) {
    EXPECT_NE(fund.find(std::string("{\"name\":\"") + country + "\",\"type\":\"COUNTRY\"}"),
              std::string::npos)
        << country;
  }
  EXPECT_NE(Kg("triples --subject Macron --predicate host --json").out.find("summit"),
            std::string::npos);
  EXPECT_EQ(Kg("path Merz Putin").code, 0);
  // The three questions of the query tour, each with evidence.
  const Outcome funders = Kg("query '(c:COUNTRY)-[:fund]->(x) RETURN c, x' --json --evidence");
  for (const char* country : {"Denmark", "Netherlands", "Norway", "United States"}) {
    EXPECT_NE(funders.out.find(std::string("\"c\":{\"name\":\"") + country + "\""),
              std::string::npos)
        << country;
  }
  EXPECT_NE(funders.out.find("Funding for this military support has come from"), std::string::npos);
  const Outcome said = Kg("query '(p:PERSON)-[:say]->(q) RETURN p, q' --json --evidence");
  EXPECT_NE(said.out.find("\"p\":{\"name\":\"Volodymyr Zelenskyy\""), std::string::npos)
      << said.out;
  EXPECT_NE(said.out.find("\"p\":{\"name\":\"Mark Rutte\""), std::string::npos) << said.out;
  const Outcome linked =
      Kg("query '(a {name:\"Merz\"})-[*1..3]-(b {name:\"Putin\"}) RETURN a, b' --json --evidence");
  EXPECT_NE(linked.out.find("\"count\":1"), std::string::npos) << linked.out;
  EXPECT_NE(linked.out.find("described Putin as"), std::string::npos);
  // What issue 11 asks beyond that: Macron's two quotes are his, the missiles are worth a MONEY
  // value, Witkoff met Zelenskyy.
  const std::string macron = Kg("triples --subject Macron --predicate say --json").out;
  EXPECT_NE(macron.find("26 countries"), std::string::npos) << macron;
  EXPECT_NE(macron.find("the day the conflict stops"), std::string::npos) << macron;
  const std::string worth = Kg("triples --predicate 'be worth' --json").out;
  EXPECT_NE(worth.find("\"object\":{\"name\":\"$825 million\",\"type\":\"MONEY\"}"),
            std::string::npos)
      << worth;
  EXPECT_NE(worth.find("\"value\":\"825000000 USD\""), std::string::npos) << worth;
  EXPECT_NE(worth.find("missiles"), std::string::npos) << worth;
  EXPECT_NE(Kg("triples --subject Witkoff --predicate meet --json").out.find("Volodymyr Zelenskyy"),
            std::string::npos);
}

// The UD extractor is kg's only one: kg extract and kg ingest use it without being asked,
// `--parser ud` still runs (scripts name it), and a parser kg no longer has ("link-grammar",
// removed) is a usage error whose one line names it, and stores nothing.
TEST_F(CliTest, TheUdExtractorIsTheOnlyOneAndAnyOtherParserIsAOneLineError) {
  const std::string file = (dir_ / "a.txt").string();
  std::ofstream(file) << "Norway funds the new harbour.\n";
  for (const std::string args : {"", "--parser ud"}) {
    const Outcome r = Kg("extract --format jsonl " + args + " " + file);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\"extractor\":\"ud/"), std::string::npos) << args << r.out;
  }
  for (const std::string command : {"extract", "ingest"}) {
    const Outcome r = Kg(command + " --parser link-grammar " + file);
    EXPECT_EQ(r.code, 2) << command;  // a usage error, worded like any bad option value
    const std::string first = r.err.substr(0, r.err.find('\n'));
    EXPECT_NE(first.find("--parser: 'link-grammar'"), std::string::npos) << r.err;
    EXPECT_NE(first.find("ud is the only one"), std::string::npos) << r.err;
  }
  EXPECT_EQ(Kg("triples --json").out.find("\"extractor\""), std::string::npos);  // none stored
  ASSERT_EQ(Kg("ingest --parser ud " + file).code, 0);
  EXPECT_NE(Kg("triples --json").out.find("\"extractor\":\"ud/"), std::string::npos);
  const std::string ud_db = (dir_ / "ud.db").string();
  ASSERT_EQ(std::system((Env("KG_BINARY") + " --db " + ud_db + " ingest -q " + file).c_str()), 0);
  const std::string out = (dir_ / "ud.json").string();
  ASSERT_EQ(std::system((Env("KG_BINARY") + " --db " + ud_db + " triples --json > " + out).c_str()),
            0);
  EXPECT_NE(Slurp(out).find("\"extractor\":\"ud/"), std::string::npos) << Slurp(out);
}

// kg tag with the shipped entity model, on sentences written for the test.
TEST_F(CliTest, TagMarksPeopleAndPlacesInConllColumns) {
  const std::string models = Env("KG_SOURCE_DIR") + "/models";
  if (!fs::exists(models + "/ner.kgm")) GTEST_SKIP() << "no models/ner.kgm";
  const std::string input = (dir_ / "in.conll").string();
  std::ofstream(input)
      << "-DOCSTART- -X- O\n\nAngela\nMerkel\nmet\nEmmanuel\nMacron\nin\nParis\n.\n";
  const Outcome r = Kg("tag --conll " + input + " --models " + models);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "-DOCSTART- O\n\nAngela B-PER\nMerkel I-PER\nmet O\nEmmanuel B-PER\nMacron I-PER\n"
            "in O\nParis B-LOC\n. O\n\n");
}

TEST_F(CliTest, TagWithoutAModelIsAOneLineError) {
  const std::string input = (dir_ / "in.conll").string();
  std::ofstream(input) << "Paris\n";
  const std::string missing = (dir_ / "none").string();
  const Outcome r = Kg("tag --conll " + input + " --models " + missing);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.rfind("kg: error: " + missing + "/ner.kgm: ", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

// A hub's two hops hold more entities than a terminal shows: the nearest and most connected
// come first, the rest are counted, and --limit 0 lists them all.
TEST_F(CliTest, NeighborsOfAHubShowTheFirstAndCountTheRest) {
  {
    std::ofstream tsv(dir_ / "hub.tsv");
    for (int i = 0; i < 60; ++i) tsv << "Hub\tPERSON\tmeet\tGuest " << i << "\tPERSON\n";
    tsv << "Guest 7\tPERSON\tvisit\tOslo\tCITY\n";
    tsv << "Guest 7\tPERSON\tvisit\tBergen\tCITY\n";
  }
  ASSERT_EQ(Kg("import " + (dir_ / "hub.tsv").string()).code, 0);
  const Outcome table = Kg("neighbors Hub --depth 2 --limit 5");
  ASSERT_EQ(table.code, 0) << table.err;
  EXPECT_NE(table.out.find("62 neighbours within 2 hops; the nearest and most connected 5 shown"),
            std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("... and 57 more"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("Guest 7"), std::string::npos);  // degree 3: first of the first hop
  EXPECT_EQ(table.out.find("Oslo"), std::string::npos);     // two hops: after all of the first
  const Outcome json = Kg("neighbors Hub --depth 2 --limit 5 --format json");
  EXPECT_NE(json.out.find("\"neighbours\":62,\"shown\":5"), std::string::npos) << json.out;
  const Outcome all = Kg("neighbors Hub --depth 2 --limit 0 --format csv");
  EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 63) << all.out;  // header + 62
  EXPECT_EQ(all.out.rfind("hops,name,type\n1,Guest 7,PERSON\n", 0), 0U) << all.out;
  EXPECT_TRUE(all.err.empty()) << all.err;
  const Outcome cut = Kg("neighbors Hub --depth 2 --format csv");  // default: 50
  EXPECT_EQ(std::count(cut.out.begin(), cut.out.end(), '\n'), 51);
  EXPECT_NE(cut.err.find("12 more neighbours not shown"), std::string::npos) << cut.err;
}

}  // namespace
}  // namespace kg::cli_test
