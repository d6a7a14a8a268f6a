#pragma once

// Files embedded into kg at build time (export/CMakeLists.txt writes their bytes into a generated
// source), so that the HTML export works offline and without files beside the binary.

#include <string_view>

namespace kg::exporter {

// d3 v3 (BSD-3-Clause), minified, as Debian's libjs-d3 installs it
// (/usr/share/javascript/d3/d3.min.js; KG_D3_JS in CMake names another copy).
[[nodiscard]] std::string_view D3Source();
// export/html_page.html, with its /*KG_D3*/ and /*KG_DATA*/ markers.
[[nodiscard]] std::string_view HtmlPageTemplate();

}  // namespace kg::exporter
