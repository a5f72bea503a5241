#!/usr/bin/env bash
# Installs what MailTriage needs (Debian 12), builds it and starts the GUI
# on its embedded defaults (the system's DNS servers, the UI in the
# system's language). Extra arguments go to the app, e.g. --lang pl.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/deps.sh"
install_deps build
configure_and_build "$ROOT/build" -DBUILD_TESTING=OFF
exec "$ROOT/build/app/mailtriage" "$@"
