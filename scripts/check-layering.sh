#!/usr/bin/env bash
# Fails when a layer includes a layer it must not know (see README, "How it works"). From the bottom:
#   model knows nothing; input and nlp know only model;
#   extract knows input, nlp and model, and inside it the rooms point one way too: entities/ (values,
#   names, resolution) knows no other room; clauses/ and rules/ know each other and entities/;
#   extract/ itself (the pipeline) knows every room;
#   store knows only model; traverse knows store and model; query knows traverse, store and model;
#   export knows traverse, store and model; cli knows everyone. Tests may include what they test.
# A layer is the folder of the included file ("extract/rules/negation.h" -> extract/rules).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
check() {
  local folder=$1 depth=$2; shift 2
  local allowed="$*"
  while IFS= read -r line; do
    file=${line%%:*}
    inc=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<< "${line#*:}")
    layer=$(dirname "$inc")
    ok=0
    for a in $allowed; do [ "$layer" = "$a" ] && ok=1; done
    if [ $ok -eq 0 ]; then
      echo "layering: $file includes \"$inc\", which $folder/ must not know"
      status=1
    fi
  done < <(find "$folder" -maxdepth "$depth" \( -name '*.h' -o -name '*.cpp' \) -print0 |
             xargs -0 grep -Hn '#include "' || true)
}
check model 1 model
check input 1 input model
check nlp 1 nlp model
check extract/entities 1 extract/entities nlp input model
check extract/clauses 1 extract/clauses extract/rules extract/entities nlp input model
check extract/rules 1 extract/rules extract/clauses extract/entities nlp input model
check extract 1 extract extract/clauses extract/rules extract/entities nlp input model
check graph/store 1 graph/store model
check graph/traverse 1 graph/traverse graph/store model
check graph/query 1 graph/query graph/traverse graph/store model
check export 1 export graph/traverse graph/store model
exit $status
