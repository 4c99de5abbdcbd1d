#!/usr/bin/env bash
# Install Arize Phoenix, the OTLP receiver the OpenTelemetry export tests send spans to,
# in its own environment: it brings ~140 packages (its own OpenTelemetry, protobuf,
# SQLAlchemy, pandas...) whose pins must never touch the app's .venv.
# Idempotent: a second run with the pin already installed only checks it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="${SWITCHYARD_PHOENIX_VENV:-$ROOT/.phoenix-venv}"
UV="$ROOT/.venv/bin/uv"

PHOENIX_PIN="20.26.1"

if [[ ! -x "$DEST/bin/phoenix" ]] \
   || ! "$DEST/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('arize-phoenix') != '$PHOENIX_PIN')" 2>/dev/null; then
  echo "installing arize-phoenix==$PHOENIX_PIN into $DEST"
  [[ -x "$DEST/bin/python" ]] || "$UV" venv --quiet --python "$ROOT/.venv/bin/python" "$DEST"
  "$UV" pip install --quiet --python "$DEST/bin/python" "arize-phoenix==$PHOENIX_PIN"
fi

echo "Phoenix ready in $DEST"
