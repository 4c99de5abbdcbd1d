"""The append-only audit log: every tool call, routing decision, privacy block and denial.

One table, in a SQLite file in the data directory or in PostgreSQL (``core.storage``).
The API can only append and read: there is no update or delete method, and
triggers make the database itself refuse ``UPDATE`` and ``DELETE`` (and, on
PostgreSQL, ``TRUNCATE``) on the table, so a bug (or a hand with a SQL shell and
no intent to drop triggers) cannot quietly rewrite history.

An event says who (user, role), where (thread, run), what (tool, the sha256 of
its canonical JSON arguments — never the arguments), the decision and the
tier. Free text (``detail``) is masked with ``core.privacy.mask`` before it is
written, so the log holds no raw personal data.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from core.privacy import mask
from core.storage import Database, Dialect, Migration, SqliteDatabase, StoreSchema, migrate

EventKind = Literal["route", "authorize", "tool_call", "denial", "privacy_block", "budget", "cache"]

_REFUSAL = "the audit log is append-only"


def _audit_tables(dialect: Dialect) -> list[str]:
    table = (
        "CREATE TABLE IF NOT EXISTS audit (seq {serial_key}, ts {real} NOT NULL, "
        "kind TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL, thread_id TEXT NOT NULL, "
        "run_id TEXT NOT NULL, tool TEXT, arg_hash TEXT, decision TEXT NOT NULL, tier TEXT, "
        "detail TEXT NOT NULL)"
    )
    if dialect.name == "sqlite":
        return [
            table,
            "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit "
            f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END",
            "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit "
            f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END",
        ]
    # No UPDATE/DELETE grant is needed by the app, but the owner role has them anyway:
    # the triggers make the table refuse them whoever asks.
    return [
        table,
        "CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{_REFUSAL}'; END $$",
        "CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON audit "
        "FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
        "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()",
    ]


SCHEMA = StoreSchema("audit", "audit.sqlite", (Migration(1, _audit_tables),))


def arg_hash(args: Mapping[str, Any]) -> str:
    """sha256 of the arguments' canonical JSON (sorted keys, no spaces, UTF-8)."""
    canonical = json.dumps(
        args, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditScope:
    """Who is acting; set around a step so deep layers (the egress guard) can attribute."""

    user_id: str = "unknown"
    role: str = "unknown"
    thread_id: str = ""
    run_id: str = ""


_SCOPE: contextvars.ContextVar[AuditScope | None] = contextvars.ContextVar(
    "switchyard_audit_scope", default=None
)


@contextmanager
def audit_scope(scope: AuditScope) -> Iterator[AuditScope]:
    """Attribute every event recorded inside the block to ``scope``."""
    token = _SCOPE.set(scope)
    try:
        yield scope
    finally:
        _SCOPE.reset(token)


def current_scope() -> AuditScope:
    """The scope set by the innermost ``audit_scope`` (an "unknown" one outside any)."""
    return _SCOPE.get() or AuditScope()


@dataclass(frozen=True)
class AuditEvent:
    """One audit row (``seq`` and ``ts`` are filled in by the log)."""

    kind: EventKind
    decision: str
    user_id: str = "unknown"
    role: str = "unknown"
    thread_id: str = ""
    run_id: str = ""
    tool: str | None = None
    arg_hash: str | None = None
    tier: str | None = None
    detail: str = ""
    ts: float = field(default=0.0)
    seq: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (for ``switchyard audit tail --json``)."""
        return asdict(self)


class AuditLog:
    """Append-only audit events; thread-safe.

    Args:
        target: a SQLite file path (WAL: an append survives a process crash), or a
            ``core.storage`` database (PostgreSQL for replicas).
        masker: applied to every free text before it is stored.
    """

    def __init__(self, target: Path | Database, *, masker: Callable[[str], str] = mask) -> None:
        self._owns_db = isinstance(target, Path)
        self._db = SqliteDatabase(target, wal=True) if isinstance(target, Path) else target
        self._mask = masker
        migrate(self._db, SCHEMA)

    def append(self, event: AuditEvent) -> AuditEvent:
        """Append one event (free text masked); returns it as stored."""
        stored = replace(
            event,
            ts=event.ts or time.time(),
            decision=self._mask(event.decision),
            detail=self._mask(event.detail),
            # A tool name can come from a model that copied injected text: mask it too.
            tool=self._mask(event.tool[:200]) if event.tool else event.tool,
        )
        with self._db.session() as db:
            row = db.execute(
                "INSERT INTO audit (ts, kind, user_id, role, thread_id, run_id, tool, arg_hash, "
                "decision, tier, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING seq",
                (
                    stored.ts,
                    stored.kind,
                    stored.user_id,
                    stored.role,
                    stored.thread_id,
                    stored.run_id,
                    stored.tool,
                    stored.arg_hash,
                    stored.decision,
                    stored.tier,
                    stored.detail,
                ),
            ).fetchone()
        return replace(stored, seq=int(row[0]))

    def record(
        self,
        kind: EventKind,
        decision: str,
        *,
        tool: str | None = None,
        args: Mapping[str, Any] | None = None,
        tier: str | None = None,
        detail: str = "",
        scope: AuditScope | None = None,
    ) -> AuditEvent:
        """Append an event attributed to ``scope`` (default: the current ``audit_scope``)."""
        who = scope or current_scope()
        return self.append(
            AuditEvent(
                kind=kind,
                decision=decision,
                user_id=who.user_id,
                role=who.role,
                thread_id=who.thread_id,
                run_id=who.run_id,
                tool=tool,
                arg_hash=arg_hash(args) if args is not None else None,
                tier=tier,
                detail=detail,
            )
        )

    def tail(self, n: int = 50, *, thread_id: str | None = None) -> list[AuditEvent]:
        """The last ``n`` events, oldest first (optionally of one thread)."""
        sql = (
            "SELECT seq, ts, kind, user_id, role, thread_id, run_id, tool, arg_hash, decision, "
            "tier, detail FROM audit"
        )
        params: tuple[Any, ...] = ()
        if thread_id is not None:
            sql += " WHERE thread_id = ?"
            params = (thread_id,)
        sql += " ORDER BY seq DESC LIMIT ?"
        with self._db.session() as db:
            rows = db.execute(sql, (*params, n)).fetchall()
        return [
            AuditEvent(
                seq=r[0],
                ts=r[1],
                kind=r[2],
                user_id=r[3],
                role=r[4],
                thread_id=r[5],
                run_id=r[6],
                tool=r[7],
                arg_hash=r[8],
                decision=r[9],
                tier=r[10],
                detail=r[11],
            )
            for r in reversed(rows)
        ]

    def count(self, *, kind: EventKind | None = None, thread_id: str | None = None) -> int:
        """How many events there are (of a kind, in a thread)."""
        where: list[str] = []
        params: list[str] = []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if thread_id is not None:
            where.append("thread_id = ?")
            params.append(thread_id)
        sql = "SELECT COUNT(*) FROM audit" + (" WHERE " + " AND ".join(where) if where else "")
        with self._db.session() as db:
            row = db.execute(sql, params).fetchone()
        return int(row[0])

    def close(self) -> None:
        """Close its own SQLite file (appends after this fail); a shared pool stays open."""
        if self._owns_db:
            self._db.close()
