#!/usr/bin/env bash
# Install the third-party MCP servers the client tests run against, each in its
# own environment the way users run them, so their pins never touch .venv
# (and they stay peers we did not build: their SDK version is theirs, not ours).
# Idempotent: a second run with the pins already installed only checks them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="${SWITCHYARD_MCP_THIRD_PARTY:-$ROOT/.mcp-third-party}"
UV="$ROOT/.venv/bin/uv"

TIME_PIN="2026.10.19"
GIT_PIN="2026.10.19"
FS_PIN="2026.8.31"
CONFORMANCE_PIN="0.1.16"
INSPECTOR_PIN="2.12.0"
# The conformance suite uses fs.globSync (Node >= 22); the machine's Node may be
# older, so a pinned Node from the npm registry runs it.
NODE_PIN="22.23.3"
EVERYTHING_PIN="2026.8.31"

mkdir -p "$DEST"

# --- mcp-server-time (PyPI) -------------------------------------------------
TIME_VENV="$DEST/time-venv"
if [[ ! -x "$TIME_VENV/bin/mcp-server-time" ]] \
   || ! "$TIME_VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('mcp-server-time') != '$TIME_PIN')" 2>/dev/null; then
  echo "installing mcp-server-time==$TIME_PIN into $TIME_VENV"
  [[ -x "$TIME_VENV/bin/python" ]] || "$UV" venv --quiet --python "$ROOT/.venv/bin/python" "$TIME_VENV"
  "$UV" pip install --quiet --python "$TIME_VENV/bin/python" "mcp-server-time==$TIME_PIN"
fi

# --- mcp-server-git (PyPI): the policy gate's acceptance check creates a branch with it
GIT_VENV="$DEST/git-venv"
if [[ ! -x "$GIT_VENV/bin/mcp-server-git" ]] \
   || ! "$GIT_VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('mcp-server-git') != '$GIT_PIN')" 2>/dev/null; then
  echo "installing mcp-server-git==$GIT_PIN into $GIT_VENV"
  [[ -x "$GIT_VENV/bin/python" ]] || "$UV" venv --quiet --python "$ROOT/.venv/bin/python" "$GIT_VENV"
  "$UV" pip install --quiet --python "$GIT_VENV/bin/python" "mcp-server-git==$GIT_PIN"
fi

# --- @modelcontextprotocol/server-filesystem (npm, run with node) ------------
NPM_DIR="$DEST/npm"
FS_PKG="$NPM_DIR/node_modules/@modelcontextprotocol/server-filesystem/package.json"
if [[ ! -f "$FS_PKG" ]] || ! grep -q "\"version\": \"$FS_PIN\"" "$FS_PKG"; then
  echo "installing @modelcontextprotocol/server-filesystem@$FS_PIN into $NPM_DIR"
  mkdir -p "$NPM_DIR"
  npm install --silent --no-audit --no-fund --prefix "$NPM_DIR" \
    "@modelcontextprotocol/server-filesystem@$FS_PIN" 2>&1 | grep -v 'Unknown user config' || true
  [[ -f "$FS_PKG" ]] || { echo "npm install of server-filesystem failed" >&2; exit 1; }
fi

# --- @modelcontextprotocol/conformance and inspector (npm), with the Node that runs them
# install_node_tool DIR PACKAGE VERSION: PACKAGE@VERSION and node@NODE_PIN into DIR.
install_node_tool() {
  local dir="$1" pkg="$2" pin="$3"
  local manifest="$dir/node_modules/$pkg/package.json" node_bin="$dir/node_modules/.bin/node"
  if [[ -f "$manifest" ]] && grep -q "\"version\": \"$pin\"" "$manifest" \
     && [[ "$("$node_bin" --version 2>/dev/null)" == "v$NODE_PIN" ]]; then
    return
  fi
  echo "installing $pkg@$pin and node@$NODE_PIN into $dir"
  mkdir -p "$dir"
  npm install --silent --no-audit --no-fund --prefix "$dir" "$pkg@$pin" "node@$NODE_PIN" 2>&1 \
    | grep -v 'Unknown user config' || true
  [[ -f "$manifest" && -x "$node_bin" ]] || { echo "npm install of $pkg failed" >&2; exit 1; }
}
install_node_tool "$DEST/conformance" "@modelcontextprotocol/conformance" "$CONFORMANCE_PIN"
install_node_tool "$DEST/inspector" "@modelcontextprotocol/inspector" "$INSPECTOR_PIN"
# --- @modelcontextprotocol/server-everything (npm): progress, long-running operation,
# elicitation, resource links, list_changed, structured content, annotations (stdio and HTTP)
EV_PKG="$NPM_DIR/node_modules/@modelcontextprotocol/server-everything/package.json"
if [[ ! -f "$EV_PKG" ]] || ! grep -q "\"version\": \"$EVERYTHING_PIN\"" "$EV_PKG"; then
  echo "installing @modelcontextprotocol/server-everything@$EVERYTHING_PIN into $NPM_DIR"
  mkdir -p "$NPM_DIR"
  npm install --silent --no-audit --no-fund --prefix "$NPM_DIR" \
    "@modelcontextprotocol/server-everything@$EVERYTHING_PIN" 2>&1 | grep -v 'Unknown user config' || true
  [[ -f "$EV_PKG" ]] || { echo "npm install of server-everything failed" >&2; exit 1; }
fi

echo "third-party MCP servers ready in $DEST"
