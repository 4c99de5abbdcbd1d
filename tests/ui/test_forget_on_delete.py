"""Deleting a conversation or a document forgets the cached answers that came from it, at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.answer_cache import AnswerCache
from core.conversations import ConversationIndex

ANSWER = "The office opens at nine."


def _cache(tmp_path: Path) -> AnswerCache:
    return AnswerCache(tmp_path / "answer_cache.sqlite")


def test_forget_thread_drops_only_that_users_conversation(tmp_path: Path) -> None:
    cache = _cache(tmp_path)
    cache.store("ws-a", "alice", "When does the office open?", ANSWER, thread_id="t-alice")
    cache.store("ws-a", "alice", "Where is the office?", "Seoul.", thread_id="t-other")
    cache.store("ws-b", "bob", "When does the office open?", ANSWER, thread_id="t-bob")
    # Bob naming Alice's thread forgets nothing of hers.
    assert cache.forget_thread("t-alice", "bob") == 0
    assert cache.forget_thread("t-alice", "alice") == 1
    assert cache.lookup("ws-a", "alice", "When does the office open?") is None
    assert cache.lookup("ws-a", "alice", "Where is the office?") is not None
    assert cache.lookup("ws-b", "bob", "When does the office open?") is not None


def test_conversation_delete_takes_the_cache_entries_with_it(tmp_path: Path) -> None:
    cache = _cache(tmp_path)
    index = ConversationIndex(tmp_path / "conversations.sqlite")
    conv = index.new("alice", "ws-a")
    cache.store("ws-a", "alice", "When does the office open?", ANSWER, thread_id=conv.thread_id)
    assert not index.delete(conv.thread_id, "bob", cache=cache)
    assert len(cache) == 1
    assert index.delete(conv.thread_id, "alice", cache=cache)
    assert len(cache) == 0


def test_forget_document_drops_answers_citing_it(tmp_path: Path) -> None:
    cache = _cache(tmp_path)
    cited = [{"id": 1, "source": "uploads/ws-a/hours.md", "locator": "§Hours"}]
    other = [{"id": 1, "source": "parking.md"}]
    cache.store("ws-a", "alice", "When does the office open?", ANSWER, cited, thread_id="t1")
    cache.store("ws-a", "alice", "Is parking free?", "For one hour.", other, thread_id="t1")
    cache.store("ws-b", "bob", "When does the office open?", ANSWER, cited, thread_id="t2")
    # The document list names it by its file name; the citation by its stored path.
    assert cache.forget_document("ws-a", "hours.md") == 1
    assert cache.lookup("ws-a", "alice", "When does the office open?") is None
    assert cache.lookup("ws-a", "alice", "Is parking free?") is not None
    assert cache.lookup("ws-b", "bob", "When does the office open?") is not None, "other workspace"


def test_a_cache_from_before_threads_were_recorded_starts_empty(tmp_path: Path) -> None:
    path = tmp_path / "answer_cache.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE answers (workspace TEXT NOT NULL, user_id TEXT NOT NULL, "
            "question_key TEXT NOT NULL, answer TEXT NOT NULL, citations TEXT NOT NULL, "
            "created_at REAL NOT NULL, hits INTEGER NOT NULL DEFAULT 0, "
            "version TEXT NOT NULL DEFAULT '', PRIMARY KEY (workspace, user_id, question_key))"
        )
        db.execute("INSERT INTO answers VALUES ('ws', 'u', 'q', 'a', '[]', 0, 0, '')")
    # Its rows cannot say which conversation they came from, so none may outlive a delete.
    assert len(AnswerCache(path)) == 0
