#include "nlp/model_file.h"

#include <array>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "model/error.h"

namespace kg::nlp {
namespace {

constexpr std::array<char, 8> kMagic = {'K', 'G', 'M', 'O', 'D', 'E', 'L', '\0'};
constexpr std::size_t kHeaderSize = 32;
constexpr std::size_t kChecksumSize = 8;

template <typename T>
T Load(const char* p) {
  T v{};
  std::memcpy(&v, p, sizeof v);
  return v;
}

[[noreturn]] void Fail(ErrorCode code, const std::string& path, const std::string& problem) {
  throw Error(code, path + ": " + problem);
}

}  // namespace

const char* ModelKindName(ModelKind kind) {
  switch (kind) {
    case ModelKind::kTagger:
      return "tagger";
    case ModelKind::kParser:
      return "parser";
    case ModelKind::kNer:
      return "ner";
  }
  return "unknown";
}

void WriteModelFile(const std::string& path, ModelKind kind, std::uint32_t feature_version,
                    std::string_view payload) {
  PayloadWriter w;
  w.Raw(kMagic.data(), kMagic.size());
  w.U32(static_cast<std::uint32_t>(kind));
  w.U32(kModelFormatVersion);
  w.U32(feature_version);
  w.U32(0);
  w.U64(payload.size());
  w.Raw(payload.data(), payload.size());
  w.U64(XXH64(w.bytes().data(), w.bytes().size(), 0));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
  out.close();
  if (!out) Fail(ErrorCode::kIoError, path, "cannot write");
}

ModelFile::ModelFile(const std::string& path, ModelKind kind, std::uint32_t feature_version)
    : path_(path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) Fail(ErrorCode::kNotFound, path, "model file not found (hint: --models DIR)");
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    Fail(ErrorCode::kIoError, path, "cannot read model file");
  }
  map_size_ = static_cast<std::size_t>(st.st_size);
  if (map_size_ > 0) {
    map_ = ::mmap(nullptr, map_size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map_ == MAP_FAILED) map_ = nullptr;
  }
  ::close(fd);
  if (map_size_ > 0 && map_ == nullptr) Fail(ErrorCode::kIoError, path, "cannot map model file");
  const char* data = static_cast<const char*>(map_);
  try {
    if (map_size_ < kMagic.size() || std::memcmp(data, kMagic.data(), kMagic.size()) != 0) {
      Fail(ErrorCode::kNotSupported, path, "not a kg model file");
    }
    if (map_size_ < kHeaderSize) Fail(ErrorCode::kCorruption, path, "truncated model file");
    const auto file_kind = Load<std::uint32_t>(data + 8);
    if (file_kind != static_cast<std::uint32_t>(kind)) {
      Fail(ErrorCode::kNotSupported, path,
           std::string("not a ") + ModelKindName(kind) + " model (kind " +
               std::to_string(file_kind) + ")");
    }
    const auto format = Load<std::uint32_t>(data + 12);
    if (format != kModelFormatVersion) {
      Fail(ErrorCode::kNotSupported, path,
           "model format version " + std::to_string(format) + ", this kg reads " +
               std::to_string(kModelFormatVersion) + " (hint: retrain or update kg)");
    }
    const auto features = Load<std::uint32_t>(data + 16);
    if (features != feature_version) {
      Fail(ErrorCode::kNotSupported, path,
           "feature-set version " + std::to_string(features) + ", this kg needs " +
               std::to_string(feature_version) + " (hint: retrain the model)");
    }
    const auto size = Load<std::uint64_t>(data + 24);
    if (size > map_size_ || map_size_ - kHeaderSize - kChecksumSize != size ||
        map_size_ < kHeaderSize + kChecksumSize) {
      Fail(ErrorCode::kCorruption, path, "truncated model file");
    }
    const std::size_t body = kHeaderSize + static_cast<std::size_t>(size);
    if (XXH64(data, body, 0) != Load<std::uint64_t>(data + body)) {
      Fail(ErrorCode::kCorruption, path, "model checksum mismatch (the file is corrupt)");
    }
    payload_ = std::string_view(data + kHeaderSize, static_cast<std::size_t>(size));
  } catch (...) {
    ::munmap(map_, map_size_);
    map_ = nullptr;
    throw;
  }
}

ModelFile::~ModelFile() {
  if (map_ != nullptr) ::munmap(map_, map_size_);
}

void PayloadWriter::String(std::string_view s) {
  U32(static_cast<std::uint32_t>(s.size()));
  Raw(s.data(), s.size());
}

void PayloadWriter::Align(std::size_t alignment) {
  while (bytes_.size() % alignment != 0) bytes_.push_back('\0');
}

void PayloadWriter::Raw(const void* data, std::size_t size) {
  bytes_.append(static_cast<const char*>(data), size);
}

std::string_view PayloadReader::Take(std::size_t size) {
  if (size > bytes_.size() - pos_) {
    throw Error(ErrorCode::kCorruption, name_ + ": truncated model payload");
  }
  const std::string_view out = bytes_.substr(pos_, size);
  pos_ += size;
  return out;
}

std::uint32_t PayloadReader::U32() { return Load<std::uint32_t>(Take(4).data()); }
std::uint64_t PayloadReader::U64() { return Load<std::uint64_t>(Take(8).data()); }
float PayloadReader::F32() { return Load<float>(Take(4).data()); }

std::string PayloadReader::String() {
  const std::uint32_t n = U32();
  return std::string(Take(n));
}

void PayloadReader::Align(std::size_t alignment) {
  // The payload starts 32 bytes into a page-aligned map, so offsets within it align the same way.
  while (pos_ % alignment != 0) (void)Take(1);
}

}  // namespace kg::nlp
