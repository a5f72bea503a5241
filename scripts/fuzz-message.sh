#!/bin/sh
# Builds the message analyzer's libFuzzer target with clang and runs it for a
# bounded time, seeded with the bounce corpus (its returned messages carry
# Received lines and signatures) and the test messages.
# Usage: scripts/fuzz-message.sh [SECONDS] [BUILD_DIR]
# Exit status: 0 when no crash, hang or sanitizer report; artifacts go to
# BUILD_DIR/artifacts-message.
set -eu
seconds=${1:-60}
here=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$here/build-fuzz}
shared=${MAILTRIAGE_TESTDATA:-$here/../shared}

CXX=${CXX_FUZZ:-clang++} cmake -S "$here/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_message >/dev/null

corpus="$build/corpus-message"
mkdir -p "$corpus" "$build/artifacts-message"
if [ -d "$shared/corpus/bounces-dev/messages" ]; then
    cp -n "$shared"/corpus/bounces-dev/messages/*.eml "$corpus"/ 2>/dev/null || true
fi
cp -n "$here"/tests/fixtures/messages/*.eml "$corpus"/ 2>/dev/null || true

exec "$build/fuzz_message" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts-message/" "$corpus"
