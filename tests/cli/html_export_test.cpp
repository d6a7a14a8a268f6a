// End-to-end: `kg export --format html` loaded in headless Chromium, as a user would open it.
#include <cstdlib>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/cli_fixture.h"

namespace {

using kg::cli_test::Outcome;
using kg::cli_test::Slurp;
namespace fs = std::filesystem;

class HtmlExportCli : public kg::cli_test::CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    std::ofstream(dir_ / "t.tsv") << "Germany\tCOUNTRY\tfund\tpipeline\tOTHER\n"
                                     "France\tCOUNTRY\tfund\tpipeline\tOTHER\n"
                                     "Emmanuel Macron\tPERSON\tlead\tFrance\tCOUNTRY\n"
                                     "Olaf Scholz\tPERSON\tlead\tGermany\tCOUNTRY\n"
                                     "Olaf Scholz\tPERSON\tmeet\tEmmanuel Macron\tPERSON\n"
                                     "Wagner\tORGANIZATION\tbe in\tMali\tCOUNTRY\n";
    ASSERT_EQ(Kg("import " + (dir_ / "t.tsv").string()).code, 0);
  }
  // The page's DOM after its scripts ran, or "" when Chromium is not installed.
  std::string Dom(const std::string& page) const {
    const fs::path profile = dir_ / "profile";
    const std::string cmd =
        "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync "
        "--user-data-dir=" +
        profile.string() + " --virtual-time-budget=3000 --dump-dom file://" + page + " > " +
        (dir_ / "dom.html").string() + " 2> /dev/null";
    EXPECT_EQ(std::system(cmd.c_str()), 0);
    return Slurp((dir_ / "dom.html").string());
  }
  static std::string Counts(const std::string& dom) {
    std::smatch m;
    return std::regex_search(dom, m, std::regex("<div id=\"counts\">([^<]*)</div>")) ? m[1].str()
                                                                                     : "";
  }
  static std::string Errors(const std::string& dom) {
    std::smatch m;
    return std::regex_search(dom, m, std::regex("<div id=\"errors\">([^<]*)</div>")) ? m[1].str()
                                                                                     : "missing";
  }
  static bool HaveChromium() { return std::system("command -v chromium > /dev/null") == 0; }
};

TEST_F(HtmlExportCli, PageIsSelfContained) {
  const Outcome page = Kg("export --format html");
  ASSERT_EQ(page.code, 0) << page.err;
  EXPECT_NE(page.out.find("d3.layout"), std::string::npos);  // the library is inside
  EXPECT_EQ(page.out.find("src=\"http"), std::string::npos);
  EXPECT_EQ(page.out.find("/*KG_DATA*/"), std::string::npos);
}

TEST_F(HtmlExportCli, ChromiumShowsEveryNodeAndEdgeWithoutScriptErrors) {
  if (!HaveChromium()) GTEST_SKIP() << "chromium is not installed";
  const std::string page = (dir_ / "graph.html").string();
  const Outcome written = Kg("export --format html -o " + page);
  ASSERT_EQ(written.code, 0) << written.err;
  const std::string dom = Dom(page);
  EXPECT_EQ(Counts(dom), "7 nodes, 6 edges") << dom.substr(0, 2000);
  EXPECT_EQ(Errors(dom), "");
  EXPECT_NE(dom.find("data-ready=\"1\""), std::string::npos);
}

TEST_F(HtmlExportCli, FocusAndTypeOptionsCutThePage) {
  if (!HaveChromium()) GTEST_SKIP() << "chromium is not installed";
  const std::string page = (dir_ / "focus.html").string();
  ASSERT_EQ(Kg("export --format html --focus Germany --depth 1 -o " + page).code, 0);
  std::string dom = Dom(page);
  EXPECT_EQ(Counts(dom), "3 nodes, 2 edges");  // Germany, pipeline, Olaf Scholz
  EXPECT_EQ(Errors(dom), "");
  ASSERT_EQ(Kg("export --format html --type PERSON -o " + page).code, 0);
  dom = Dom(page);
  EXPECT_EQ(Counts(dom), "2 nodes, 1 edge");
  EXPECT_EQ(Errors(dom), "");
}

// Above kHtmlMaxNodes (2,000) entities the page would no longer move: it keeps the best
// connected, says so on the page and on stderr, and still loads.
TEST_F(HtmlExportCli, AGraphTooLargeForThePageIsCutWithAWarning) {
  std::ofstream tsv(dir_ / "many.tsv");
  for (int i = 0; i < 2100; ++i) tsv << "Acme\tORGANIZATION\tpay\tItem " << i << "\tOTHER\n";
  tsv.close();
  ASSERT_EQ(Kg("import " + (dir_ / "many.tsv").string()).code, 0);
  const std::string page = (dir_ / "many.html").string();
  const Outcome written = Kg("export --format html -o " + page);
  ASSERT_EQ(written.code, 0) << written.err;
  EXPECT_NE(written.err.find("kg: warning: 2108 nodes: the page shows the 2000 best-connected"),
            std::string::npos)
      << written.err;
  const std::string html = Slurp(page);
  EXPECT_NE(html.find("Showing the 2000 best-connected of 2108 entities"), std::string::npos);
  if (!HaveChromium()) GTEST_SKIP() << "chromium is not installed";
  const std::string dom = Dom(page);
  // Acme (2,100 edges), SetUp's 7 entities (degree 2, or 1 with the lowest ids) and 1,992 Items:
  // SetUp's 6 edges and 1,992 of Acme's.
  EXPECT_EQ(Counts(dom), "2000 nodes, 1998 edges") << dom.substr(0, 2000);
  EXPECT_EQ(Errors(dom), "");
}

}  // namespace
