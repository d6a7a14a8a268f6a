#include "model/error.h"

namespace kg {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput:
      return "invalid input";
    case ErrorCode::kNotFound:
      return "not found";
    case ErrorCode::kCorruption:
      return "corruption";
    case ErrorCode::kIoError:
      return "i/o error";
    case ErrorCode::kNotSupported:
      return "not supported";
  }
  return "unknown";
}

}  // namespace kg
