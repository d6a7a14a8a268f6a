#!/usr/bin/env bash
# Installs the Debian 12 packages kg needs to build, run and test. Run as root (or with sudo).
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libsqlite3-dev libsqlitecpp-dev          # the store
  libxxhash-dev                            # model checksums and feature hashes (nlp/)
  libboost-graph-dev                       # traversal and GraphML reading in tests
  rapidjson-dev libcli11-dev               # JSON, command line
  link-grammar-dictionaries-en             # word lists only: given names, places (nlp/gazetteer.h)
  wordnet-base wordnet-dev                 # lemmas and noun classes
  iso-codes                                # ISO 3166 country names
  libutf8proc-dev libgumbo-dev             # Unicode NFC, case folding, widths; HTML5 parsing
  libjs-d3 chromium                        # the HTML export's graph library; its test browser
  libgtest-dev libgmock-dev googletest     # tests
  graphviz python3 python3-networkx        # exports are checked with the real readers
  python3-igraph python3-rdflib raptor2-utils
  python3-distributed                      # scripts/kg_dask.py: extraction on a Dask cluster
  time                                     # bench/cli_bench.sh: peak memory (/usr/bin/time -v)
  clang-format                             # the format check in scripts/test.sh
  clang libclang-rt-14-dev                 # libFuzzer targets (scripts/fuzz.sh)
)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" > /dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
