#!/usr/bin/env bash
# Installs the Debian packages the build needs (libxml2, SQLite and OpenSSL development files)
# and curl (the server tests talk HTTP with it), and LibreOffice Calc (the workbook tests open
# every workbook written with it, headless), and Chromium with its WebDriver and Japanese fonts
# (the board's browser tests), and PostgreSQL (the store's suites run on it too, in a cluster
# the tests start for themselves as the postgres user; the failover script starts two),
# only when they are missing. Needs root (or sudo) the first time.
set -euo pipefail
needed=()
for package in libxml2-dev libsqlite3-dev libssl-dev zlib1g-dev curl libreoffice-calc \
  chromium chromium-driver fonts-noto-cjk postgresql; do
  dpkg -s "$package" >/dev/null 2>&1 || needed+=("$package")
done
[ ${#needed[@]} -eq 0 ] && exit 0
echo "installing: ${needed[*]}"
sudo_if_needed=()
[ "$(id -u)" -ne 0 ] && sudo_if_needed=(sudo)
"${sudo_if_needed[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq "${needed[@]}"
