#!/bin/sh
# Screenshots of every page and dialog in both languages with sample
# diagnoses (test DNS server, no network), saved as PNGs for people to look
# at: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]. Under Xvfb when it is
# installed (real X11 rendering), else on Qt's offscreen platform.
set -eu
build=${1:-build}
out=${2:-screenshots}
cmake --build "$build" --target screenshots
mkdir -p "$out"
if command -v xvfb-run >/dev/null 2>&1; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" "$build/tests/screenshots" "$out"
else
    QT_QPA_PLATFORM=offscreen "$build/tests/screenshots" "$out"
fi
echo "screenshots in $out"
