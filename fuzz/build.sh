#!/usr/bin/env bash
# Builds the libFuzzer harnesses for the image decoders (fuzz/Fuzz{TIFF,PNG,JPEG}.swift) with AddressSanitizer,
# straight with swiftc (not SwiftPM, so it never touches .build/debug or .build/release):
#   1. Sources/DigitiseCore/**/*.swift -> a static library and module DigitiseCore;
#   2. Sources/ImageCodecs/*.swift -> a static library and module ImageCodecs;
#   3. fuzz/FuzzSupport.swift + one harness -> one executable per decoder.
# Output: $FUZZ_BUILD (default .build/fuzz, relative to the repository root)/fuzz-{tiff,png,jpeg}.
# FUZZ_OPT=-Onone if -O ever breaks; FUZZ_JOBS to limit swiftc's parallel jobs; FUZZ_SOURCES=folder to take
# Sources/ from another checkout (e.g. a worktree with a fix; the harnesses still come from this fuzz/).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=${FUZZ_BUILD:-.build/fuzz}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
OPT=${FUZZ_OPT:--O}
JOBS=${FUZZ_JOBS:-$(nproc)}
for pc in libtiff-4 libpng libturbojpeg; do
    pkg-config --exists "$pc" || { echo "fuzz/build.sh: pkg-config cannot find $pc (apt-get install libtiff-dev libpng-dev libturbojpeg0-dev pkg-config)" >&2; exit 69; }
done
# -g for symbolised stacks; -swift-version 6 as Package.swift sets; the sanitizers on both modules.
FLAGS=(-sanitize=fuzzer,address -parse-as-library "$OPT" -g -swift-version 6 -j "$JOBS")
CCFLAGS=()
for f in $(pkg-config --cflags libtiff-4 libpng libturbojpeg); do CCFLAGS+=(-Xcc "$f"); done
CMODS=()
for d in CTIFF CPNG CTurboJPEG; do CMODS+=(-I "$OUT/src/$d"); done
read -r -a LIBS <<<"$(pkg-config --libs libtiff-4 libpng libturbojpeg)"

start=$(date +%s)
# Compile a snapshot of the sources: swiftc refuses a file that changes while it builds (someone editing Sources/).
SRC="$OUT/src"
rm -rf "$SRC" && mkdir -p "$SRC"
SOURCES=${FUZZ_SOURCES:-Sources}
for m in DigitiseCore ImageCodecs CTIFF CPNG CTurboJPEG; do cp -R "$SOURCES/$m" "$SRC/"; done
cp -R fuzz "$SRC/"
cd "$SRC"
mapfile -t CORE < <(find DigitiseCore -name '*.swift' | sort)
echo "fuzz/build.sh: DigitiseCore (${#CORE[@]} files) -> $OUT/libDigitiseCore.a"
mkdir -p "$OUT/modules"
swiftc "${FLAGS[@]}" -module-name DigitiseCore -emit-module -emit-module-path "$OUT/modules/DigitiseCore.swiftmodule" \
    -emit-library -static -o "$OUT/libDigitiseCore.a" "${CORE[@]}"

mapfile -t CODECS < <(find ImageCodecs -maxdepth 1 -name '*.swift' | sort)
echo "fuzz/build.sh: ImageCodecs (${#CODECS[@]} files) -> $OUT/libImageCodecs.a"
swiftc "${FLAGS[@]}" -module-name ImageCodecs -emit-module -emit-module-path "$OUT/modules/ImageCodecs.swiftmodule" \
    -I "$OUT/modules" "${CMODS[@]}" "${CCFLAGS[@]}" -emit-library -static -o "$OUT/libImageCodecs.a" "${CODECS[@]}"

for decoder in TIFF PNG JPEG; do
    exe="$OUT/fuzz-$(tr 'A-Z' 'a-z' <<<"$decoder")"
    echo "fuzz/build.sh: fuzz/Fuzz$decoder.swift -> $exe"
    swiftc "${FLAGS[@]}" -module-name "Fuzz$decoder" -I "$OUT/modules" "${CMODS[@]}" "${CCFLAGS[@]}" \
        fuzz/FuzzSupport.swift "fuzz/Fuzz$decoder.swift" \
        -L "$OUT" -lImageCodecs -lDigitiseCore "${LIBS[@]}" -o "$exe" 2> >(grep -v 'Cannot export local symbol' >&2)
done
echo "fuzz/build.sh: built in $(($(date +%s) - start)) s"
