# bash completion for kg; `cmake --install` puts it where bash-completion looks
# (share/bash-completion/completions/kg).
_kg() {
  local cur prev words cword
  _init_completion || return
  local commands="ingest extract import triples entities merges neighbors neighbours path export
    stats tag query rank components merge analyze coref train"
  local cmd="" i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      --db) ((i++)) ;;
      -*) ;;
      *) cmd=${words[i]}; break ;;
    esac
  done
  case $prev in
    --db | -o | --output | -f | --file | --conll) _filedir; return ;;
    --format)
      if [[ $cmd == export ]]; then
        COMPREPLY=($(compgen -W "graphml dot json cytoscape ntriples csv neo4j html" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "table json csv tsv" -- "$cur"))
      fi
      return ;;
    --type | --exclude-type | --avoid)
      COMPREPLY=($(compgen -W "PERSON ORGANIZATION COUNTRY CITY LOCATION EVENT WEAPON PRODUCT
        MONEY DATE QUANTITY OTHER" -- "$cur"))
      return ;;
    --by) COMPREPLY=($(compgen -W "pagerank degree betweenness" -- "$cur")); return ;;
    --rule)
      COMPREPLY=($(compgen -W "name-variant exonym country-name title surname firm-short-name
        acronym definite-description coreference alias" -- "$cur"))
      return ;;
  esac
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "$commands --db --help --version" -- "$cur"))
    return
  fi
  if [[ $cur == -* ]]; then
    # Each command's options, as its own --help lists them.
    local opts
    opts=$("${words[0]}" "$cmd" --help 2> /dev/null | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case $cmd in
    ingest | import | extract) _filedir ;;
  esac
}
complete -F _kg kg
