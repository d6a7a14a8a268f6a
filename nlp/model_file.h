#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

// What a model file holds; a file of another kind is refused.
enum class ModelKind : std::uint32_t { kTagger = 1, kParser = 2, kNer = 3 };

[[nodiscard]] const char* ModelKindName(ModelKind kind);

// The layout version of the container (the header below) and of the weight tables in it
// (nlp/perceptron.h); bump it when either changes. Version 2 (2026-12-03): perceptron tables
// with buckets and 32-bit fingerprints instead of open addressing on 64-bit keys.
inline constexpr std::uint32_t kModelFormatVersion = 2;

// A model file is, little-endian:
//   8 bytes magic "KGMODEL\0", u32 kind, u32 format version, u32 feature-set version,
//   u32 reserved (0), u64 payload size, the payload, u64 XXH64 (seed 0) of everything before it.
// The feature-set version belongs to the model's code: a model trained with other features is
// refused instead of giving silently wrong answers. The checksum is xxHash's XXH64
// (https://github.com/Cyan4973/xxHash).
//
// Writes the file atomically enough for a build step (write then close); throws kg::Error
// (kIoError) "PATH: cannot write" on failure.
void WriteModelFile(const std::string& path, ModelKind kind, std::uint32_t feature_version,
                    std::string_view payload);

// A loaded, memory-mapped model file. Immutable and thread-safe once constructed.
class ModelFile {
 public:
  // Maps `path` and checks it. Throws kg::Error with a one-line message naming the file when it
  // is missing (kNotFound), shorter than its header says (kCorruption, "truncated"), not a kg
  // model, of another kind, of another format or feature-set version (kNotSupported), or when
  // the checksum does not match (kCorruption).
  ModelFile(const std::string& path, ModelKind kind, std::uint32_t feature_version);
  ~ModelFile();
  ModelFile(const ModelFile&) = delete;
  ModelFile& operator=(const ModelFile&) = delete;

  [[nodiscard]] std::string_view payload() const { return payload_; }
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
  void* map_ = nullptr;
  std::size_t map_size_ = 0;
  std::string_view payload_;
};

// Appends little-endian values to a payload being built.
class PayloadWriter {
 public:
  void U32(std::uint32_t v) { Raw(&v, sizeof v); }
  void U64(std::uint64_t v) { Raw(&v, sizeof v); }
  void F32(float v) { Raw(&v, sizeof v); }
  void String(std::string_view s);  // u32 length + bytes
  // Pads with zero bytes so the next value starts at a multiple of `alignment` bytes.
  void Align(std::size_t alignment);
  void Raw(const void* data, std::size_t size);
  [[nodiscard]] const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// Reads what PayloadWriter wrote, checking bounds. Every read past the end throws kg::Error
// (kCorruption) "NAME: truncated model payload".
class PayloadReader {
 public:
  PayloadReader(std::string_view bytes, std::string name) : bytes_(bytes), name_(std::move(name)) {}
  [[nodiscard]] std::uint32_t U32();
  [[nodiscard]] std::uint64_t U64();
  [[nodiscard]] float F32();
  [[nodiscard]] std::string String();
  void Align(std::size_t alignment);
  // A view of the next `count` values of T in place (the payload is aligned as written).
  template <typename T>
  [[nodiscard]] const T* Array(std::size_t count) {
    const std::string_view raw = Take(count * sizeof(T));
    return reinterpret_cast<const T*>(raw.data());
  }
  [[nodiscard]] std::string_view Take(std::size_t size);
  // True when every byte has been read (a payload may end with optional, later-added fields).
  [[nodiscard]] bool AtEnd() const { return pos_ >= bytes_.size(); }
  [[nodiscard]] const std::string& name() const { return name_; }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::string name_;
};

}  // namespace kg::nlp
