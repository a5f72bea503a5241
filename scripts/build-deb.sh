#!/usr/bin/env bash
# Installs what building needs (Debian 12), makes a release build in
# build-release/ and packs it with CPack: prints the .deb's path.
#   scripts/build-deb.sh
# scripts/check-deb.sh (run by tst_debpackage) proves such a package in a
# clean Debian 12 root.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/deps.sh"
install_deps build
configure_and_build "$ROOT/build-release" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cd "$ROOT/build-release"
rm -f mailtriage_*.deb
cpack -G DEB >&2
ls "$PWD"/mailtriage_*.deb
