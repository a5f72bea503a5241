#!/bin/sh
# Renders the application icon (resources/icons/mailtriage.svg) into the PNG
# sizes the freedesktop icon theme wants and the Windows .ico. The outputs
# are committed, so a build needs neither tool; run this after editing the
# SVG. Needs librsvg2-bin and imagemagick.
set -eu
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w $size -h $size mailtriage.svg -o app/mailtriage-$size.png
done
convert app/mailtriage-16.png app/mailtriage-24.png app/mailtriage-32.png app/mailtriage-48.png \
    app/mailtriage-64.png app/mailtriage-128.png app/mailtriage-256.png app/mailtriage.ico
