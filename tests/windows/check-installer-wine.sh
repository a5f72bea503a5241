#!/usr/bin/env bash
# Runs the installer CPack makes from installer/windows/NSIS.template.in under
# Wine: silent per-user installation to a /D directory, then per-machine
# installation, each checked (files, Start-menu and desktop shortcuts,
# "Apps & features" entry with the version) and uninstalled (all of it gone);
# then in Polish, twice over (the second run uninstalls the first).
# The programs are the Linux build's (only the installer runs). The script is
# compiled for amd64 here, as Debian's wine64 runs no 32-bit programs without
# wine32; Windows gets the default x86 stub, with the same script.
#
#   check-installer-wine.sh BUILD_DIR
set -eu

[ $# -eq 1 ] || { echo "usage: check-installer-wine.sh BUILD_DIR" >&2; exit 2; }
BUILD=$(cd "$1" && pwd)
CPACK=${CPACK:-cpack}
WINE=${WINE:-$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)}
[ -x "$WINE" ] || { echo "check-installer-wine.sh: wine64 not found (apt-get install wine64)" >&2; exit 2; }
WINESERVER=$(dirname "$WINE")/wineserver64
[ -x "$WINESERVER" ] || WINESERVER=$(dirname "$WINE")/wineserver

WORK=$(mktemp -d)
export WINEPREFIX=$WORK/prefix HOME=$WORK/home WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY
mkdir -p "$HOME"
cleanup() {
  "$WINESERVER" -k 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

MAILTRIAGE_BUILD=$BUILD MAILTRIAGE_PACKAGE=$WORK/out MAILTRIAGE_NAME=mailtriage-wine \
  "$CPACK" --config "$(dirname "$0")/nsis-from-linux-build.cmake" >"$WORK/cpack.log" 2>&1 ||
  { cat "$WORK/cpack.log"; exit 1; }
NSIS_DIR=$(echo "$WORK"/out/_CPack_Packages/*/NSIS)
(cd "$NSIS_DIR" && makensis -WX "-XTarget amd64-unicode" project.nsi >"$WORK/makensis.log" 2>&1) ||
  { cat "$WORK/makensis.log"; exit 1; }
INSTALLER=$NSIS_DIR/mailtriage-wine.exe
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")

"$WINE" wineboot -i >"$WORK/wineboot.log" 2>&1 || { cat "$WORK/wineboot.log"; exit 1; }
C=$WINEPREFIX/drive_c
USERDIR=$C/users/$(id -un)

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
present() { [ -e "$1" ] || fail "missing after installing: ${1#"$C"/}"; }
absent() { [ ! -e "$1" ] || fail "left after uninstalling: ${1#"$C"/}"; }
registry() { "$WINE" reg query "$1" 2>/dev/null | tr -d '\r'; }
has_key() { "$WINE" reg query "$1" >/dev/null 2>&1; } # reg prints its errors on stdout

check_mode() { # MODE WINDOWS_DIR UNIX_DIR START_MENU REGISTRY_ROOT DESKTOP
  local mode=$1 windir=$2 dir=$3 menu=$4 root=$5 desktop=$6
  echo "--- $mode"
  "$WINE" "$INSTALLER" /S "/$mode" "/D=$windir" || fail "the $mode installer exited with $?"
  present "$dir/bin/mailtriage"
  present "$dir/bin/mailtriage-cli"
  present "$dir/share/mailtriage/geoip/geo-whois-asn-country.mmdb"
  present "$dir/share/mailtriage/policy/default-policy.json"
  present "$dir/Uninstall.exe"
  present "$menu/MailTriage/MailTriage.lnk"
  present "$menu/MailTriage/Uninstall MailTriage.lnk"
  present "$desktop/MailTriage.lnk"
  local entry
  entry=$(registry "$root\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\MailTriage")
  grep -Eq "DisplayVersion +REG_SZ +$VERSION\$" <<<"$entry" || fail "$mode: no DisplayVersion $VERSION in $root"
  grep -Fq "UninstallString    REG_SZ    \"$windir\\Uninstall.exe\" /$mode" <<<"$entry" ||
    fail "$mode: UninstallString in $root is not $windir\\Uninstall.exe /$mode"
  registry "$root\\Software\\MailTriage\\MailTriage" | grep -Eq "InstallMode +REG_SZ +$mode\$" ||
    fail "$mode: InstallMode not recorded in $root"

  "$WINE" "$windir\\Uninstall.exe" /S "/$mode" "_?=$windir" || fail "the $mode uninstaller exited with $?"
  absent "$dir/bin"
  absent "$dir/share"
  absent "$menu/MailTriage"
  absent "$desktop/MailTriage.lnk"
  ! has_key "$root\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\MailTriage" ||
    fail "$mode: the uninstall entry is left in $root"
  ! has_key "$root\\Software\\MailTriage" || fail "$mode: settings left in $root"
}

# /D=... without spaces: Wine quotes an argument with spaces, and NSIS takes
# /D only unquoted. Desktop folders: Wine links the user's to $HOME; the public one is real.
check_mode CurrentUser 'C:\MailTriageUser' "$C/MailTriageUser" \
  "$USERDIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs" HKCU "$USERDIR/Desktop"
check_mode AllUsers 'C:\MailTriageAll' "$C/MailTriageAll" \
  "$C/ProgramData/Microsoft/Windows/Start Menu/Programs" HKLM "$C/users/Public/Desktop"

# Polish (the language remembered from an earlier run), and installing over
# an installed copy (the installer first runs the old uninstaller).
echo "--- Polish, installed twice"
menu="$USERDIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/MailTriage"
"$WINE" reg add 'HKCU\Software\MailTriage\MailTriage' /v "Installer Language" /t REG_SZ /d 1045 /f >/dev/null
for run in 1 2; do
  "$WINE" "$INSTALLER" /S /CurrentUser '/D=C:\MailTriagePl' || fail "the installer (run $run) exited with $?"
  present "$C/MailTriagePl/bin/mailtriage"
  present "$menu/Odinstaluj MailTriage.lnk"
done
"$WINE" 'C:\MailTriagePl\Uninstall.exe' /S /CurrentUser '_?=C:\MailTriagePl' || fail "the uninstaller exited with $?"
absent "$C/MailTriagePl/bin"
absent "$menu"
! has_key 'HKCU\Software\MailTriage' || fail "Polish: settings left in HKCU"

[ "$failures" -eq 0 ] || exit 1
echo "check-installer-wine.sh: installed, checked and uninstalled per user, per machine and in Polish (version $VERSION)"
