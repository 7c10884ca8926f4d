#!/usr/bin/env bash
# Builds one libFuzzer target (clang++ -fsanitize=fuzzer,address,undefined, Qt 6 Core) and runs it for a
# bounded time from its seeds. Exits non-zero on any crash, sanitizer report or broken invariant (the input is
# kept as <out>/crash-*), and when clang or its fuzzer runtime is missing - a fuzz run that cannot run must
# not pass.
#   tools/fuzz.sh [--target protocol|gs1|wedge|printer-status] [--out DIR] [--seconds N] [--build-only]
# Targets (tests/fuzz/README.md):
#   protocol        the wire protocol's decoders (sync/Protocol), seeded from docs/protocol/examples
#   gs1             scan decoding and the GS1 element-string parser, seeded from tests/data/gs1-vectors.tsv
#   wedge           the keyboard-wedge detector and the decoder behind it, seeded from the same vectors
#   printer-status  the Zebra ~HS / ~HQES status parser, seeded from tests/fuzz/seeds/printer-status
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=protocol
out=""
seconds=30
run=1
while [[ $# -gt 0 ]]; do
    case "$1" in
    --target) target=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --build-only) run=0; shift ;;
    *) echo "usage: $0 [--target protocol|gs1|wedge|printer-status] [--out DIR] [--seconds N] [--build-only]" >&2
       exit 2 ;;
    esac
done
fail() { echo "fuzz: $*" >&2; exit 1; }

gs1_sources=("$root/devices/Gs1.cpp" "$root/devices/DigitalLink.cpp" "$root/devices/ScanDecoder.cpp"
             "$root/core/Result.cpp")
case "$target" in
protocol) sources=("$root/sync/Protocol.cpp" "$root/tests/fuzz/FuzzProtocol.cpp"); includes=(-I"$root/sync") ;;
gs1) sources=("${gs1_sources[@]}" "$root/tests/fuzz/FuzzGs1.cpp") ;;
wedge) sources=("$root/devices/WedgeDetector.cpp" "${gs1_sources[@]}" "$root/tests/fuzz/FuzzWedge.cpp") ;;
printer-status) sources=("$root/devices/PrinterStatus.cpp" "$root/tests/fuzz/FuzzPrinterStatus.cpp") ;;
*) fail "unknown target '$target' (protocol, gs1, wedge, printer-status)" ;;
esac
[[ $target == protocol ]] || includes=(-I"$root/devices" -I"$root/core")
[[ -n "$out" ]] || out="$root/build/fuzz"
out="$out/$target"

cxx=${FUZZ_CXX:-clang++}
command -v "$cxx" >/dev/null || fail "$cxx not found: install clang (tools/deps.sh)"
resources=$("$cxx" -print-resource-dir 2>/dev/null) || fail "$cxx is not clang: libFuzzer needs clang (tools/deps.sh)"
runtime="$resources/lib/linux/libclang_rt.fuzzer-$(uname -m).a"
[[ -f "$runtime" ]] || fail "clang's libFuzzer runtime is missing ($runtime): install libclang-rt-14-dev (tools/deps.sh)"
pkg-config --exists Qt6Core || fail "pkg-config does not know Qt6Core: install qt6-base-dev (tools/deps.sh)"

mkdir -p "$out/corpus"
binary="$out/fuzz-$target"
# shellcheck disable=SC2046 # pkg-config's flags are words
"$cxx" -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -DQT_NO_CAST_FROM_ASCII "${includes[@]}" $(pkg-config --cflags Qt6Core) \
    "${sources[@]}" $(pkg-config --libs Qt6Core) -o "$binary"
[[ $run -eq 1 ]] || exit 0

seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
n=0
case "$target" in
protocol)
    # Every example's JSON behind the selector byte of its channel's decoder (the first byte picks the
    # decoder: 0 commands, 1 acks, 2 hello, 3 events, 4 command-acks, 5 status, 6 the topic parser), and its
    # topic.
    while IFS= read -r -d '' file; do
        body=()
        while IFS= read -r line; do
            [[ -z "${line// /}" || "$line" == \#* ]] || body+=("$line")
        done <"$file"
        [[ ${#body[@]} -eq 2 ]] || continue
        case "${body[0]##*/}" in
        commands) selector='\x00' ;;
        acks) selector='\x01' ;;
        hello) selector='\x02' ;;
        events) selector='\x03' ;;
        command-acks) selector='\x04' ;;
        status) selector='\x05' ;;
        *) selector='\x00' ;;
        esac
        n=$((n + 1))
        { printf "$selector"; printf '%s' "${body[1]}"; } >"$seeds/example-$n"
        { printf '\x06'; printf '%s' "${body[0]}"; } >"$seeds/topic-$n"
    done < <(find "$root/docs/protocol/examples" -name '*.msg' -print0 | sort -z)
    ;;
gs1 | wedge)
    # Each vector's scan as the scanner sends it (<GS> is the byte 0x1D), with its terminator.
    while IFS=$'\t' read -r id scan _; do
        [[ -z "$id" || "$id" == \#* || "$id" == id ]] && continue
        n=$((n + 1))
        printf '%s\r' "${scan//<GS>/$'\x1d'}" >"$seeds/vector-$n"
    done <"$root/tests/data/gs1-vectors.tsv"
    ;;
esac
if [[ -d "$root/tests/fuzz/seeds/$target" ]]; then
    for file in "$root/tests/fuzz/seeds/$target"/*; do
        [[ -f "$file" ]] || continue
        n=$((n + 1))
        cp "$file" "$seeds/"
    done
fi
[[ $n -gt 0 ]] || fail "no seeds for $target"
# Inputs that once failed run first, every time: a fixed bug stays fixed whatever the random search does.
if [[ -d "$root/tests/fuzz/regressions/$target" ]]; then
    cp "$root/tests/fuzz/regressions/$target/"* "$seeds/" 2>/dev/null || true
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "fuzz $target: $n seeds, $seconds s"
"$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/" "$out/corpus" "$seeds"
