#!/usr/bin/env bash
# Does our C++ compile for Windows? Every .cpp of core/, ui/ and app/ is
# compiled with MinGW-w64 (-fsyntax-only, C++17, the _WIN32 side of every
# #ifdef active) against the Linux build's Qt 6 headers, with the include
# directories and definitions of its target (BUILD_DIR/tests/windows/
# portability/*.rsp, written by tests/windows/CMakeLists.txt). Every .h is
# preprocessed the same way, for the poisoned includes below.
#
#   check-windows-portability.sh BUILD_DIR [FILE...]
#
# FILEs (paths from the repository's root) restrict the check to them.
# MinGW ships unistd.h, fcntl.h, sys/stat.h... so POSIX calls could slip
# through: a "poison" include directory comes first and turns every direct
# include of a POSIX-only header by one of our files into an #error (third-
# party and system headers that include them still get the real one). The
# POSIX-only parts of <csignal> (sigaction, SA_RESTART...) are not poisoned:
# MinGW does not declare them, so using them unguarded fails on its own.
# Exits non-zero on any error or warning, naming the file and why.
set -eu

[ $# -ge 1 ] || { echo "usage: check-windows-portability.sh BUILD_DIR [FILE...]" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "$1" && pwd)
shift
CXX=${MINGW_CXX:-x86_64-w64-mingw32-g++-posix}
RSP=$BUILD/tests/windows/portability
command -v "$CXX" >/dev/null || { echo "$CXX not found (apt-get install g++-mingw-w64-x86-64-posix)" >&2; exit 2; }
[ -f "$RSP/mailtriage_core.rsp" ] || { echo "$RSP/*.rsp missing: configure $BUILD with -DBUILD_TESTING=ON" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The poison directory.
for header in unistd.h fcntl.h sys/stat.h sys/socket.h sys/uio.h sys/mman.h sys/wait.h sys/un.h \
    sys/select.h sys/ioctl.h sys/resource.h sys/utsname.h sys/statvfs.h sys/file.h netinet/in.h \
    netinet/tcp.h arpa/inet.h netdb.h poll.h pwd.h grp.h dlfcn.h termios.h syslog.h ifaddrs.h \
    net/if.h pthread.h resolv.h; do
  mkdir -p "$WORK/poison/$(dirname "$header")"
  cat >"$WORK/poison/$header" <<POISON
#if __INCLUDE_LEVEL__ <= 1
#error "POSIX-only header <$header>: guard it with #ifdef Q_OS_UNIX (and give Q_OS_WIN an alternative) or use Qt"
#endif
#if __has_include_next(<$header>)
#include_next <$header>
#endif
POISON
done

# The third-party headers of the Linux build (ldns, libmaxminddb, libpsl,
# OpenSSL), without the rest of /usr/include: glibc's headers must not be
# found. ldns/net.h includes <sys/socket.h>, which MinGW lacks; MSYS2's ldns
# includes winsock there, so the shim maps it to winsock2.h/ws2tcpip.h.
TP=$WORK/thirdparty
mkdir -p "$TP/openssl" "$TP/sys"
ln -s /usr/include/ldns "$TP/ldns"
ln -s /usr/include/libpsl.h "$TP/libpsl.h"
MULTIARCH=$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
ln -s "/usr/include/$MULTIARCH/maxminddb.h" "/usr/include/$MULTIARCH/maxminddb_config.h" "$TP/"
ln -s /usr/include/openssl/*.h "/usr/include/$MULTIARCH"/openssl/*.h "$TP/openssl/"
printf '#pragma once\n#include <winsock2.h>\n#include <ws2tcpip.h>\n' >"$TP/sys/socket.h"

# The Linux build's flags per target, without /usr/include itself.
mkdir -p "$WORK/rsp" "$WORK/log"
for rsp in "$RSP"/*.rsp; do
  grep -v -e "^'-I/usr/include'\$" -e "^'-I/usr/include/$MULTIARCH'\$" "$rsp" >"$WORK/rsp/${rsp##*/}" || true
done

# One precompiled header per target with the Qt headers its sources and
# those it sees include: parsing them once instead of once per file is most
# of the time saved. A target whose header does not precompile goes without.
cd "$ROOT"
mkdir -p "$WORK/pch"
for target in mailtriage_core mailtriage_ui mailtriage mailtriage-cli; do
  case $target in
    mailtriage_core) dirs="core" ;;
    mailtriage_ui) dirs="core ui" ;;
    mailtriage) dirs="core ui app/gui" ;;
    mailtriage-cli) dirs="core app/cli" ;;
  esac
  # shellcheck disable=SC2086
  grep -rhE '^#include <Q[A-Za-z]+>$' $dirs | sort -u >"$WORK/pch/$target.h"
