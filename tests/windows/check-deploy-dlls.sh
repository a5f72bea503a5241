#!/usr/bin/env bash
# installer/windows/deploy-dlls.cmake.in, the Windows install step that copies
# the DLLs windeployqt leaves out, run here on MinGW-w64 stand-ins: programs
# in bin/ that import a "Qt" DLL already there and an "ldns" DLL from the
# "MSYS2 prefix", a deployed "Qt plugin" that imports "libcrypto", Qt's SVG
# icon engine (not deployed, imports "Qt SVG"), an unused DLL and OpenSSL's
# libssl (loaded at run time, imported by nothing). After the script, bin/
# must hold exactly what the programs need: the prefix's DLLs they and the
# plugins import, libssl, the compiler's runtime, and neither the unused DLL
# nor Windows' own (stand-ins of kernel32 and msvcrt in a Windows/System32
# directory, on PATH there); the SVG icon engine must be among the plugins.
# The prefix's name has a space, as Windows paths often do.
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CXX=${MINGW_CXX:-x86_64-w64-mingw32-g++-posix}
CC=${CXX/g++/gcc}
OBJDUMP=${CXX%-g++*}-objdump
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
mkdir -p "pre fix" qtplugins/iconengines stage/bin stage/plugins/tls Windows/System32

dll() { # NAME CODE [IMPORTED_DLL...]
  local name=$1 code=$2
  shift 2
  echo "$code" >"$name.c"
  "$CC" -shared -o "$name" "$name.c" "$@"
}
dll Windows/System32/kernel32.dll '__declspec(dllexport) int k(void) { return 1; }'
dll Windows/System32/msvcrt.dll '__declspec(dllexport) int m(void) { return 1; }'
dll "pre fix/libcrypto-3-x64.dll" '__declspec(dllexport) int crypto(void) { return 1; }'
dll "pre fix/libssl-3-x64.dll" '__declspec(dllexport) int ssl(void) { return 1; }'
dll "pre fix/libicuuc74.dll" '__declspec(dllexport) int icu(void) { return 1; }'
dll "pre fix/libunused.dll" '__declspec(dllexport) int unused(void) { return 1; }'
dll "pre fix/libldns-3.dll" 'int crypto(void); __declspec(dllexport) int ldns(void) { return crypto(); }' \
  "pre fix/libcrypto-3-x64.dll"
# Lower case: Windows finds imports whatever their case, Linux would not.
dll stage/bin/qt6core.dll 'int icu(void); __declspec(dllexport) int qt(void) { return icu(); }' "pre fix/libicuuc74.dll"
dll stage/plugins/tls/qopensslbackend.dll 'int crypto(void); __declspec(dllexport) int tls(void) { return crypto(); }' \
  "pre fix/libcrypto-3-x64.dll"
dll "pre fix/qt6svg.dll" '__declspec(dllexport) int svg(void) { return 1; }'
dll qtplugins/iconengines/qsvgicon.dll 'int svg(void); __declspec(dllexport) int icon(void) { return svg(); }' \
  "pre fix/qt6svg.dll"
cat >main.cpp <<'CPP'
#include <string>
extern "C" int qt(void);
extern "C" int ldns(void);
int main() { return qt() + ldns() + int(std::string("x").size()); }
CPP
"$CXX" -o stage/bin/mailtriage.exe main.cpp stage/bin/qt6core.dll "pre fix/libldns-3.dll"
cp stage/bin/mailtriage.exe stage/bin/mailtriage-cli.exe

runtime=$(dirname "$("$CXX" -print-file-name=libstdc++-6.dll)")
pthread=$(dirname "$("$CXX" -print-file-name=libwinpthread-1.dll)")
cat >configure.cmake <<CMAKE
set(MAILTRIAGE_DLL_DIRS "$WORK/pre fix" "$runtime" "$pthread" "$WORK/Windows/System32")
set(CMAKE_INSTALL_BINDIR bin)
set(MAILTRIAGE_QT_PLUGINS_DIR "$WORK/qtplugins")
set(CMAKE_OBJDUMP "$(command -v "$OBJDUMP")")
configure_file("$ROOT/installer/windows/deploy-dlls.cmake.in" "$WORK/deploy-dlls.cmake" @ONLY)
CMAKE
cmake -P configure.cmake
cmake -DCMAKE_INSTALL_PREFIX="$WORK/stage" -P deploy-dlls.cmake >deploy.log 2>&1 || { cat deploy.log; exit 1; }

(cd stage/bin && ls *.dll) >got
printf '%s\n' qt6core.dll libcrypto-3-x64.dll libgcc_s_seh-1.dll libicuuc74.dll libldns-3.dll libssl-3-x64.dll \
  libstdc++-6.dll libwinpthread-1.dll qt6svg.dll | LC_ALL=C sort >want
LC_ALL=C sort -o got got
if ! diff -u want got; then
  cat deploy.log
  echo "check-deploy-dlls.sh: bin/ does not hold what the programs need (- missing, + extra)" >&2
  exit 1
fi
[ -f stage/plugins/iconengines/qsvgicon.dll ] ||
  { cat deploy.log; echo "check-deploy-dlls.sh: the SVG icon engine is not deployed" >&2; exit 1; }
if grep -q 'not found' deploy.log; then
  cat deploy.log
  echo "check-deploy-dlls.sh: DLLs not found" >&2
  exit 1
fi
echo "check-deploy-dlls.sh: bin/ holds the $(wc -l <got) DLLs the programs need"
