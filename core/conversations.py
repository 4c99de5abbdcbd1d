"""The conversation index: which threads a user has, with a title and timestamps.

The checkpointer holds the messages of each thread; this small table (a SQLite
file, or PostgreSQL through ``core.storage``) only lets a front end list, name and
forget conversations per user and workspace. Deleting a conversation also forgets
its traces, its cached answers and, when the checkpointer can, its checkpoints, so
nothing of it is left behind.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from core.storage import Database, Migration, SqliteDatabase, StoreSchema, migrate
from core.thread_ids import new_thread_id

SCHEMA = StoreSchema(
    "conversations",
    "conversations.sqlite",
    (
        Migration(
            1,
            (
                "CREATE TABLE IF NOT EXISTS conversations (thread_id TEXT PRIMARY KEY, "
                "user_id TEXT NOT NULL, workspace TEXT NOT NULL, title TEXT NOT NULL, "
                "created_at {real} NOT NULL, updated_at {real} NOT NULL)",
                "CREATE INDEX IF NOT EXISTS conversations_user "
                "ON conversations(user_id, updated_at)",
            ),
        ),
    ),
)
_COLUMNS = "thread_id, user_id, workspace, title, created_at, updated_at"

TITLE_MAX_CHARS = 80


class Conversation(BaseModel):
    """One row of the index."""

    thread_id: str
    user_id: str
    workspace: str
    title: str
    created_at: float
    updated_at: float


class _ThreadTraces(Protocol):
    def delete_thread(self, thread_id: str) -> None: ...


class _ThreadCache(Protocol):
    def forget_thread(self, thread_id: str, user_id: str) -> int: ...


def title_from(question: str) -> str:
    """A one-line title from a first question (whitespace collapsed, shortened)."""
    # A lone surrogate (undecodable client bytes) would make SQLite refuse the whole row.
    text = question.encode("utf-8", "replace").decode("utf-8")
    line = " ".join(text.split())
    return line if len(line) <= TITLE_MAX_CHARS else line[: TITLE_MAX_CHARS - 1] + "…"


class ConversationIndex:
    """Thread-safe index of conversations, scoped by user id on every call.

    Args:
        target: a SQLite file path, or a ``core.storage`` database (PostgreSQL for replicas).
    """

    def __init__(self, target: Path | Database) -> None:
        self._db = SqliteDatabase(target) if isinstance(target, Path) else target
        migrate(self._db, SCHEMA)

    def new(self, user_id: str, workspace: str, title: str = "") -> Conversation:
        """Create an empty conversation for ``user_id`` in ``workspace``."""
        now = time.time()
        conv = Conversation(
            thread_id=new_thread_id(),
            user_id=user_id,
            workspace=workspace,
            title=title_from(title) if title else "",
            created_at=now,
            updated_at=now,
        )
        with self._db.session() as db:
            db.execute(
                f"INSERT INTO conversations ({_COLUMNS}) VALUES (?,?,?,?,?,?)",
                (
                    conv.thread_id,
                    conv.user_id,
                    conv.workspace,
                    conv.title,
                    conv.created_at,
                    conv.updated_at,
                ),
            )
        return conv

    def list(
        self, user_id: str, workspace: str | None = None, limit: int = 100
    ) -> list[Conversation]:
        """The user's conversations, most recently active first."""
        sql = f"SELECT {_COLUMNS} FROM conversations WHERE user_id = ?"
        args: list[Any] = [user_id]
        if workspace is not None:
            sql += " AND workspace = ?"
            args.append(workspace)
        sql += " ORDER BY updated_at DESC LIMIT ?"
        with self._db.session() as db:
            rows = db.execute(sql, (*args, limit)).fetchall()
        return [_row(r) for r in rows]

    def get(self, thread_id: str, user_id: str) -> Conversation | None:
        """One conversation, or ``None`` when it does not exist or belongs to someone else."""
        with self._db.session() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM conversations WHERE thread_id = ? AND user_id = ?",
                (thread_id, user_id),
            ).fetchone()
        return _row(row) if row else None

    def touch(self, thread_id: str, user_id: str, question: str = "") -> None:
        """Mark activity; the first question becomes the title of an untitled conversation."""
        with self._db.session() as db:
            db.execute(
                "UPDATE conversations SET updated_at = ?, "
                "title = CASE WHEN title = '' THEN ? ELSE title END "
                "WHERE thread_id = ? AND user_id = ?",
                (time.time(), title_from(question), thread_id, user_id),
            )

    def rename(self, thread_id: str, user_id: str, title: str) -> bool:
        """Rename a conversation of ``user_id``; False when there is no such conversation."""
        with self._db.session() as db:
            cur = db.execute(
                "UPDATE conversations SET title = ? WHERE thread_id = ? AND user_id = ?",
                (title_from(title), thread_id, user_id),
            )
            return cur.rowcount > 0

    def delete(
        self,
        thread_id: str,
        user_id: str,
        *,
        traces: _ThreadTraces | None = None,
        checkpointer: Any | None = None,
        cache: _ThreadCache | None = None,
    ) -> bool:
        """Forget a conversation, its traces, its checkpoints and its cached answers.

        Args:
            thread_id: the conversation.
            user_id: its owner; another user's conversation is never touched.
            traces: the trace store (``delete_thread``), when its runs should go too.
            checkpointer: a LangGraph saver; its ``delete_thread`` is called when it has one.
            cache: the answer cache; the answers given in this conversation are forgotten.

        Returns:
            True when the conversation existed for this user.
        """
        with self._db.session() as db:
            cur = db.execute(
                "DELETE FROM conversations WHERE thread_id = ? AND user_id = ?",
                (thread_id, user_id),
            )
            existed = cur.rowcount > 0
        if not existed:
            return False
        if traces is not None:
            traces.delete_thread(thread_id)
        if cache is not None:
            cache.forget_thread(thread_id, user_id)
        delete_thread = getattr(checkpointer, "delete_thread", None)
        if callable(delete_thread):
            delete_thread(thread_id)
        return True


def _row(row: tuple[Any, ...]) -> Conversation:
    return Conversation(
        thread_id=row[0],
        user_id=row[1],
        workspace=row[2],
        title=row[3],
        created_at=row[4],
        updated_at=row[5],
    )
