#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the last line that runs on Node 20) into
# .vscode-test/ for the real-VS Code tests, offline-safe: @vscode/ripgrep's postinstall would
# download rg, so it is served from a cache built from Debian's ripgrep. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=.vscode-test/code-server
if [ -x "$prefix/node_modules/.bin/code-server" ]; then
  echo "code-server already installed in $prefix"
  exit 0
fi
command -v rg >/dev/null || { echo "ripgrep missing: apt-get install ripgrep (scripts/setup.sh does it)"; exit 2; }
tmp="${TMPDIR:-/tmp}"
for version in 1.15.11 1.15.10 1.15.9 1.15.14; do
  mkdir -p "$tmp/vscode-ripgrep-cache-$version" "$tmp/rgpkg"
  cp /usr/bin/rg "$tmp/rgpkg/rg"
  for target in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do
    for rgversion in v13.0.0-10 v13.0.0-13 v14.1.1-1; do
      tar czf "$tmp/vscode-ripgrep-cache-$version/ripgrep-$rgversion-$target.tar.gz" -C "$tmp/rgpkg" rg
    done
  done
done
mkdir -p "$prefix"
export XDG_CONFIG_HOME="$tmp/skm-xdg/config" XDG_DATA_HOME="$tmp/skm-xdg/data" XDG_CACHE_HOME="$tmp/skm-xdg/cache"
npm_config_unsafe_perm=true npm_config_yes=true npm install --prefix "$prefix" --no-audit --no-fund --foreground-scripts code-server@4.100.3 >"$prefix/install.log" 2>&1 || { tail -40 "$prefix/install.log"; exit 1; }
"$prefix/node_modules/.bin/code-server" --version
