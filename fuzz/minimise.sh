#!/usr/bin/env bash
# Shrinks one finding to a small input that still fails the same way, and shows its stack (demangled).
#
#   bash fuzz/minimise.sh DECODER ARTIFACT [OUT]     e.g. bash fuzz/minimise.sh png .build/fuzz/findings-png/oom-1234
#
# DECODER is tiff, png or jpeg; OUT defaults to ARTIFACT.min. Uses the harness fuzz/run.sh built (FUZZ_BUILD), with
# the same limits, for FUZZ_MINIMISE_SECONDS (default 60).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ $# -ge 2 ]] || { echo "usage: bash fuzz/minimise.sh tiff|png|jpeg ARTIFACT [OUT]" >&2; exit 2; }
decoder=$1 artifact=$2 out=${3:-$2.min}
cd "$ROOT"
exe="${FUZZ_BUILD:-.build/fuzz}/fuzz-$decoder"
[[ -x $exe ]] || { echo "no $exe: run fuzz/build.sh first" >&2; exit 2; }
unset DIGITISE_TEST_FAULTS
# Swift's own crash handler (the runtime backtracer) would catch a Swift trap first and trip ASan itself; let
# libFuzzer report the signal with its stack instead.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$ROOT/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
limits=(-rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10)
"$exe" "${limits[@]}" -minimize_crash=1 -max_total_time="${FUZZ_MINIMISE_SECONDS:-60}" -exact_artifact_path="$out" "$artifact" \
    >"$out.log" 2>&1 || true
[[ -s $out ]] || cp "$artifact" "$out"  # nothing smaller found
echo "$artifact: $(stat -c %s "$artifact") bytes -> $out: $(stat -c %s "$out") bytes"
# The stack of the minimised input (libFuzzer exits non-zero on it: that is the point).
"$exe" "${limits[@]}" "$out" 2>&1 | sed -n '/^==[0-9]*== *ERROR\|^SUMMARY\|^ *#[0-9]/p' | swift demangle --simplified | head -40 || true
