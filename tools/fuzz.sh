#!/usr/bin/env bash
# Builds the libFuzzer target on the wire protocol's decoders (tests/fuzz/FuzzProtocol.cpp with
# sync/Protocol.cpp and Qt 6 Core, clang++ -fsanitize=fuzzer,address,undefined) and runs it for a bounded
# time, seeded with every message under docs/protocol/examples. Exits non-zero on any crash, sanitizer
# report or broken round trip (the input is kept as <out>/crash-*), and when clang or its fuzzer runtime is
# missing - a fuzz run that cannot run must not pass.
#   tools/fuzz.sh [--out DIR] [--seconds N] [--build-only]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/build/fuzz"
seconds=30
run=1
while [[ $# -gt 0 ]]; do
    case "$1" in
    --out) out=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --build-only) run=0; shift ;;
    *) echo "usage: $0 [--out DIR] [--seconds N] [--build-only]" >&2; exit 2 ;;
    esac
done
fail() { echo "fuzz: $*" >&2; exit 1; }

cxx=${FUZZ_CXX:-clang++}
command -v "$cxx" >/dev/null || fail "$cxx not found: install clang (tools/deps.sh)"
resources=$("$cxx" -print-resource-dir 2>/dev/null) || fail "$cxx is not clang: libFuzzer needs clang (tools/deps.sh)"
runtime="$resources/lib/linux/libclang_rt.fuzzer-$(uname -m).a"
[[ -f "$runtime" ]] || fail "clang's libFuzzer runtime is missing ($runtime): install libclang-rt-14-dev (tools/deps.sh)"
pkg-config --exists Qt6Core || fail "pkg-config does not know Qt6Core: install qt6-base-dev (tools/deps.sh)"

mkdir -p "$out/corpus"
binary="$out/fuzz-protocol"
# shellcheck disable=SC2046 # pkg-config's flags are words
"$cxx" -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -DQT_NO_CAST_FROM_ASCII -I"$root/sync" $(pkg-config --cflags Qt6Core) \
    "$root/sync/Protocol.cpp" "$root/tests/fuzz/FuzzProtocol.cpp" \
    $(pkg-config --libs Qt6Core) -o "$binary"
[[ $run -eq 1 ]] || exit 0

# Seeds: every example's JSON behind the selector byte of its channel's decoder (the first byte picks the
# decoder: 0 commands, 1 acks, 2 hello, 3 events, 4 command-acks, 5 status, 6 the topic parser), and its topic.
seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
n=0
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
[[ $n -gt 0 ]] || fail "no seeds under docs/protocol/examples"
# Inputs that once failed run first, every time: a fixed bug stays fixed whatever the random search does.
cp "$root/tests/fuzz/regressions/"* "$seeds/"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "fuzz: $n seeds, $seconds s"
"$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/" "$out/corpus" "$seeds"