done
printf '%s\n' mailtriage_core mailtriage_ui mailtriage mailtriage-cli |
  xargs -P2 -I{} "$CXX" -x c++-header -std=c++17 -Wno-attributes -I"$WORK/poison" @"$WORK/rsp/{}.rsp" \
    -I"$WORK/thirdparty" "$WORK/pch/{}.h" -o "$WORK/pch/{}.h.gch" 2>/dev/null || true

export ROOT CXX WORK
check_one() {
  local file=$1 rsp
  case $file in
    core/*) rsp=mailtriage_core ;;
    ui/*) rsp=mailtriage_ui ;;
    app/gui/*) rsp=mailtriage ;;
    app/*) rsp=mailtriage-cli ;;
  esac
  # A header is only preprocessed (its code is compiled with the .cpp files
  # that include it), without -Werror: GCC warns of "#pragma once in main file".
  local mode=(-fsyntax-only -Werror)
  [ -f "$WORK/pch/$rsp.h.gch" ] && mode+=(-include "$WORK/pch/$rsp.h")
  case $file in *.h) mode=(-E) ;; esac
  # -Wno-attributes: Debian's Qt headers were configured for Linux; seen
  # with _WIN32 their exports become dllimport, which GCC finds redeclared.
  local log=$WORK/log/${file//\//_}
  if ! "$CXX" -x c++ -std=c++17 "${mode[@]}" -o /dev/null -Wall -Wextra -Wno-attributes \
      -I"$WORK/poison" @"$WORK/rsp/$rsp.rsp" -I"$WORK/thirdparty" "$ROOT/$file" >"$log" 2>&1; then
    echo "FAIL $file"
    sed 's/^/    /' "$log"
    return 1
  fi
  echo "ok   $file"
}
export -f check_one

# The programs' resource script (icon, version information) compiles too.
WINDRES=${CXX%-g++*}-windres
for rc in "$RSP"/*.rc; do
  "$WINDRES" -O coff -o "$WORK/resource.res" "$rc" >"$WORK/windres.log" 2>&1 ||
    { cat "$WORK/windres.log"; echo "windows portability: $WINDRES $rc failed" >&2; exit 1; }
done

if [ $# -gt 0 ]; then
  printf '%s\0' "$@" >"$WORK/files"
else
  # The Redis store is not built for Windows (no MinGW hiredis in Debian;
  # core/CMakeLists.txt): its files are left out here too.
  find core ui app \( -name '*.cpp' -o -name '*.h' \) -not -name 'redisstatestore.*' -print0 | sort -z >"$WORK/files"
fi
count=$(tr -cd '\0' <"$WORK/files" | wc -c)
# shellcheck disable=SC2016
if xargs -0 -n1 -P2 bash -c 'check_one "$1"' _ <"$WORK/files" >"$WORK/result" 2>&1; then
  echo "windows portability: all $count files compile for Windows"
else
  grep -v '^ok ' "$WORK/result"
  echo "windows portability: $(grep -c '^FAIL' "$WORK/result") of $count files fail (see above)" >&2
  exit 1
fi
