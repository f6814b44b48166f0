#!/bin/sh
# setup.sh — installs the Debian packages csquery needs to build and test,
# where they are missing. Run as root (or with sudo) on Debian/Ubuntu.
# sqlite3 runs the tests of the SQLite extension, groff-base checks the
# manual page, zsh the zsh completion; clang and its fuzzer runtime
# (libclang-rt-14-dev) build the libFuzzer harnesses of tools/fuzz.
set -eu
PACKAGES="build-essential clang cmake pkg-config libicu-dev libpcre2-dev libsqlite3-dev
libjansson-dev libcmocka-dev libxml2-dev libxml2-utils chromium chromium-driver
fonts-wqy-microhei python3 python3-jsonschema xz-utils ripgrep sqlite3 groff-base zsh
libclang-rt-14-dev"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "setup: all packages present"
  exit 0
fi
echo "setup: installing$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
