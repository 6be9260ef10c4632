#!/usr/bin/env bash
# Sets up a fresh Debian machine for skm-as-code: the Debian packages the PDF pipeline, the
# two-shard ClickHouse check (clickhouse-server, clickhouse-client), the workbook recalculation
# (LibreOffice Calc) and the tests need (pandoc, Chromium, poppler-utils, fonts, git), then the npm
# dependencies and a build.
# Idempotent; skips apt when everything is already present. `--system-packages` stops after apt
# (CI runs `npm ci` and the build as steps of its own).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pandoc chromium poppler-utils fonts-dejavu-core git ripgrep libkrb5-dev time clickhouse-server clickhouse-client libreoffice-calc-nogui)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "apt: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ "${1:-}" = "--system-packages" ] && exit 0

npm ci --no-audit --no-fund
npm run build
