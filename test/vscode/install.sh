#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 as a server) into .code-server/, outside the extension's node_modules so it
# never reaches the .vsix, plus the Debian packages it and the browser tests need. Idempotent: a second run is a no-op.
# code-server's own postinstall downloads ripgrep from GitHub and answers "no" to `npx node-gyp`, so it is done by
# hand here (see ../shared/REAL-VSCODE.md).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/.code-server"
VERSION=4.100.3
MARKER="$DIR/.installed-$VERSION"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v make >/dev/null || need_apt+=(build-essential)
command -v g++ >/dev/null || need_apt+=(build-essential)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
command -v python3 >/dev/null || need_apt+=(python3)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need_apt[@]}"
fi

if [ -e "$MARKER" ]; then
  echo "code-server $VERSION already installed in $DIR"
  exit 0
fi

rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
export npm_config_yes=true          # node-pty's install runs `npx node-gyp`
echo '{"name":"newsline-code-server","private":true}' > package.json
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION"
npm rebuild argon2
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --unsafe-perm --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild --unsafe-perm           # node-pty, spdlog, kerberos, native-watchdog
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --no-audit --no-fund --unsafe-perm --omit=dev)
touch "$MARKER"
echo "code-server $VERSION installed in $DIR"
