#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz with clang (ASan + UBSan) and runs each for a bounded
# time on its seed corpus. Usage: scripts/fuzz.sh [seconds per target, default 60]. A crash leaves
# its input in build-fuzz/ and fails the script; add it to tests/fuzz/<target>/ as a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=build-fuzz
mkdir -p "$out"
# RapidJSON 1.1.0 (Debian's) adds an offset to a null pointer in its internal stack, which UBSan's
# pointer-overflow check reports on every document; that one check is left out.
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize=pointer-overflow
       -fno-sanitize-recover=all -Wno-ambiguous-reversed-operator -I.)
common=(nlp/text_normalizer.cpp nlp/sentence_splitter.cpp input/html_to_text.cpp
        input/article_reader.cpp input/triple_reader.cpp nlp/words.cpp model/error.cpp model/entity_type.cpp model/unicode.cpp
        nlp/perceptron.cpp nlp/model_file.cpp -lgumbo -lutf8proc -lxxhash)
declare -A corpus=([splitter]=splitter [html]=html [jsonl]=jsonl [triples]=triples [perceptron]=perceptron)
for target in splitter html jsonl triples perceptron; do
  clang++ "${flags[@]}" "tests/fuzz/fuzz_${target}.cpp" "${common[@]}" -o "$out/fuzz_${target}"
  mkdir -p "$out/corpus_${target}"
  cp tests/fuzz/"${corpus[$target]}"/* "$out/corpus_${target}/"
  echo "fuzzing ${target} for ${seconds}s"
  if ! (cd "$out" && ASAN_OPTIONS=detect_leaks=1 "./fuzz_${target}" -max_total_time="$seconds" \
          -max_len=4096 -print_final_stats=1 "corpus_${target}" > "fuzz_${target}.log" 2>&1); then
    tail -n 30 "$out/fuzz_${target}.log"
    echo "fuzz_${target} found a crash; its input is in $out/"
    exit 1
  fi
  grep -E "stat::number_of_executed_units|stat::new_units_added" "$out/fuzz_${target}.log"
done
