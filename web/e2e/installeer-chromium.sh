#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (web/e2e) when it is missing. playwright-core drives this browser;
# it never downloads one of its own. Needs root or sudo, as any system package does.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  "$CHROMIUM" --version
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Chromium ontbreekt en dit account mag geen pakketten installeren. Installeer het pakket 'chromium' (Debian) als beheerder." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium ontbreekt en apt-get is er niet. Installeer Chromium zo dat het op $CHROMIUM staat, of zet CHROMIUM=<pad> voor de tests." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
