#!/usr/bin/env bash
# Fails when a layer includes a layer it must not know (see README, "How it works"):
# model knows nothing; input and nlp know only model; extract knows input, nlp and model; store knows only model; traverse knows store and model;
# export knows traverse, store and model; cli knows everyone. Tests may include what they test.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
check() {
  local folder=$1; shift
  local allowed="$*"
  while IFS= read -r line; do
    file=${line%%:*}
    inc=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<< "${line#*:}")
    layer=${inc%%/*}
    [ "$layer" = "graph" ] && layer=$(cut -d/ -f1-2 <<< "$inc")
    ok=0
    for a in $allowed; do [ "$layer" = "$a" ] && ok=1; done
    if [ $ok -eq 0 ]; then
      echo "layering: $file includes \"$inc\", which $folder/ must not know"
      status=1
    fi
  done < <(grep -rn '#include "' "$folder" --include='*.h' --include='*.cpp' || true)
}
check model model
check input input model
check nlp nlp model
check extract extract input nlp model
check graph/store graph/store model
check graph/traverse graph/traverse graph/store model
check graph/query graph/query graph/traverse graph/store model
check export export graph/traverse graph/store model
exit $status
