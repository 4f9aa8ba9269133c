#!/usr/bin/env bash
# The README's map of the code ("Where a page goes") names every module in Sources/ and every folder of the core,
# and names no folder that is gone: a newcomer reading it finds what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
map=$(sed -n '/^### Where a page goes/,/^`make lint`/p' README.md)
[[ -n $map ]] || { echo "lint: README.md has no '### Where a page goes' section" >&2; exit 1; }
status=0
for dir in Sources/*/ Sources/DigitiseCore/*/ Sources/DigitiseCore/Stages/*/; do
  name=$(basename "$dir")
  [[ $name == C[A-Z]* && $dir == Sources/C* ]] && name='C\*'
  grep -qE "(^|[[:space:]])$name/" <<<"$map" || { echo "lint: README.md's map does not name ${dir%/}" >&2; status=1; }
done
for named in $(grep -oE '(^|[[:space:]])[A-Z][A-Za-z]+/' <<<"$map" | tr -d ' ' | sort -u); do
  folder=${named%/}
  compgen -G "$folder" >/dev/null || compgen -G "Tests/$folder" >/dev/null || compgen -G "Sources/$folder" >/dev/null \
    || compgen -G "Sources/DigitiseCore/$folder" >/dev/null \
    || compgen -G "Sources/DigitiseCore/Stages/$folder" >/dev/null || compgen -G "Sources/*/$folder" >/dev/null \
    || { echo "lint: README.md's map names $named, which Sources/ does not have" >&2; status=1; }
done
exit $status
