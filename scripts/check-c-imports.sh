#!/usr/bin/env bash
# Each C module is imported by exactly one adapter module (STYLE.md, rule 2). Fails naming any other importer.
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A owner=([CLeptonica]=PageImaging [CTesseract]=TesseractOCR [CTIFF]=ImageCodecs [CPNG]=ImageCodecs [CTurboJPEG]=ImageCodecs)
status=0
for module in "${!owner[@]}"; do
  while IFS= read -r file; do
    case "$file" in
      Sources/${owner[$module]}/*) ;;
      *) echo "lint: $file imports $module; only ${owner[$module]} may" >&2; status=1 ;;
    esac
  done < <(grep -rlE "^\s*(internal |public |@_implementationOnly )?import $module\b" Sources Tests || true)
done
exit $status
