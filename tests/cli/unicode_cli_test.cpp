// End-to-end: HTML entities, boilerplate, NFC and Unicode case folding as a user sees them.
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli/cli_fixture.h"

namespace {

using kg::cli_test::Outcome;
class UnicodeCli : public kg::cli_test::CliTest {};

TEST_F(UnicodeCli, HtmlEntitiesAreDecodedAndBoilerplateLeftOut) {
  std::ofstream(dir_ / "a.html")
      << "<html><head><title>K&ouml;ln &laquo;deal&raquo;</title></head><body>"
         "<nav>Home World Sport</nav><p>Fran&ccedil;ois Dupont met Angela Merkel in "
         "K&ouml;ln.</p><aside>Most read</aside><footer>Copyright</footer></body></html>";
  ASSERT_EQ(Kg("ingest " + (dir_ / "a.html").string()).code, 0);
  const Outcome triples = Kg("triples --json");
  EXPECT_NE(triples.out.find("Fran\u00E7ois Dupont met Angela Merkel in K\u00F6ln."),
            std::string::npos)
      << triples.out;
  EXPECT_EQ(triples.out.find("&ouml;"), std::string::npos);
  EXPECT_EQ(triples.out.find("Sport"), std::string::npos);
  const Outcome entities = Kg("entities");
  EXPECT_NE(entities.out.find("Fran\u00E7ois Dupont"), std::string::npos) << entities.out;
}

TEST_F(UnicodeCli, NfcAndNfdSpellingsAreOneEntityAndCaseFoldingFindsIt) {
  std::ofstream(dir_ / "t.tsv") << "Caf\u00E9 Noir\tORGANIZATION\tfund\tBridge\tOTHER\n"
                                   "Cafe\u0301 Noir\tORGANIZATION\tbuild\tTunnel\tOTHER\n"
                                   "\u00C9mile Zola\tPERSON\tmeet\tBridge\tOTHER\n";
  ASSERT_EQ(Kg("import " + (dir_ / "t.tsv").string()).code, 0);
  const Outcome entities = Kg("entities --type ORGANIZATION");
  EXPECT_NE(entities.out.find("Caf\u00E9 Noir"), std::string::npos) << entities.out;
  EXPECT_NE(entities.out.find("1 entit"), std::string::npos) << entities.out;
  const Outcome lower = Kg("neighbours '\u00E9mile zola'");
  EXPECT_EQ(lower.code, 0) << lower.err;
  EXPECT_NE(lower.out.find("Bridge"), std::string::npos) << lower.out;
  const Outcome nfd = Kg("neighbours 'cafe\u0301 noir'");
  EXPECT_EQ(nfd.code, 0) << nfd.err;
  EXPECT_NE(nfd.out.find("Tunnel"), std::string::npos) << nfd.out;
}

// The same at ingest: one article spells the name composed, another decomposed. (A person's
// name: the recogniser types "Caf\u00E9 Noir" by its verb, PERSON once and PRODUCT once, which
// makes two nodes for a reason other than normalisation.)
TEST_F(UnicodeCli, NfcAndNfdArticlesGiveOneEntity) {
  std::ofstream(dir_ / "nfc.txt") << "Jos\u00E9 Ortega funded the bridge in Lyon.\n";
  std::ofstream(dir_ / "nfd.txt") << "Jose\u0301 Ortega built the tunnel in Lyon.\n";
  ASSERT_EQ(Kg("ingest " + (dir_ / "nfc.txt").string() + " " + (dir_ / "nfd.txt").string()).code,
            0);
  const Outcome entities = Kg("entities --format csv");
  EXPECT_NE(entities.out.find("Jos\u00E9 Ortega,"), std::string::npos) << entities.out;
  EXPECT_EQ(entities.out.find("Jose\u0301"), std::string::npos) << entities.out;
  const Outcome both = Kg("neighbours 'jos\u00E9 ortega' --format csv");
  EXPECT_NE(both.out.find("bridge"), std::string::npos) << both.out;
  EXPECT_NE(both.out.find("tunnel"), std::string::npos) << both.out;
}

TEST_F(UnicodeCli, HintsUnderstandAccentsAndAcronyms) {
  std::ofstream(dir_ / "t.tsv") << "\u00C9mile Zola\tPERSON\tmeet\tEuropean Union\tORGANIZATION\n";
  ASSERT_EQ(Kg("import " + (dir_ / "t.tsv").string()).code, 0);
  const Outcome accent = Kg("neighbours 'emile zola'");
  EXPECT_NE(accent.code, 0);
  EXPECT_NE(accent.err.find("did you mean \u00C9mile Zola"), std::string::npos) << accent.err;
  const Outcome acronym = Kg("neighbours EU");
  EXPECT_NE(acronym.err.find("did you mean European Union"), std::string::npos) << acronym.err;
}

TEST_F(UnicodeCli, TableColumnsLineUpWithAccentsAndWideCharacters) {
  std::ofstream(dir_ / "t.tsv") << "\u6771\u4EAC Tower\tORGANIZATION\tbe in\tK\u00F6ln\tCITY\n"
                                   "Ann Lee\tPERSON\tvisit\tKoln Dom\tLOCATION\n";
  ASSERT_EQ(Kg("import " + (dir_ / "t.tsv").string()).code, 0);
  const Outcome table = Kg("entities");
  ASSERT_EQ(table.code, 0) << table.err;
  // The TYPE column starts at the same terminal column on every line: count columns, not bytes
  // (the two CJK characters take two columns each, o-umlaut one).
  std::istringstream lines(table.out);
  std::vector<std::size_t> starts;
  for (std::string line; std::getline(lines, line);) {
    for (const char* type : {"TYPE", "ORGANIZATION", "PERSON", "CITY", "LOCATION"}) {
      const std::size_t at = line.find(type);
      if (at == std::string::npos) continue;
      std::size_t columns = 0;
      for (std::size_t i = 0; i < at; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0U) != 0x80U) columns += c >= 0xE3 && c <= 0xE9 ? 2 : 1;
      }
      starts.push_back(columns);
      break;
    }
  }
  ASSERT_EQ(starts.size(), 5U) << table.out;
  for (const std::size_t s : starts) EXPECT_EQ(s, starts.front()) << table.out;
}

}  // namespace
