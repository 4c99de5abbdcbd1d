"""A per-workspace, per-user cache of answers to earlier public questions.

Consulted after the curated FAQ: a repeated question costs no model call. It
is keyed by ``(workspace, user_id, normalized question)``, so one user's or one
workspace's answers never reach another. Only answers of public runs are ever
stored (the graph decides; ``store`` re-checks both texts for personal data and
refuses, so a bug upstream cannot cache an answer derived from personal data).

Normalization (NFKC, case-folded, whitespace collapsed, trailing punctuation
dropped) makes "What is X?" and "what is x" one entry; it is an exact match,
not a similarity search, so a different question never gets this answer.

Each entry also carries the ``version`` of what its answer depended on (the
caller's fingerprint of the document index, FAQ file, MCP tool pins and
approvals, and tier configuration): a lookup under another version misses, so
re-ingesting a document, editing the FAQ, ``mcp approve`` or switching models
never serves an answer made before the change.

Deleting is forgetting: an entry remembers the conversation it was answered in
and its citations name their documents, so deleting a conversation
(``forget_thread``) or a document (``forget_document``) removes its entries at
once, not merely when the version next changes.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from core.privacy import contains_pii
from core.storage import Database, Migration, Session, SqliteDatabase, StoreSchema, migrate


def _drop_unversioned(session: Session) -> None:
    # A cache file written before versions existed: its entries match no version.
    if "version" not in session.columns("answers"):
        session.execute("ALTER TABLE answers ADD COLUMN version TEXT NOT NULL DEFAULT ''")
        session.execute("DELETE FROM answers")


SCHEMA = StoreSchema(
    "answer_cache",
    "answer_cache.sqlite",
    (
        Migration(
            1,
            (
                "CREATE TABLE IF NOT EXISTS answers (workspace TEXT NOT NULL, "
                "user_id TEXT NOT NULL, question_key TEXT NOT NULL, answer TEXT NOT NULL, "
                "citations TEXT NOT NULL, created_at {real} NOT NULL, "
                "hits INTEGER NOT NULL DEFAULT 0, version TEXT NOT NULL DEFAULT '', "
                "PRIMARY KEY (workspace, user_id, question_key))",
            ),
            after=_drop_unversioned,
        ),
        # Rows from before this know no conversation; keeping them would let a deleted
        # conversation's answers survive, so they go.
        Migration(
            2,
            (
                "ALTER TABLE answers ADD COLUMN thread_id TEXT NOT NULL DEFAULT ''",
                "DELETE FROM answers",
            ),
        ),
    ),
)
_TRAILING = re.compile(r"[\s?？!！.。,，~]+$")
_SPACES = re.compile(r"\s+")


def normalize_question(text: str) -> str:
    """The cache key of a question: NFKC, case-folded, spaces collapsed, end punctuation off."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _TRAILING.sub("", _SPACES.sub(" ", folded).strip())


@dataclass(frozen=True)
class CachedAnswer:
    """A stored answer."""

    answer: str
    citations: list[dict[str, Any]] = field(default_factory=list)
    created_at: float = 0.0


