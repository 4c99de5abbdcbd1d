"""Tool-definition pinning: trust on first use, then flag every change.

A server that silently rewrites a tool's description or schema can steer the
model ("tool poisoning"). The first time a server's tools are seen their
definitions are hashed and stored; a later difference disables the changed
tools until the user approves them (``switchyard mcp approve NAME``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from agents.mcp.errors import McpConfigError
from core.storage import Database, Migration, Session, StoreSchema, migrate


def tool_hash(name: str, description: str, input_schema: dict[str, Any],
              annotations: dict[str, Any]) -> str:  # fmt: skip
    """Stable hash of what the model sees of a tool (and what we decide from).

    Annotations are included because flipping ``destructiveHint`` changes
    whether a call is confirmed first.
    """
    canonical = json.dumps(
        {"name": name, "description": description, "input_schema": input_schema,
         "annotations": annotations},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )  # fmt: skip
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class PinStore:
    """Pinned tool hashes per server in one JSON file, written atomically.

    The file is re-read before every check so an approval made by another
    process (the CLI) is seen by a running app on the server's next start.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, json.JSONDecodeError) as exc:
            # Never fall back to trusting everything again: say how to recover.
            raise McpConfigError(
                "*", f"MCP pin file {self.path} is unreadable ({exc}); fix or delete it to re-pin"
            ) from exc
        servers = data.get("servers", {}) if isinstance(data, dict) else {}
        return {str(k): dict(v) for k, v in servers.items() if isinstance(v, dict)}

    def _write(self, servers: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".mcp_pins.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"version": 1, "servers": servers}, fh, indent=2, sort_keys=True)
        os.replace(tmp, self.path)

    def check(self, server: str, current: dict[str, str]) -> list[str]:
        """Compare a server's current tool hashes with its pins.

        The first sighting of a server pins everything and returns no changes.

        Args:
            server: Server name.
            current: Tool name -> hash as just listed.

        Returns:
            Sorted names of tools that are new or changed since pinned.
        """
        with self._lock:
            servers = self._read()
            pinned = servers.get(server)
            if pinned is None:
                servers[server] = dict(current)
                self._write(servers)
                return []
            return sorted(name for name, h in current.items() if pinned.get(name) != h)

    def approve(self, server: str, current: dict[str, str]) -> None:
        """Pin the server's current definitions, replacing the old ones."""
        with self._lock:
            servers = self._read()
            servers[server] = dict(current)
            self._write(servers)

    def pinned(self, server: str) -> dict[str, str] | None:
        """The server's pins, or ``None`` if it was never seen."""
        with self._lock:
            return self._read().get(server)


PINS_SCHEMA = StoreSchema(
    "mcp_pins",
    "mcp_pins.sqlite",
    (
        Migration(
            1,
            (
                "CREATE TABLE IF NOT EXISTS mcp_pins (server TEXT NOT NULL, tool TEXT NOT NULL, "
                "hash TEXT NOT NULL, PRIMARY KEY (server, tool))",
            ),
        ),
    ),
)


class TablePinStore(PinStore):
    """The same pins in a ``core.storage`` table, so replicas on PostgreSQL share approvals.

    ``switchyard mcp approve`` on any replica is then seen by every other one at its
    server's next start, as the JSON file is seen by processes of one host.
    """

    def __init__(self, db: Database) -> None:
        super().__init__(Path(PINS_SCHEMA.sqlite_file))
        self._db = db
        migrate(db, PINS_SCHEMA)

    def _read(self) -> dict[str, dict[str, str]]:
        with self._db.session() as session:
            rows = session.execute("SELECT server, tool, hash FROM mcp_pins").fetchall()
        servers: dict[str, dict[str, str]] = {}
        for server, tool, digest in rows:
            servers.setdefault(str(server), {})[str(tool)] = str(digest)
        return servers

    def check(self, server: str, current: dict[str, str]) -> list[str]:
        """See ``PinStore.check``; the first sighting is pinned in one transaction."""
        with self._db.session(exclusive=True) as session:
            rows = session.execute(
                "SELECT tool, hash FROM mcp_pins WHERE server = ?", (server,)
            ).fetchall()
            # A server with no tools is still "seen": an empty-named marker row records it.
            if not rows:
                self._replace(session, server, current)
                return []
        pinned = {str(t): str(h) for t, h in rows if t != ""}
        return sorted(name for name, h in current.items() if pinned.get(name) != h)

    def approve(self, server: str, current: dict[str, str]) -> None:
        """Pin the server's current definitions, replacing the old ones."""
        with self._db.session(exclusive=True) as session:
            self._replace(session, server, current)

    def pinned(self, server: str) -> dict[str, str] | None:
        """The server's pins, or ``None`` if it was never seen."""
        found = self._read().get(server)
        return None if found is None else {t: h for t, h in found.items() if t != ""}

    @staticmethod
    def _replace(session: Session, server: str, current: dict[str, str]) -> None:
        session.execute("DELETE FROM mcp_pins WHERE server = ?", (server,))
        session.executemany(
            "INSERT INTO mcp_pins (server, tool, hash) VALUES (?,?,?)",
            [(server, "", ""), *((server, name, h) for name, h in current.items())],
        )
