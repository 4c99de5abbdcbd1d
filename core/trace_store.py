"""The trace store: one row per run, one per step, in SQLite or PostgreSQL (``core.storage``).

Text is masked on the way in (``core.privacy.mask``), so the viewer, the CLI
and any export read data that never held raw personal data.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from core.storage import Database, Migration, SqliteDatabase, StoreSchema, migrate
from core.types import PrivacyClass, StepRecord, recorded_ms

SCHEMA = StoreSchema(
    "traces",
    "traces.sqlite",
    (
        Migration(
            1,
            (
                "CREATE TABLE IF NOT EXISTS runs (run_id TEXT PRIMARY KEY, "
                "thread_id TEXT NOT NULL, user_id TEXT NOT NULL DEFAULT 'local', "
                "workspace TEXT NOT NULL DEFAULT 'default', created_at {real} NOT NULL, "
                "question TEXT NOT NULL, answer TEXT NOT NULL, privacy TEXT NOT NULL, "
                "tokens_in INTEGER NOT NULL, tokens_out INTEGER NOT NULL, cost {real} NOT NULL, "
                "cloud_estimate {real} NOT NULL, latency_ms {real} NOT NULL, "
                "path TEXT NOT NULL DEFAULT '[]', parent_run_id TEXT, checkpoint_id TEXT)",
                "CREATE INDEX IF NOT EXISTS runs_thread ON runs(thread_id, created_at)",
                "CREATE INDEX IF NOT EXISTS runs_user ON runs(user_id, created_at)",
                "CREATE TABLE IF NOT EXISTS steps ("
                "run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE, "
                "idx INTEGER NOT NULL, record TEXT NOT NULL, PRIMARY KEY (run_id, idx))",
            ),
        ),
        # The user's verdict on a run's answer (thumbs up/down, `switchyard trace rate`):
        # the labels `switchyard router fit --from-traces` adapts the router with.
        Migration(
            2,
            (
                "CREATE TABLE IF NOT EXISTS ratings ("
                "run_id TEXT PRIMARY KEY REFERENCES runs(run_id) ON DELETE CASCADE, "
                "good INTEGER NOT NULL, rated_at {real} NOT NULL)",
            ),
        ),
    ),
)
Rating = Literal["good", "bad"]
_RUN_COLUMNS = (
    "run_id",
    "thread_id",
    "user_id",
    "workspace",
    "created_at",
    "question",
    "answer",
    "privacy",
    "tokens_in",
    "tokens_out",
    "cost",
    "cloud_estimate",
    "latency_ms",
    "path",
    "parent_run_id",
    "checkpoint_id",
)
# Replacing a run (a re-recorded turn) updates every column but its id.
_UPSERT_RUN = (
    f"INSERT INTO runs ({', '.join(_RUN_COLUMNS)}) VALUES ({','.join('?' * len(_RUN_COLUMNS))}) "
    "ON CONFLICT (run_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _RUN_COLUMNS[1:])
)


class RunRecord(BaseModel):
    """One answered question with its steps."""

    run_id: str
    thread_id: str
    user_id: str = "local"
    workspace: str = "default"
    created_at: float = Field(default_factory=time.time)
    question: str
    answer: str
    privacy: PrivacyClass = "public"
    steps: list[StepRecord] = Field(default_factory=list)
    cloud_estimate: float = 0.0
    latency_ms: float = 0.0
    path: list[str] = Field(default_factory=list)
    parent_run_id: str | None = None
    checkpoint_id: str | None = None

    @field_validator("latency_ms")
    @classmethod
    def _to_a_tenth(cls, value: float) -> float:
        return recorded_ms(value)

    @property
    def tokens_in(self) -> int:
        """Input tokens over all steps."""
        return sum(s.tokens_in for s in self.steps)

    @property
    def tokens_out(self) -> int:
        """Output tokens over all steps."""
        return sum(s.tokens_out for s in self.steps)

    @property
    def cost(self) -> float:
        """Estimated cost over all steps (USD)."""
        return sum(s.cost for s in self.steps)


class TraceStore:
    """Thread-safe trace store.

    Args:
        target: a SQLite file path, or a ``core.storage`` database (PostgreSQL for replicas).
        mask: applied to every free text before it is stored.
    """

    def __init__(self, target: Path | Database, mask: Callable[[str], str]) -> None:
        self._db = SqliteDatabase(target, foreign_keys=True) if isinstance(target, Path) else target
        self._mask = mask
        migrate(self._db, SCHEMA)

    def _masked_step(self, step: StepRecord) -> StepRecord:
        return step.model_copy(
            update={
                "input_text": self._mask(step.input_text),
                "output_text": self._mask(step.output_text),
                "error": self._mask(step.error) if step.error else None,
            }
        )

    def record_run(self, run: RunRecord) -> None:
        """Store a run and its steps, masking all free text first."""
        steps = [self._masked_step(s) for s in run.steps]
        with self._db.session() as db:
            db.execute(
                _UPSERT_RUN,
                (
                    run.run_id,
                    run.thread_id,
                    run.user_id,
                    run.workspace,
                    run.created_at,
                    self._mask(run.question),
                    self._mask(run.answer),
                    run.privacy,
                    run.tokens_in,
                    run.tokens_out,
                    run.cost,
                    run.cloud_estimate,
                    run.latency_ms,
                    json.dumps(run.path),
                    run.parent_run_id,
                    run.checkpoint_id,
                ),
            )
            db.execute("DELETE FROM steps WHERE run_id = ?", (run.run_id,))
            db.executemany(
                "INSERT INTO steps (run_id, idx, record) VALUES (?,?,?)",
                [(run.run_id, i, s.model_dump_json()) for i, s in enumerate(steps)],
            )

    def list_runs(
        self, *, limit: int = 50, thread_id: str | None = None, user_id: str | None = None
    ) -> list[RunRecord]:
        """Newest runs first, optionally for one thread or user."""
        where, args = [], []
        if thread_id is not None:
            where.append("thread_id = ?")
            args.append(thread_id)
        if user_id is not None:
            where.append("user_id = ?")
            args.append(user_id)
        sql = "SELECT run_id FROM runs"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at DESC LIMIT ?"
        with self._db.session() as db:
            ids = [row[0] for row in db.execute(sql, (*args, limit))]
        return [run for run_id in ids if (run := self.get_run(run_id)) is not None]

    def get_run(self, run_id: str) -> RunRecord | None:
        """One run with its steps, or ``None``; a unique prefix of the id also matches."""
        with self._db.session() as db:
            row = db.execute(
                "SELECT run_id, thread_id, user_id, workspace, created_at, question, answer, "
                "privacy, cloud_estimate, latency_ms, path, parent_run_id, checkpoint_id "
                "FROM runs WHERE run_id = ? OR run_id LIKE ? ORDER BY run_id = ? DESC LIMIT 2",
                (run_id, f"{run_id}%", run_id),
            ).fetchall()
            if not row or (len(row) > 1 and row[0][0] != run_id):
                return None
            r = row[0]
            steps = [
                StepRecord.model_validate_json(s)
                for (s,) in db.execute(
                    "SELECT record FROM steps WHERE run_id = ? ORDER BY idx", (r[0],)
                )
            ]
        return RunRecord(
            run_id=r[0],
            thread_id=r[1],
            user_id=r[2],
            workspace=r[3],
            created_at=r[4],
            question=r[5],
            answer=r[6],
            privacy=r[7],
            cloud_estimate=r[8],
            latency_ms=r[9],
            path=json.loads(r[10]),
            parent_run_id=r[11],
            checkpoint_id=r[12],
            steps=steps,
        )

    def delete_thread(self, thread_id: str) -> None:
        """Forget every run of a conversation."""
        with self._db.session() as db:
            # Explicitly, not only by cascade: a SQLite connection may lack foreign_keys=ON.
            db.execute(
                "DELETE FROM steps WHERE run_id IN (SELECT run_id FROM runs WHERE thread_id = ?)",
                (thread_id,),
            )
            db.execute(
                "DELETE FROM ratings WHERE run_id IN (SELECT run_id FROM runs WHERE thread_id = ?)",
                (thread_id,),
            )
            db.execute("DELETE FROM runs WHERE thread_id = ?", (thread_id,))

    def rate_run(self, run_id: str, rating: Rating) -> str:
        """Record the user's verdict on a run's answer (a later rating replaces it).

        Args:
            run_id: The run's id or a unique prefix of it.
            rating: ``"good"`` or ``"bad"``.

        Returns:
            The full run id that was rated.

        Raises:
            KeyError: No run (or no unique run) has that id.
        """
        run = self.get_run(run_id)
        if run is None:
            raise KeyError(run_id)
        with self._db.session() as db:
            db.execute(
                "INSERT INTO ratings (run_id, good, rated_at) VALUES (?,?,?) "
                "ON CONFLICT (run_id) DO UPDATE SET good = excluded.good, "
                "rated_at = excluded.rated_at",
                (run.run_id, int(rating == "good"), time.time()),
            )
        return run.run_id

    def rated_runs(self, *, user_id: str | None = None) -> list[tuple[RunRecord, bool]]:
        """Every rated run with its verdict (``True`` = good), oldest rating first."""
        sql = "SELECT g.run_id, g.good FROM ratings g JOIN runs r ON r.run_id = g.run_id"
        args: tuple[str, ...] = ()
        if user_id is not None:
            sql += " WHERE r.user_id = ?"
            args = (user_id,)
        with self._db.session() as db:
            rated = db.execute(sql + " ORDER BY g.rated_at, g.run_id", args).fetchall()
        return [(run, bool(good)) for run_id, good in rated if (run := self.get_run(run_id))]

    def session_spend(self, thread_id: str) -> float:
        """Money spent so far in a conversation (for the session budget)."""
        with self._db.session() as db:
            row = db.execute(
                "SELECT COALESCE(SUM(cost), 0) FROM runs WHERE thread_id = ? "
                "AND parent_run_id IS NULL",
                (thread_id,),
            ).fetchone()
        return float(row[0])

    def step_stats(self, *, user_id: str, limit: int = 5000) -> list[dict[str, object]]:
        """One row per step of the user's own runs (replays excluded), newest runs first.

        Rows hold ``run_id``, ``thread_id``, ``created_at``, ``tier``, ``cost`` and
        ``latency_ms`` only: what the charts need, no text.
        """
        sql = (
            "SELECT r.run_id, r.thread_id, r.created_at, s.record FROM runs r "
            "JOIN steps s ON s.run_id = r.run_id "
            "WHERE r.user_id = ? AND r.parent_run_id IS NULL "
            "ORDER BY r.created_at DESC, s.idx LIMIT ?"
        )
        with self._db.session() as db:
            rows = db.execute(sql, (user_id, limit)).fetchall()
        out: list[dict[str, object]] = []
        for run_id, thread_id, created_at, record in rows:
            step = StepRecord.model_validate_json(record)
            out.append(
                {
                    "run_id": run_id,
                    "thread_id": thread_id,
                    "created_at": created_at,
                    "tier": step.tier,
                    "cost": step.cost,
                    "latency_ms": step.latency_ms,
                }
            )
        return out
