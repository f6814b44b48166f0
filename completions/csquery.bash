# bash completion for csquery — installed as
# share/bash-completion/completions/csquery. Commands and options are those
# of docs/help/ (tests/test_help.py checks that every one is here).

_csquery_commands="search import check laws history diff refs cited-by obligations actors define export help"
_csquery_global="-f --file --db --law --at --json --color --no-pager -h --help -V --version"

# The options of a command (beyond the global ones).
_csquery_command_options() {
  case $1 in
    search) echo "--level --in-force --repealed --exact --explain --limit --offset" ;;
    import) echo "--fresh" ;;
    refs) echo "--dangling" ;;
    obligations) echo "--actor --actor-match --text --modality --explain --level --in-force --exact --limit --offset" ;;
    actors) echo "--level --in-force --limit --offset" ;;
    export) echo "--format --out" ;;
  esac
}

# The names of the loaded laws, for --law, history and diff (what `csquery
# laws` lists, a line a version).
_csquery_laws() {
  csquery "$@" laws 2>/dev/null | cut -f 2 | sort -u
}

# The versions of a law (its dates), for diff's FROM and TO.
_csquery_versions() {
  local law=$1
  shift
  csquery "$@" laws 2>/dev/null | awk -F '\t' -v law="$law" '$1 == law || $2 == law { print $3 }'
}

_csquery() {
  local cur prev word command="" i equals=0
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  # --opt=VALUE: bash splits the word at '='.
  if [[ $prev == "=" && $COMP_CWORD -ge 2 ]]; then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
    equals=1
  elif [[ $cur == "=" ]]; then
    cur=""
    equals=1
  fi
  # The command: the first word that is not an option or an option's value,
  # and the words after it; the laws read (-f, --db), for the names --law
  # offers.
  local -a source=() args=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    case $word in
      -f | --file | --db)
        source+=("$word" "${COMP_WORDS[i + 1]}")
        ((i++))
        ;;
      --law | --at | --level | --limit | --offset | --actor | --actor-match | --text | \
        --modality | --format | --out)
        [[ ${COMP_WORDS[i + 1]} == "=" ]] && ((i++))
        ((i++))
        ;;
      --color)
        # Its value is optional and only ever given as --color=WHEN.
        [[ ${COMP_WORDS[i + 1]} == "=" ]] && ((i += 2))
        ;;
      -*) ;;
      *)
        if [[ -z $command ]]; then
          command=$word
        else
          args+=("$word")
        fi
        ;;
    esac
  done
  case $prev in
    -f | --file | --db)
      COMPREPLY=($(compgen -f -- "$cur"))
      return
      ;;
    --out)
      COMPREPLY=($(compgen -d -- "$cur"))
      return
      ;;
    --format)
      COMPREPLY=($(compgen -W "akn html rules" -- "$cur"))
      return
      ;;
    --actor-match)
      COMPREPLY=($(compgen -W "exact contains" -- "$cur"))
      return
      ;;
    --color)
      if ((equals)); then
        COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
        return
      fi
      ;;
    --level)
      COMPREPLY=($(compgen -W "法律 命令 憲法" -- "$cur"))
      return
      ;;
    --modality)
      COMPREPLY=($(compgen -W "shall may shall_not exception" -- "$cur"))
      return
      ;;
    --law)
      local IFS=$'\n'
      COMPREPLY=($(compgen -W "$(_csquery_laws "${source[@]}")" -- "$cur"))
      return
      ;;
    --actor | --text | --limit | --offset | --at)
      return
      ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$_csquery_global $(_csquery_command_options "$command")" -- "$cur"))
  elif [[ -z $command ]]; then
    COMPREPLY=($(compgen -W "$_csquery_commands" -- "$cur"))
  elif [[ $command == help ]]; then
    COMPREPLY=($(compgen -W "lookup $_csquery_commands" -- "$cur"))
  elif [[ $command == import ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  elif [[ ($command == history || $command == diff) && ${#args[@]} -eq 0 ]]; then
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$(_csquery_laws "${source[@]}")" -- "$cur"))
  elif [[ $command == diff && ${#args[@]} -le 2 ]]; then
    COMPREPLY=($(compgen -W "$(_csquery_versions "${args[0]}" "${source[@]}")" -- "$cur"))
  fi
}

complete -F _csquery csquery
