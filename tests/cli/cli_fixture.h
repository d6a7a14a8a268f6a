#pragma once

// A fixture for end-to-end runs of the built kg binary ($KG_BINARY) in a private folder, as a
// user would type the commands.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kg::cli_test {

namespace fs = std::filesystem;

struct Outcome {
  int code = -1;
  std::string out;
  std::string err;
};

inline std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? "" : v;
}

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class CliTest : public testing::Test {
 protected:
  // A passing test leaves nothing behind; a failing one keeps its folder to look at.
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) /
           ("kg_cli_" + std::to_string(::getpid()) + "_" +
            std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "test.db").string();
  }

  Outcome Kg(const std::string& args) const {
    const std::string out = (dir_ / "out.txt").string();
    const std::string err = (dir_ / "err.txt").string();
    const std::string cmd =
        Env("KG_BINARY") + " --db " + db_ + " " + args + " > " + out + " 2> " + err;
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
  }

  std::string Samples() const { return Env("KG_SOURCE_DIR") + "/samples"; }

  fs::path dir_;
  std::string db_;
};

}  // namespace kg::cli_test
