#!/bin/sh
# Builds the bounce parser's libFuzzer target with clang and runs it for a
# bounded time, seeded with the bounce corpus and the help pages.
# Usage: scripts/fuzz-bounce.sh [SECONDS] [BUILD_DIR]
# Exit status: 0 when no crash, hang or sanitizer report; artifacts go to
# BUILD_DIR/artifacts.
set -eu
seconds=${1:-60}
here=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$here/build-fuzz}
# Third-party seeds (bounce corpus, help pages), when present: one setting.
shared=${MAILTRIAGE_TESTDATA:-$here/../shared}

CXX=${CXX_FUZZ:-clang++} cmake -S "$here/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null

corpus="$build/corpus"
mkdir -p "$corpus" "$build/artifacts"
if [ -d "$shared/corpus/bounces-dev/messages" ]; then
    cp -n "$shared"/corpus/bounces-dev/messages/*.eml "$corpus"/ 2>/dev/null || true
fi
if [ -d "$shared/seeds" ]; then
    cp -n "$shared"/seeds/*.txt "$corpus"/ 2>/dev/null || true
fi

# One process, bounded time, a per-input timeout that catches hangs, and a
# memory limit that catches unbounded growth.
exec "$build/fuzz_bounce" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/" "$corpus"
