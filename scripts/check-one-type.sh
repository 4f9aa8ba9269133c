#!/usr/bin/env bash
# One type per file in Sources/ (STYLE.md, rule 11: a newcomer finds a type by its file name). Private and
# fileprivate helpers may share their user's file, and extensions are not counted. Fails naming every file that
# declares more than one top-level type besides those helpers, and the types it declares.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r file; do
  types=$(grep -E '^(public |internal |package )?(final )?(struct|class|enum|actor|protocol) ' "$file" \
    | sed -E 's/^(public |internal |package )?(final )?(struct|class|enum|actor|protocol) ([A-Za-z0-9_]+).*/\4/' || true)
  count=$(printf '%s' "$types" | grep -c . || true)
  if [ "$count" -gt 1 ]; then
    echo "lint: $file declares $count types ($(echo $types)); give each a file of its own" >&2
    status=1
  fi
done < <(find Sources -name '*.swift' | sort)
exit $status
