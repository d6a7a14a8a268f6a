#pragma once

#include <stdexcept>
#include <string>

namespace kg {

// The closed set of failure kinds a layer may report; cli/ maps each to an exit code.
enum class ErrorCode { kInvalidInput, kNotFound, kCorruption, kIoError, kNotSupported };

// The one exception type library code throws. what() is a single lower-case line that names the
// object (a file, an entity, a store) and the problem, ready to be printed after "kg: error: ".
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

[[nodiscard]] const char* ErrorCodeName(ErrorCode code);

}  // namespace kg
