# Writes OUT, a C++ source defining `std::string_view NAME()` over the bytes of IN. Run by CMake at
# build time (cmake -P), so the file is re-embedded whenever it changes.
file(READ "${IN}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUT}.tmp"
  "// Generated from ${IN} by export/embed.cmake; do not edit.\n"
  "#include <string_view>\n#include \"export/embedded.h\"\n"
  "namespace kg::exporter {\nnamespace {\nconstexpr unsigned char kBytes[] = {${bytes}0};\n}\n"
  "std::string_view ${NAME}() {\n"
  "  return {reinterpret_cast<const char*>(kBytes), sizeof kBytes - 1};\n}\n"
  "}  // namespace kg::exporter\n")
file(RENAME "${OUT}.tmp" "${OUT}")
