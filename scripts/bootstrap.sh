#!/usr/bin/env bash
# Installs everything the demo and the tests need on a fresh Debian machine, then prints nothing
# but progress. Safe to run again: each step is skipped when its result is already there.
#   - Debian packages: docker-registry (the OCI registry), apache2-utils (htpasswd), openssl,
#     zip and unzip (the install action extracts zip assets with unzip; its tests build them),
#     chromium with fonts-liberation2 and fonts-noto-color-emoji (test/summaries/ renders the job
#     summaries in headless Chromium: Arial's metrics, and the ✅ ❌ marks)
#   - Node.js 24 from the npm registry's node-linux-<arch> package, when `node` is older
#   - pnpm (the version pinned in package.json) and the workspace's dependencies
# Source scripts/env.sh afterwards to put Node 24 and pnpm on PATH.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

need_apt=()
command -v docker-registry >/dev/null || need_apt+=(docker-registry)
command -v htpasswd >/dev/null || need_apt+=(apache2-utils)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v zip >/dev/null || need_apt+=(zip)
command -v unzip >/dev/null || need_apt+=(unzip)
command -v chromium >/dev/null || need_apt+=(chromium)
fc-list -q 'Liberation Sans' 2>/dev/null || need_apt+=(fonts-liberation2)
fc-list -q 'Noto Color Emoji' 2>/dev/null || need_apt+=(fonts-noto-color-emoji)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "bootstrap: installing Debian packages: ${need_apt[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

node_version=$(cat .node-version)
pnpm_version=$(cat .pnpm-version)
case "$(uname -m)" in
  x86_64) node_arch=x64 ;;
  aarch64 | arm64) node_arch=arm64 ;;
  *) echo "bootstrap: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
tools="$root/.tools"
node_bin="$tools/node/node_modules/node-linux-$node_arch/bin"
if [ ! -x "$node_bin/node" ] || [ "$("$node_bin/node" --version)" != "v$node_version" ]; then
  echo "bootstrap: installing Node.js $node_version (npm package node-linux-$node_arch)"
  npm install --prefix "$tools/node" --no-save --no-audit --no-fund --loglevel=error \
    "node-linux-$node_arch@$node_version" >/dev/null
fi
if [ ! -x "$tools/pnpm/node_modules/.bin/pnpm" ] ||
  [ "$("$tools/pnpm/node_modules/.bin/pnpm" --version)" != "$pnpm_version" ]; then
  echo "bootstrap: installing pnpm $pnpm_version"
  npm install --prefix "$tools/pnpm" --no-save --no-audit --no-fund --loglevel=error \
    "pnpm@$pnpm_version" >/dev/null 2>&1
fi

# shellcheck source=env.sh
. "$root/scripts/env.sh"
echo "bootstrap: node $(node --version), pnpm $(pnpm --version)"
pnpm install --frozen-lockfile --reporter=silent
