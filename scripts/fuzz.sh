#!/bin/sh
# Builds a libFuzzer target of tests/fuzz with clang and runs it for a
# bounded time. TARGET: bounce (the bounce analysis, seeded with the bounce
# corpus and the help pages) or message (the message analyzer, seeded with
# the bounce corpus, whose returned messages carry Received lines and
# signatures, and the test messages).
# Usage: scripts/fuzz.sh bounce|message [SECONDS] [BUILD_DIR]
# Exit status: 0 when no crash, hang or sanitizer report; artifacts go to
# BUILD_DIR/artifacts-TARGET.
set -eu
target=${1:?usage: scripts/fuzz.sh bounce|message [SECONDS] [BUILD_DIR]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")/.." && pwd)
build=${3:-$here/build-fuzz}
# Third-party seeds (bounce corpus, help pages), when present: one setting.
shared=${MAILTRIAGE_TESTDATA:-$here/../shared}
case "$target" in
bounce | message) ;;
*) echo "scripts/fuzz.sh: unknown target $target (bounce or message)" >&2; exit 2 ;;
esac

CXX=${CXX_FUZZ:-clang++} cmake -S "$here/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target "fuzz_$target" >/dev/null

corpus="$build/corpus-$target"
mkdir -p "$corpus" "$build/artifacts-$target"
if [ -d "$shared/corpus/bounces-dev/messages" ]; then
    cp -n "$shared"/corpus/bounces-dev/messages/*.eml "$corpus"/ 2>/dev/null || true
fi
if [ "$target" = bounce ] && [ -d "$shared/seeds" ]; then
    cp -n "$shared"/seeds/*.txt "$corpus"/ 2>/dev/null || true
fi
if [ "$target" = message ]; then
    cp -n "$here"/tests/fixtures/messages/*.eml "$corpus"/ 2>/dev/null || true
fi

# One process, bounded time, a per-input timeout that catches hangs, and a
# memory limit that catches unbounded growth.
exec "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts-$target/" "$corpus"
