#!/usr/bin/env bash
# Does the Windows installer build? Runs CPack's NSIS generator on the install
# tree of a Linux build, so Debian's makensis compiles the script CPack makes
# from installer/windows/NSIS.template.in (warnings are errors), then checks
# what the installer holds (7z) and what the script does.
#
#   check-nsis.sh BUILD_DIR
#
# The programs are the Linux ones here (the Windows CI packs the .exe files
# and their DLLs with the same template); zlib instead of LZMA keeps it quick.
set -eu

[ $# -eq 1 ] || { echo "usage: check-nsis.sh BUILD_DIR" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "$1" && pwd)
CPACK=${CPACK:-cpack}
for tool in "$CPACK" makensis 7z; do
  command -v "$tool" >/dev/null || { echo "check-nsis.sh: $tool not found (apt-get install nsis p7zip-full)" >&2; exit 2; }
done
[ -f "$BUILD/CPackConfig.cmake" ] || { echo "check-nsis.sh: $BUILD/CPackConfig.cmake missing" >&2; exit 2; }

WORK=$(mktemp -d)
[ -z "${KEEP_WORK:-}" ] || echo "check-nsis.sh: keeping $WORK"
[ -n "${KEEP_WORK:-}" ] || trap 'rm -rf "$WORK"' EXIT

if ! MAILTRIAGE_BUILD=$BUILD MAILTRIAGE_PACKAGE=$WORK/out MAILTRIAGE_NAME=mailtriage-check \
  "$CPACK" --config "$ROOT/tests/windows/nsis-from-linux-build.cmake" >"$WORK/cpack.log" 2>&1; then
  cat "$WORK/cpack.log"
  for log in "$WORK"/out/_CPack_Packages/*/NSIS/NSISOutput.log; do
    [ -f "$log" ] && tail -n 40 "$log"
  done
  echo "check-nsis.sh: cpack -G NSIS failed" >&2
  exit 1
fi

INSTALLER=$WORK/out/mailtriage-check.exe
NSI=$(echo "$WORK"/out/_CPack_Packages/*/NSIS/project.nsi)
[ -f "$INSTALLER" ] || { echo "check-nsis.sh: no installer made" >&2; exit 1; }
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# What the installer holds (7z lists an NSIS installer's files).
7z l -slt -ba "$INSTALLER" | sed -n 's/^Path = //p' | tr '\\' '/' >"$WORK/files"
holds() { grep -Eq "^$1\$" "$WORK/files" || fail "the installer does not hold $1"; }
holds 'bin/mailtriage(\.exe)?'
holds 'bin/mailtriage-cli(\.exe)?'
# The default GeoIP database, unless the build was told not to fetch it.
if grep -q '^MAILTRIAGE_FETCH_GEOIP:BOOL=OFF$' "$BUILD/CMakeCache.txt"; then
  echo "check-nsis.sh: MAILTRIAGE_FETCH_GEOIP=OFF, no GeoIP database to look for"
else
  holds 'share/mailtriage/geoip/[^/]+\.mmdb'
fi
holds 'Uninstall\.exe'
holds 'share/mailtriage/policy/default-policy.json'

# What the script does.
does() { grep -Eq -- "$1" "$NSI" || fail "the script lacks $2 ($1)"; }
does '^ *!insertmacro MUI_LANGUAGE "English"' "the English language"
does '^ *!insertmacro MUI_LANGUAGE "Polish"' "the Polish language"
does '^ *!insertmacro MUI_LANGDLL_DISPLAY' "the language-selection dialog"
does '^ *!include /CHARSET=UTF8 ".*/languages\.nsh"' "its own texts (makensis -WX: in both languages)"
does '^ *!include MultiUser.nsh' "the MultiUser setup"
does '^ *!insertmacro MULTIUSER_PAGE_INSTALLMODE' "the per-user/per-machine page"
does '^ *!insertmacro MULTIUSER_INIT' "MultiUser's initialisation"
does '^ *!insertmacro MULTIUSER_UNINIT' "MultiUser's uninstaller initialisation"
does 'CreateShortCut "\$SMPROGRAMS\\\$STARTMENU_FOLDER\\MailTriage\.lnk" "\$INSTDIR\\bin\\mailtriage\.exe"' "the Start-menu shortcut"
does 'CreateShortCut "\$\{DESKTOP_LINK\}" "\$\{GUI_EXE\}"' "the desktop shortcut"
does '^ *WriteUninstaller ' "the uninstaller"
does '^Section "Uninstall"' "the uninstall section"
does "^ *Name \"MailTriage $VERSION\"" "the version in the name"
does "^ *VIProductVersion \"$VERSION\\.0\"" "the version in the file properties"
does 'Delete "\$INSTDIR\\bin\\mailtriage(\.exe)?"' "the removal of the programs"

if [ "$failures" -ne 0 ]; then
  echo "--- files in the installer:"
  cat "$WORK/files"
  exit 1
fi
echo "check-nsis.sh: $(wc -l <"$WORK/files") files in a $(du -k "$INSTALLER" | cut -f1) KiB installer, version $VERSION, script checked"
