#!/usr/bin/env bash
# The architecture's import rules (STYLE.md; README "Where a page goes"), checked on every `import` in Sources/,
# whatever its attributes (`@preconcurrency`, `@_implementationOnly`, `@testable`, `public`, `package`, `internal`,
# `import struct X.Y`). Fails naming each import that breaks a rule:
#  1. each C module is imported by its one adapter only;
#  2. the core (DigitiseCore) imports Foundation, Dispatch and Synchronization only;
#  3. no adapter imports another adapter: an adapter imports the core, its own C module and outside libraries;
#     the report server imports the core, the report rendering and its web libraries;
#  4. only the composition roots (the command line, the bench and corpus tools) import adapters.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A c_owner=([CLeptonica]=PageImaging [CTesseract]=TesseractOCR [CTIFF]=ImageCodecs [CPNG]=ImageCodecs [CTurboJPEG]=ImageCodecs)
core_allowed="Foundation Dispatch Synchronization"
# The project modules each module may import (besides outside libraries); a module not listed may import any.
declare -A allowed=(
  [DigitiseCore]=""
  [ImageCodecs]="DigitiseCore CTIFF CPNG CTurboJPEG"
  [PageImaging]="DigitiseCore CLeptonica"
  [TesseractOCR]="DigitiseCore CTesseract"
  [ObjectStore]="DigitiseCore"
  [Catalog]="DigitiseCore"
  [PostgresCatalog]="DigitiseCore"
  [ArchiveExport]="DigitiseCore"
  [FileSystemInbox]="DigitiseCore"
  [DocumentClassifier]="DigitiseCore"
  [ReportRendering]="DigitiseCore"
  [ReportServer]="DigitiseCore ReportRendering"
  [digitise]="DigitiseCLI"
)
# What the report server may import from outside: its web libraries, hashing (tokens) and logging.
server_outside="Foundation Synchronization Dispatch Hummingbird HummingbirdCore HTTPTypes NIOCore Mustache Crypto Logging"

project=" $(ls Sources | tr '\n' ' ') "
status=0
import_re='^[[:space:]]*(@[A-Za-z_]+([(][^)]*[)])?[[:space:]]+)*((public|package|internal|fileprivate|private)[[:space:]]+)?import[[:space:]]+((typealias|struct|class|enum|protocol|let|var|func)[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)'
while IFS= read -r -d '' file; do
  module=${file#Sources/}; module=${module%%/*}
  while IFS= read -r line; do
    [[ $line =~ $import_re ]] || continue
    imported=${BASH_REMATCH[7]}
    if [[ -n ${c_owner[$imported]:-} && ${c_owner[$imported]} != "$module" ]]; then
      echo "lint: $file imports $imported; only ${c_owner[$imported]} may (rule 1)" >&2; status=1; continue
    fi
    if [[ $module == DigitiseCore ]]; then
      [[ " $core_allowed " == *" $imported "* ]] || { echo "lint: $file imports $imported; the core imports $core_allowed only (rule 2)" >&2; status=1; }
      continue
    fi
    [[ -v allowed[$module] ]] || continue
    if [[ $project == *" $imported "* ]]; then
      [[ " ${allowed[$module]} " == *" $imported "* ]] || { echo "lint: $file imports $imported; $module may import ${allowed[$module]:-no project module} (rules 3, 4)" >&2; status=1; }
    elif [[ $module == ReportServer && " $server_outside " != *" $imported "* ]]; then
      echo "lint: $file imports $imported; the report server imports its web libraries only ($server_outside) (rule 3)" >&2; status=1
    fi
  done < "$file"
done < <(find Sources -name '*.swift' -print0)
exit $status
