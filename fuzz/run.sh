#!/usr/bin/env bash
# `make fuzz`: builds the decoder harnesses (fuzz/build.sh) and runs each for SECONDS (default 180), one at a time,
# then prints one table. Exits 0 when nothing was found, 1 when any decoder has a finding, 2 when a run failed.
#
#   bash fuzz/run.sh [SECONDS]          FUZZ_BUILD=folder (default .build/fuzz)  FUZZ_DECODERS="tiff png jpeg"
#
# Per decoder, under $FUZZ_BUILD:
#   corpus-<decoder>/    the corpus: seeded from Tests/Fixtures/images and Tests/Fixtures/hostile (files of that
#                        format), kept and grown from run to run;
#   findings-<decoder>/  this run's crash-, leak-, timeout- and oom- files (the previous run's are moved to
#                        findings-<decoder>.prev/);
#   log-<decoder>.txt    libFuzzer's output.
# Limits: -rss_limit_mb=2048, -malloc_limit_mb=1024 (one allocation over 1 GiB, with files of at most 8 MiB and pages
# of at most 20 MP, is a bug: caught at the malloc, with its stack), -timeout=10 s per input, -max_len=262144.
# libFuzzer stops at its first finding; the script then takes the input out of the corpus if it came from there (a
# seed that crashes would stop every restart) and goes on for the rest of the time, so one finding does not hide
# the others. The same bug may be found again through another input: look at the stacks before counting bugs.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SECONDS_EACH=${1:-180}
[[ $SECONDS_EACH =~ ^[0-9]+$ && $SECONDS_EACH -gt 0 ]] || { echo "usage: bash fuzz/run.sh [SECONDS per decoder]" >&2; exit 2; }
export FUZZ_BUILD=${FUZZ_BUILD:-.build/fuzz}
# The decoders' fault injection (CrashTrigger) must never act here: a planted crash is not a finding.
unset DIGITISE_TEST_FAULTS
# Swift's own crash handler (the runtime backtracer) would catch a Swift trap first and trip ASan itself; let
# libFuzzer report the signal with its stack instead.
export SWIFT_BACKTRACE=enable=no
# One-time allocations of the C libraries that are not leaks (see the file).
export LSAN_OPTIONS="suppressions=$ROOT/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# After this many findings of one decoder it stops early (the same bug tends to come back through other inputs).
MAX_FINDINGS=${FUZZ_MAX_FINDINGS:-10}

bash fuzz/build.sh || exit 2
OUT=$(cd "$FUZZ_BUILD" && pwd)

extensions() {  # seed file name extensions per decoder
    case $1 in
        tiff) echo 'tif tiff' ;;
        png) echo 'png' ;;
        jpeg) echo 'jpg jpeg' ;;
    esac
}

