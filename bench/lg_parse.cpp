// The peer of bench/nlp_bench.sh: kg 0.1's Link Grammar parse path (extract::LinkParser with the
// settings measured in ../shared/notes) over sentences read one a line. Prints how many got a
// complete linkage, so the work cannot be optimised away.
// Usage: lg_parse FILE
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "extract/link_grammar/parser.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: lg_parse FILE\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  auto dictionary = std::make_shared<const kg::extract::LinkDictionary>();
  kg::extract::LinkParser parser(dictionary, kg::extract::ParserOptions{});
  std::string line;
  int sentences = 0;
  int complete = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++sentences;
    complete += parser.Run(line).outcome == kg::extract::ParseOutcome::kComplete ? 1 : 0;
  }
  std::cout << sentences << " sentences, " << complete << " complete linkages\n";
  return 0;
}
