#!/usr/bin/env bash
# Trains kg's models from the open treebanks (see README, "Trained models") and prints their dev
# scores. Usage: scripts/train-models.sh [TREEBANKS_DIR] [KG_BINARY] [MODELS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
T=${1:-../shared/treebanks}
KG=${2:-build/cli/kg}
OUT=${3:-models}
mkdir -p "$OUT"
"$KG" train ner --gum "$T/gum/train.conllu" --uner "$T/uner-english-ewt/dev.iob2" \
  --uner-upos "$T/ud-english-ewt/dev.conllu" --dev "$T/gum/dev.conllu" --no-upos \
  --prune 0.5 --out "$OUT/ner.kgm"