declare -A EXECS SECS CORPUS FOUND RUNS
status=0
for decoder in ${FUZZ_DECODERS:-tiff png jpeg}; do
    exe="$OUT/fuzz-$decoder"
    corpus="$OUT/corpus-$decoder"
    findings="$OUT/findings-$decoder"
    log="$OUT/log-$decoder.txt"
    mkdir -p "$corpus"
    rm -rf "$findings.prev"
    [[ -d $findings ]] && mv "$findings" "$findings.prev"
    mkdir -p "$findings"
    : >"$log"
    shopt -s nullglob
    for dir in Tests/Fixtures/images Tests/Fixtures/hostile; do
        for ext in $(extensions "$decoder"); do
            for f in "$dir"/*."$ext"; do cp -n "$f" "$corpus/seed-$(basename "$f")"; done
        done
    done
    shopt -u nullglob

    execs=0 runs=0 start=$(date +%s)
    while :; do
        left=$((SECONDS_EACH - ($(date +%s) - start)))
        ((left > 0)) || break
        runs=$((runs + 1))
        echo "fuzz: $decoder: run $runs, ${left} s left" | tee -a "$log"
        "$exe" "$corpus" -max_total_time="$left" -print_final_stats=1 -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 -max_len=262144 \
            -artifact_prefix="$findings/" >>"$log" 2>&1
        rc=$?
        n=$(tac "$log" | grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' | grep -o '[0-9]*$' || true)
        execs=$((execs + ${n:-0}))
        ((rc == 0)) && break
        # A finding (or a run that failed to start: then there is no new artifact and we stop).
        newest=$(ls -t "$findings" | grep -E '^(crash|leak|timeout|oom)-' | head -1)
        if [[ -z $newest ]] || ! grep -q -E '^(==[0-9]+==|SUMMARY)' "$log"; then
            echo "fuzz: $decoder: libFuzzer exited $rc without a finding; see $log" >&2
            status=2
            break
        fi
        echo "fuzz: $decoder: finding $findings/$newest" | tee -a "$log"
        # The artifact's name is the SHA-1 of its bytes; drop a corpus file with the same bytes.
        sha=${newest#*-}
        (cd "$corpus" && sha1sum -- * 2>/dev/null | awk -v s="$sha" '$1 == s { sub(/^[^ ]+  /, ""); print }' | while read -r f; do rm -f -- "$f"; done)
        found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
        ((found >= MAX_FINDINGS)) && { echo "fuzz: $decoder: $found findings, stopping early" | tee -a "$log"; break; }
    done
    secs=$(($(date +%s) - start))
    EXECS[$decoder]=$execs
    SECS[$decoder]=$secs
    RUNS[$decoder]=$runs
    CORPUS[$decoder]=$(find "$corpus" -type f | wc -l)
    FOUND[$decoder]=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    ((FOUND[$decoder] > 0 && status == 0)) && status=1
done

echo
printf '%-8s %8s %12s %9s %8s %9s\n' decoder seconds executions exec/s corpus findings
for decoder in ${FUZZ_DECODERS:-tiff png jpeg}; do
    [[ -n ${SECS[$decoder]:-} ]] || continue
    s=${SECS[$decoder]}
    printf '%-8s %8d %12d %9d %8d %9d\n' "$decoder" "$s" "${EXECS[$decoder]}" $((EXECS[$decoder] / (s > 0 ? s : 1))) \
        "${CORPUS[$decoder]}" "${FOUND[$decoder]}"
done
for decoder in ${FUZZ_DECODERS:-tiff png jpeg}; do
    ((${FOUND[$decoder]:-0} > 0)) || continue
    echo
    echo "findings-$decoder ($OUT/findings-$decoder; log $OUT/log-$decoder.txt):"
    # Each finding's kind, its first frame outside the sanitizer and libFuzzer, and its first frame in our Swift code
    # (demangled), counted.
    awk 'function flush() { if (kind != "") print kind " | " first " | " ours; kind = "" }
         /^==[0-9]+== ?ERROR/ {
             flush(); kind = $0; sub(/^==[0-9]+== ?(ERROR: )?/, "", kind); sub(/ \(used:.*| \(malloc.*/, "", kind); first = ours = "-"; next }
         kind != "" && /^ +#[0-9]+ / && !/compiler-rt|libclang_rt|in malloc |in calloc |in realloc |in posix_memalign |in operator new|swift_slowAlloc|__sanitizer|fuzzer::|\(\/lib\/x86_64-linux-gnu\/libc\.so\.6\+0x/ {
             frame = $0; sub(/^ +#[0-9]+ 0x[0-9a-f]+ (in )?/, "", frame); sub(/ \(BuildId: [0-9a-f]+\)/, "", frame)
             if (first == "-") first = frame
             if (ours == "-" && frame ~ /\.swift:[0-9]/ && frame !~ /\/fuzz\/Fuzz/) { ours = frame; sub(/ \/.*\/src\//, " ", ours); flush() } }
         END { flush() }' "$OUT/log-$decoder.txt" |
        swift demangle --simplified 2>/dev/null | sort | uniq -c | sort -rn | sed 's/^/  /'
done
exit $status
