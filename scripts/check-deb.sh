#!/usr/bin/env bash
# Builds the .deb from BUILD_DIR with CPack, checks its metadata, makes a
# fresh minimal Debian 12 root with debootstrap (no container) and installs
# the package there with `apt install ./mailtriage_*.deb`, as a helpdesk
# admin would. tests/packaging/tst_debpackage then runs the programs inside.
#
#   check-deb.sh BUILD_DIR ROOT_DIR
#
# Needs root, debootstrap, and the Debian mirror the host's apt uses. The
# minimal root is made once and kept as a tarball in BUILD_DIR, so ROOT_DIR
# starts clean on every run. Prints the .deb's path as its last line.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: check-deb.sh BUILD_DIR ROOT_DIR" >&2; exit 2; }
build=$(realpath "$1")
root=$2
[ "$(id -u)" -eq 0 ] || { echo "check-deb.sh: chroot needs root" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "check-deb.sh: apt-get install debootstrap" >&2; exit 1; }

say() { echo "check-deb.sh: $*" >&2; }

# 1. The package.
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB -B "$build/packages") >&2
deb=$(ls "$build"/packages/mailtriage_*.deb)
say "built $deb"

# 2. Its metadata, as Debian's tools read it.
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/mailtriage usr/bin/mailtriage-cli \
    usr/share/applications/org.mailtriage.MailTriage.desktop \
    usr/share/metainfo/org.mailtriage.MailTriage.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.mailtriage.MailTriage.svg \
    usr/share/icons/hicolor/48x48/apps/org.mailtriage.MailTriage.png \
    usr/share/icons/hicolor/256x256/apps/org.mailtriage.MailTriage.png \
    usr/share/mailtriage/geoip/geo-whois-asn-country.mmdb \
    usr/share/mailtriage/geoip/NRO_LICENSE \
    usr/share/mailtriage/policy/default-policy.json; do
    grep -q " \./$path\$" <<<"$contents" || { say "$path is not in the package"; exit 1; }
done
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop-file-validate "$unpacked/usr/share/applications/org.mailtriage.MailTriage.desktop"
appstreamcli validate --no-net "$unpacked/usr/share/metainfo/org.mailtriage.MailTriage.metainfo.xml" >&2

# 3. A clean Debian 12 root, from the host's own mirrors.
mirror=http://deb.debian.org/debian
security=http://deb.debian.org/debian-security
uris=$( (grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}';
         grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}') | grep -i debian || true)
if grep -v security <<<"$uris" | grep -q .; then mirror=$(grep -v security <<<"$uris" | head -1); fi
if grep security <<<"$uris" | grep -q .; then security=$(grep security <<<"$uris" | head -1); fi
minbase="$build/debootstrap-bookworm-minbase.tar"
if [ ! -s "$minbase" ]; then
    say "debootstrap bookworm from $mirror"
    rm -rf "$minbase.d"
    debootstrap --variant=minbase bookworm "$minbase.d" "$mirror" >&2
    tar -C "$minbase.d" -cf "$minbase" .
    rm -rf "$minbase.d"
fi
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xf "$minbase"
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SOURCES
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Nothing the package pulls in may start a daemon in the chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

# 4. The install, exactly as the README says.
cp "$deb" "$root/tmp/"
chroot "$root" apt-get update -q >&2
chroot "$root" sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt install -y -q ./$(basename "$deb")" >&2
say "installed into $root"
echo "$deb"