class AnswerCache:
    """Answer cache; thread-safe.

    Args:
        target: a SQLite file path, or a ``core.storage`` database (PostgreSQL for replicas).
        max_age_s: entries older than this are not served (``None``: no limit).
    """

    def __init__(self, target: Path | Database, *, max_age_s: float | None = 7 * 24 * 3600) -> None:
        self._owns_db = isinstance(target, Path)
        self._db = SqliteDatabase(target, wal=True) if isinstance(target, Path) else target
        self.max_age_s = max_age_s
        migrate(self._db, SCHEMA)

    def lookup(
        self, workspace: str, user_id: str, question: str, *, version: str = ""
    ) -> CachedAnswer | None:
        """The stored answer for exactly this (workspace, user, question), if fresh.

        Args:
            workspace: The workspace asked in.
            user_id: Who asks.
            question: The question as typed.
            version: The fingerprint of what answers depend on now; an entry stored
                under another version is not served.
        """
        key = normalize_question(question)
        if not key:
            return None
        with self._db.session() as db:
            row = db.execute(
                "SELECT answer, citations, created_at FROM answers "
                "WHERE workspace = ? AND user_id = ? AND question_key = ? AND version = ?",
                (workspace, user_id, key, version),
            ).fetchone()
        if row is None:
            return None
        if self.max_age_s is not None and time.time() - float(row[2]) > self.max_age_s:
            return None
        # A transaction of its own: a SQLite read snapshot upgraded to a write fails at
        # once (no busy wait) when another process wrote in between.
        with self._db.session() as db:
            db.execute(
                "UPDATE answers SET hits = hits + 1 "
                "WHERE workspace = ? AND user_id = ? AND question_key = ?",
                (workspace, user_id, key),
            )
        return CachedAnswer(answer=row[0], citations=json.loads(row[1]), created_at=row[2])

    def store(
        self,
        workspace: str,
        user_id: str,
        question: str,
        answer: str,
        citations: list[dict[str, Any]] | None = None,
        *,
        version: str = "",
        thread_id: str = "",
    ) -> bool:
        """Store a public answer; returns ``False`` (and stores nothing) when it is not public.

        The caller only offers answers of public runs; this check is the second lock.
        ``version`` is the fingerprint of what the answer depended on (see ``lookup``);
        ``thread_id`` the conversation it was given in (see ``forget_thread``).
        """
        key = normalize_question(question)
        cited = json.dumps(citations or [], ensure_ascii=False)
        if not key or not answer.strip() or contains_pii(question) or contains_pii(answer):
            return False
        if contains_pii(cited):
            return False
        with self._db.session() as db:
            db.execute(
                "INSERT INTO answers (workspace, user_id, question_key, answer, citations, "
                "created_at, hits, version, thread_id) VALUES (?,?,?,?,?,?,0,?,?) "
                "ON CONFLICT (workspace, user_id, question_key) DO UPDATE SET "
                "answer = excluded.answer, citations = excluded.citations, "
                "created_at = excluded.created_at, hits = 0, version = excluded.version, "
                "thread_id = excluded.thread_id",
                (workspace, user_id, key, answer, cited, time.time(), version, thread_id),
            )
        return True

    def forget(self, workspace: str, user_id: str | None = None) -> int:
        """Drop a workspace's entries (or one user's there), e.g. after its documents change."""
        with self._db.session() as db:
            if user_id is None:
                cur = db.execute("DELETE FROM answers WHERE workspace = ?", (workspace,))
            else:
                cur = db.execute(
                    "DELETE FROM answers WHERE workspace = ? AND user_id = ?",
                    (workspace, user_id),
                )
            return cur.rowcount

    def forget_thread(self, thread_id: str, user_id: str) -> int:
        """Drop the entries answered in a deleted conversation of ``user_id``; returns the count."""
        if not thread_id:
            return 0
        with self._db.session() as db:
            return db.execute(
                "DELETE FROM answers WHERE thread_id = ? AND user_id = ?", (thread_id, user_id)
            ).rowcount

    def forget_document(self, workspace: str, source: str) -> int:
        """Drop the workspace's entries citing ``source`` (a deleted document); returns how many.

        A citation names its document by the source it was listed under or by a path to
        it, so both the whole source and its file name count as the same document.
        """
        names = {source, PurePath(source).name}
        with self._db.session() as db:
            rows = db.execute(
                "SELECT user_id, question_key, citations FROM answers WHERE workspace = ?",
                (workspace,),
            ).fetchall()
            doomed = [
                (workspace, user_id, key)
                for user_id, key, cited in rows
                if _cites(json.loads(cited), names)
            ]
            db.executemany(
                "DELETE FROM answers WHERE workspace = ? AND user_id = ? AND question_key = ?",
                doomed,
            )
        return len(doomed)

    def clear(self) -> int:
        """Drop every entry of every workspace; returns how many there were."""
        with self._db.session() as db:
            return db.execute("DELETE FROM answers").rowcount

    def __len__(self) -> int:
        with self._db.session() as db:
            return int(db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])

    def close(self) -> None:
        """Close its own SQLite file; a shared PostgreSQL pool stays open."""
        if self._owns_db:
            self._db.close()


def _cites(citations: list[dict[str, Any]], names: set[str]) -> bool:
    for citation in citations:
        source = str(citation.get("source") or "")
        if source and (source in names or PurePath(source).name in names):
            return True
    return False
