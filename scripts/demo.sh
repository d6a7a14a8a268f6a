#!/usr/bin/env bash
# Installs, builds, ingests the bundled samples and shows what kg built.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j"$(nproc)" --target kg
kg=build/cli/kg
rm -f demo.db demo.db-wal demo.db-shm
$kg --db demo.db ingest samples/
$kg --db demo.db stats
echo; echo '$ kg --db demo.db entities --type PERSON'; $kg --db demo.db entities --type PERSON
echo; echo '$ kg --db demo.db triples --predicate fund'; $kg --db demo.db triples --predicate fund
echo; echo '$ kg --db demo.db path Vos "Northwind Bank"'; $kg --db demo.db path Vos "Northwind Bank"
