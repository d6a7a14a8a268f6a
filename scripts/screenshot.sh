#!/usr/bin/env bash
# Makes the README's picture of `kg export --format html`: ingests samples/ into a fresh store,
# exports the page and photographs it in headless Chromium (Debian's chromium package).
# Usage: scripts/screenshot.sh [kg binary, default build/cli/kg] [output, default docs/html-export.png]
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-build/cli/kg}
png=${2:-docs/html-export.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$kg" --db "$work/kg.db" ingest --quiet samples/
"$kg" --db "$work/kg.db" export --format html -o "$work/graph.html" 2> /dev/null
mkdir -p "$(dirname "$png")"
# A fresh profile, and nothing that reaches the network: the page is self-contained.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1280,800 \
  --virtual-time-budget=8000 --screenshot="$PWD/$png" "file://$work/graph.html" 2> /dev/null
echo "wrote $png"
