#!/usr/bin/env bash
# The test command: layering and format checks, a Release build with warnings as errors, then an ASan+UBSan build; ctest on both.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
# Cheap checks first: the layering rules and the formatting.
bash scripts/check-layering.sh
find model input nlp extract graph export cli tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format --dry-run --Werror
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKG_WERROR=ON > /dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DKG_WERROR=ON -DKG_SANITIZE=address,undefined > /dev/null
cmake --build build-asan -j"$jobs"
# WordNet keeps process-lifetime caches; leak checking would report those.
ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-asan --output-on-failure
# libFuzzer targets (clang, ASan + UBSan), each for a bounded time on its seed corpus.
bash scripts/fuzz.sh "${KG_FUZZ_SECONDS:-45}"
