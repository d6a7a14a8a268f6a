#pragma once

#include <string>
#include <string_view>

namespace kg::store {

// SHA-256 of data as 64 lower-case hex digits (FIPS 180-4). The content key of an article.
[[nodiscard]] std::string Sha256Hex(std::string_view data);

}  // namespace kg::store
