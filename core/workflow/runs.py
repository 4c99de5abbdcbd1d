"""Workflow runs: which definition each run used, and side effects already done.

Runs live in SQLite or PostgreSQL (``core.storage``), so a replica can resume another's run.

A run stores the workflow's name, version, content hash and the full source text
(the snapshot), so ``resume`` rebuilds the graph it started on even after the file
changed. ``effects`` holds one idempotency key per run and step (and loop pass):
written *before* a side-effecting tool call and completed after it, so a resumed
run never repeats a call that may already have happened.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from core.storage import Database, Migration, SqliteDatabase, StoreSchema, migrate

RunStatus = Literal["running", "done", "paused", "failed"]
EffectState = Literal["started", "done"]

SCHEMA = StoreSchema(
    "workflow_runs",
    "workflow_runs.sqlite",
    (
        Migration(
            1,
            (
                "CREATE TABLE IF NOT EXISTS workflow_runs (run_id TEXT PRIMARY KEY, "
                "workflow TEXT NOT NULL, version TEXT NOT NULL, hash TEXT NOT NULL, "
                "snapshot TEXT NOT NULL, status TEXT NOT NULL, inputs TEXT NOT NULL, "
                "outputs TEXT NOT NULL DEFAULT '{{}}', pending TEXT, error TEXT, "
                "created_at {real} NOT NULL, updated_at {real} NOT NULL)",
                "CREATE INDEX IF NOT EXISTS workflow_runs_name "
                "ON workflow_runs(workflow, created_at)",
                "CREATE TABLE IF NOT EXISTS workflow_effects (run_id TEXT NOT NULL, "
                "key TEXT NOT NULL, state TEXT NOT NULL, output TEXT, "
                "updated_at {real} NOT NULL, PRIMARY KEY (run_id, key))",
            ),
        ),
    ),
)
_RUN_COLUMNS = (
    "run_id, workflow, version, hash, snapshot, status, inputs, outputs, pending, error, "
    "created_at, updated_at"
)


@dataclass(frozen=True)
class RunRow:
    """One workflow run as stored."""

    run_id: str
    workflow: str
    version: str
    hash: str
    snapshot: str
    status: RunStatus
    inputs: dict[str, Any]
    outputs: dict[str, Any]
    pending: dict[str, Any] | None
    error: str | None
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class Effect:
    """An idempotency key's state and, once done, the call's recorded output."""

    state: EffectState
    output: dict[str, Any] | None


class RunStore:
    """Thread-safe store of workflow runs and their side effects.

    Args:
        target: a SQLite file path (``workflow_runs.sqlite``), or a ``core.storage``
            database (PostgreSQL, so a run paused on one replica resumes on another).
    """

    def __init__(self, target: Path | Database) -> None:
        self._db = SqliteDatabase(target) if isinstance(target, Path) else target
        migrate(self._db, SCHEMA)

    def start(
        self,
        run_id: str,
        *,
        workflow: str,
        version: str,
        content_hash: str,
        snapshot: str,
        inputs: dict[str, Any],
    ) -> None:
        """Record a new run and the definition it runs on."""
        now = time.time()
        with self._db.session() as db:
            db.execute(
                "INSERT INTO workflow_runs (run_id, workflow, version, hash, snapshot, status, "
                "inputs, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    run_id,
                    workflow,
                    version,
                    content_hash,
                    snapshot,
                    "running",
                    json.dumps(inputs, ensure_ascii=False),
                    now,
                    now,
                ),
            )

    def update(
        self,
        run_id: str,
        status: RunStatus,
        *,
        outputs: dict[str, Any] | None = None,
        pending: dict[str, Any] | None = None,
        error: str | None = None,
    ) -> None:
        """Set a run's status, outputs, pending question and error."""
        with self._db.session() as db:
            db.execute(
                "UPDATE workflow_runs SET status=?, outputs=?, pending=?, error=?, updated_at=? "
                "WHERE run_id=?",
                (
                    status,
                    json.dumps(outputs or {}, ensure_ascii=False, default=str),
                    json.dumps(pending, ensure_ascii=False, default=str) if pending else None,
                    error,
                    time.time(),
                    run_id,
                ),
            )

    def get(self, run_id: str) -> RunRow | None:
        """One run, or ``None``."""
        with self._db.session() as db:
            row = db.execute(
                f"SELECT {_RUN_COLUMNS} FROM workflow_runs WHERE run_id = ?", (run_id,)
            ).fetchone()
        return _row(row) if row else None

    def list(self, workflow: str | None = None, limit: int = 50) -> list[RunRow]:
        """The latest runs, newest first (of one workflow when named)."""
        query = f"SELECT {_RUN_COLUMNS} FROM workflow_runs"
        params: tuple[Any, ...] = ()
        if workflow:
            query += " WHERE workflow = ?"
            params = (workflow,)
        query += " ORDER BY created_at DESC LIMIT ?"
        with self._db.session() as db:
            rows = db.execute(query, (*params, limit)).fetchall()
        return [_row(r) for r in rows]

    def effect(self, run_id: str, key: str) -> Effect | None:
        """The state of an idempotency key (``None``: the call was never started)."""
        with self._db.session() as db:
            row = db.execute(
                "SELECT state, output FROM workflow_effects WHERE run_id = ? AND key = ?",
                (run_id, key),
            ).fetchone()
        if row is None:
            return None
        state: EffectState = "done" if row[0] == "done" else "started"
        return Effect(state, json.loads(row[1]) if row[1] else None)

    def begin_effect(self, run_id: str, key: str) -> bool:
        """Claim a key before the call; ``False`` when it was already claimed."""
        with self._db.session() as db:
            cursor = db.execute(
                "INSERT INTO workflow_effects (run_id, key, state, output, updated_at) "
                "VALUES (?,?,?,?,?) ON CONFLICT (run_id, key) DO NOTHING",
                (run_id, key, "started", None, time.time()),
            )
            return cursor.rowcount == 1

    def finish_effect(self, run_id: str, key: str, output: dict[str, Any]) -> None:
        """Mark a claimed key done with the call's output."""
        with self._db.session() as db:
            db.execute(
                "UPDATE workflow_effects SET state='done', output=?, updated_at=? "
                "WHERE run_id=? AND key=?",
                (json.dumps(output, ensure_ascii=False, default=str), time.time(), run_id, key),
            )


def _row(row: tuple[Any, ...]) -> RunRow:
    status: RunStatus = row[5] if row[5] in ("running", "done", "paused", "failed") else "failed"
    return RunRow(
        run_id=row[0],
        workflow=row[1],
        version=row[2],
        hash=row[3],
        snapshot=row[4],
        status=status,
        inputs=json.loads(row[6]),
        outputs=json.loads(row[7] or "{}"),
        pending=json.loads(row[8]) if row[8] else None,
        error=row[9],
        created_at=row[10],
        updated_at=row[11],
    )
