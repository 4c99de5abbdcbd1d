"""One contract for every store, run against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import numpy as np
import pytest

from agents.mcp.pins import TablePinStore
from core.answer_cache import AnswerCache
from core.audit import AuditLog
from core.conversations import ConversationIndex
from core.trace_store import RunRecord, TraceStore
from core.types import StepRecord
from core.workflow.runs import RunStore
from tests.storage.conftest import DatabaseFactory

RRN = "900101-1234567"


def _upper(text: str) -> str:
    return text.upper()


def test_conversations(make_db: DatabaseFactory) -> None:
    index = ConversationIndex(make_db("conversations.sqlite"))
    first = index.new("alice", "default")
    second = index.new("alice", "team", title="second one")
    index.new("bob", "default")
    index.touch(first.thread_id, "alice", question="  How   many\nparking hours?  ")
    assert index.get(first.thread_id, "alice").title == "How many parking hours?"  # type: ignore[union-attr]
    assert index.get(first.thread_id, "bob") is None
    assert [c.thread_id for c in index.list("alice")] == [first.thread_id, second.thread_id]
    assert [c.thread_id for c in index.list("alice", "team")] == [second.thread_id]
    assert index.rename(second.thread_id, "alice", "renamed")
    assert not index.rename(second.thread_id, "bob", "stolen")
    assert index.get(second.thread_id, "alice").title == "renamed"  # type: ignore[union-attr]
    assert not index.delete(first.thread_id, "bob")
    assert index.delete(first.thread_id, "alice")
    assert [c.thread_id for c in index.list("alice")] == [second.thread_id]


def _run(run_id: str, thread: str, cost: float, *, parent: str | None = None) -> RunRecord:
    steps = [
        StepRecord(node="plan", tier="deterministic", input_text="q", cost=0.0),
        StepRecord(node="answer", tier="local", output_text="a", cost=cost, latency_ms=1.5),
    ]
    return RunRecord(run_id=run_id, thread_id=thread, user_id="alice", question="what?",
                     answer="this", steps=steps, parent_run_id=parent,
                     path=["plan", "answer"])  # fmt: skip


def test_traces(make_db: DatabaseFactory) -> None:
    traces = TraceStore(make_db("traces.sqlite"), mask=_upper)
    traces.record_run(_run("run-aaa1", "t1", 0.25).model_copy(update={"created_at": 1.0}))
    traces.record_run(_run("run-bbb2", "t1", 0.5).model_copy(update={"created_at": 2.0}))
    traces.record_run(_run("run-ccc3", "t2", 1.0, parent="run-aaa1"))
    # Recording a run again replaces it and its steps.
    replaced = _run("run-bbb2", "t1", 0.75).model_copy(update={"created_at": 2.0})
    traces.record_run(replaced.model_copy(update={"steps": replaced.steps[1:]}))
    got = traces.get_run("run-bbb")  # a unique prefix matches
    assert got is not None and got.run_id == "run-bbb2" and len(got.steps) == 1
    assert got.answer == "THIS" and got.steps[0].output_text == "A"  # masked on the way in
    assert got.path == ["plan", "answer"] and got.created_at == 2.0
    assert traces.get_run("run-") is None  # ambiguous prefix
    assert [r.run_id for r in traces.list_runs(thread_id="t1")] == ["run-bbb2", "run-aaa1"]
    assert traces.session_spend("t1") == pytest.approx(1.0)
    assert traces.session_spend("t2") == 0.0  # replays do not count
    stats = traces.step_stats(user_id="alice")
    assert [(s["run_id"], s["tier"]) for s in stats] == [
        ("run-bbb2", "local"),
        ("run-aaa1", "deterministic"),
        ("run-aaa1", "local"),
    ]
    traces.delete_thread("t1")
    assert traces.list_runs(thread_id="t1") == [] and traces.get_run("run-aaa1") is None
    with make_db("traces.sqlite").session() as s:
        # The steps went with their runs (foreign key cascade on both engines).
        assert s.execute("SELECT COUNT(*) FROM steps WHERE run_id = 'run-aaa1'").fetchone()[0] == 0


def test_audit_is_append_only(make_db: DatabaseFactory) -> None:
    db = make_db("audit.sqlite")
    log = AuditLog(db)
    first = log.record("route", f"local for {RRN}", tier="local", args={"x": 1})
    second = log.record("denial", "no", tool="git.push")
    assert second.seq > first.seq > 0
    assert [e.decision for e in log.tail()] == ["local for [KR_RRN]", "no"]
    assert log.count(kind="denial") == 1 and log.count() == 2
    for statement in ("UPDATE audit SET decision = 'nothing'", "DELETE FROM audit"):
        with pytest.raises(Exception, match="append-only"), db.session() as s:
            s.execute(statement)
    if db.backend == "postgresql":
        with pytest.raises(Exception, match="append-only"), db.session() as s:
            s.execute("TRUNCATE audit")
    assert [e.decision for e in log.tail()] == ["local for [KR_RRN]", "no"]


def test_answer_cache(make_db: DatabaseFactory) -> None:
    cache = AnswerCache(make_db("answer_cache.sqlite"))
    assert cache.store("w", "alice", "What is X?", "X is Y.", [{"source": "a.md"}], version="v1")
    assert not cache.store("w", "alice", f"my id is {RRN}", "noted")  # personal data: refused
    hit = cache.lookup("w", "alice", "what is x", version="v1")
    assert hit is not None and hit.answer == "X is Y." and hit.citations == [{"source": "a.md"}]
    assert cache.lookup("w", "alice", "what is x", version="v2") is None
    assert cache.lookup("w", "bob", "what is x", version="v1") is None
    assert cache.store("w", "alice", "What is X?", "X is Z.", version="v1")  # replaces
    assert cache.lookup("w", "alice", "What is X", version="v1").answer == "X is Z."  # type: ignore[union-attr]
    cache.store("w", "bob", "q", "a")
    cache.store("other", "bob", "q", "a")
    assert len(cache) == 3
    assert cache.forget("w", "bob") == 1 and cache.forget("w") == 1 and cache.clear() == 1
    assert len(cache) == 0


def test_workflow_runs(make_db: DatabaseFactory) -> None:
    runs = RunStore(make_db("workflow_runs.sqlite"))
    runs.start("r1", workflow="triage", version="3", content_hash="h", snapshot="name: triage",
               inputs={"message": "안녕"})  # fmt: skip
    runs.update("r1", "paused", pending={"question": "send?"})
    row = runs.get("r1")
    assert row is not None and row.status == "paused" and row.pending == {"question": "send?"}
    assert row.inputs == {"message": "안녕"} and row.outputs == {}
    runs.start("r2", workflow="other", version="1", content_hash="h2", snapshot="s", inputs={})
    assert [r.run_id for r in runs.list("triage")] == ["r1"]
    assert {r.run_id for r in runs.list()} == {"r1", "r2"}
    assert runs.effect("r1", "send#0") is None
    assert runs.begin_effect("r1", "send#0") and not runs.begin_effect("r1", "send#0")
    assert runs.effect("r1", "send#0").state == "started"  # type: ignore[union-attr]
    runs.finish_effect("r1", "send#0", {"sent": True})
    effect = runs.effect("r1", "send#0")
    assert effect is not None and effect.state == "done" and effect.output == {"sent": True}


def test_mcp_pins(make_db: DatabaseFactory) -> None:
    pins = TablePinStore(make_db("mcp_pins.sqlite"))
    assert pins.pinned("git") is None
    assert pins.check("git", {"status": "h1", "push": "h2"}) == []  # first sighting pins
    assert pins.check("git", {"status": "h1", "push": "CHANGED", "new": "h3"}) == ["new", "push"]
    pins.approve("git", {"status": "h1", "push": "CHANGED"})
    assert pins.pinned("git") == {"status": "h1", "push": "CHANGED"}
    assert pins.check("empty", {}) == [] and pins.pinned("empty") == {}
    assert pins.check("empty", {"sneaky": "h"}) == ["sneaky"]


def test_document_index_storage(make_db: DatabaseFactory) -> None:
    from tools.rag.chunking import ChunkDraft
    from tools.rag.storage import DocumentRow, Storage

    storage = Storage(make_db("rag.sqlite3"))
    doc = DocumentRow("c", "k1", "a.md", "hash", "md", "utf-8", 10, 0, 0.0)
    chunks = [
        ChunkDraft(ord=i, start=i * 5, end=i * 5 + 4, text=f"text {i}", locator=f"#{i}",
                   heading_path=("H",), page=None, sentences=(), tokens=("text", str(i)))
        for i in range(3)
    ]  # fmt: skip
    storage.replace_document(doc, chunks, ["x2", "x0", "x1"], ["v2", "v0", "v1"], "text 0 text 1")
    assert storage.revision("c") == 1
    ids, tokens = storage.collection_tokens("c")
    assert ids == ["x2", "x0", "x1"] and tokens[0] == ["text", "0"]  # insertion order
    assert storage.get_document("c", "k1").n_chunks == 3  # type: ignore[union-attr]
    assert [key for key, _ in storage.pending_vectors()] == ["v2", "v0", "v1"]
    vectors = np.eye(3, dtype=np.float32)
    storage.put_vectors([("v0", vectors[0]), ("v1", vectors[1])])
    got_ids, matrix = storage.collection_vectors("c")
    assert got_ids == ["x0", "x1"] and matrix is not None
    assert np.array_equal(matrix, vectors[:2])
    context = storage.chunk_context("x0")
    assert context is not None and context[1] == "text 0 text 1" and context[0].locator == "#1"
    assert storage.delete_document("c", "k1") and not storage.delete_document("c", "k1")
    assert storage.revision("c") == 2 and storage.collection_tokens("c") == ([], [])


def test_users_and_sessions(make_db: DatabaseFactory) -> None:
    from argon2 import PasswordHasher

    from core.users import UserError, UserStore, token_digest

    users = UserStore(make_db("users.sqlite"), hasher=PasswordHasher(time_cost=1, memory_cost=1024))
    users.add_user("alice", "long enough pw", "admin")
    users.add_user("bob", "long enough pw")
    with pytest.raises(UserError, match="already exists"):
        users.add_user("alice", "another long pw")
    with pytest.raises(UserError, match="no user"):
        users.set_role("carol", "viewer")
    assert [u.name for u in users.list_users()] == ["alice", "bob"]
    verified = users.verify_password("alice", "long enough pw")
    assert verified is not None and verified.role == "admin"
    assert users.verify_password("alice", "wrong password") is None
    token = users.new_session(username="alice", address="10.0.0.7")
    users.new_session(username="alice", address="10.0.0.8")
    anonymous = users.new_session()
    with users.database.session() as s:
        stored = {row[0] for row in s.execute("SELECT token_hash FROM sessions")}
    assert token_digest(token) in stored and token not in stored
    live = users.session(token)
    assert live is not None and live.user_id == "acct-alice" and live.role == "admin"
    assert users.session(anonymous).user_id.startswith("anon-")  # type: ignore[union-attr]
    activity = {row["name"]: row for row in users.activity()}
    assert activity["alice"]["open_sessions"] == 2
    assert activity["alice"]["addresses"] == ["10.0.0.7", "10.0.0.8"]
    assert activity["bob"]["open_sessions"] == 0 and activity["bob"]["last_login_at"] is None
    users.set_role("alice", "viewer")
    assert users.session(token).role == "viewer"  # type: ignore[union-attr]
    users.set_password("alice", "a new long password")
    assert users.session(token) is None  # a password change ends every session
    users.end_session(anonymous)
    assert users.session(anonymous) is None
    assert users.remove_user("bob") and not users.remove_user("bob")


def test_login_throttle(make_db: DatabaseFactory) -> None:
    from core.login_throttle import LoginThrottle, ThrottleLimits

    limits = ThrottleLimits(per_user=2, per_address=3, window_s=600)
    brake = LoginThrottle(make_db("users.sqlite"), limits)
    now = 1_000_000.0
    brake.record_failure("alice", "10.0.0.1", now=now)
    brake.record_failure("alice", "10.0.0.1", now=now + 1)
    # Another replica (a second connection to the same tables) sees the same counts.
    other = LoginThrottle(make_db("users.sqlite"), limits)
    assert other.wait_s("alice", "10.0.0.9", now=now + 10) == pytest.approx(590)
    other.record_failure("bob", "10.0.0.1", now=now + 20)
    assert brake.wait_s("carol", "10.0.0.1", now=now + 30) > 0  # the address is spent too
    other.record_success("alice")
    assert brake.wait_s("alice", "10.0.0.9", now=now + 30) == 0
    assert brake.wait_s("alice", "10.0.0.9", now=now + 700) == 0


def test_document_index_batch_write(make_db: DatabaseFactory) -> None:
    from tools.rag.chunking import ChunkDraft
    from tools.rag.storage import DocumentRow, DocumentWrite, Storage

    storage = Storage(make_db("rag.sqlite3"))

    def write(key: str, words: list[str]) -> DocumentWrite:
        doc = DocumentRow("c", key, f"{key}.md", f"hash-{words[0]}", "md", "utf-8", 10, 0, 0.0)
        chunks = [
            ChunkDraft(ord=i, start=0, end=4, text=w, locator=f"#{i}", heading_path=(),
                       page=None, sentences=(), tokens=(w,))
            for i, w in enumerate(words)
        ]  # fmt: skip
        ids = [f"{key}-{w}" for w in words]
        return DocumentWrite(doc, chunks, ids, [f"v-{w}" for w in words], " ".join(words))

    # Two documents in one transaction, the second named twice: the later write wins.
    storage.replace_documents([write("a", ["one", "two"]), write("b", ["x"]), write("b", ["y"])])
    assert storage.revision("c") == 1  # one change, one bump
    ids, _ = storage.collection_tokens("c")
    assert ids == ["a-one", "a-two", "b-y"]
    found = storage.get_documents("c", ["a", "b", "missing"])
    assert sorted(found) == ["a", "b"] and found["b"].content_hash == "hash-y"
    assert found["a"].n_chunks == 2
    storage.replace_documents([write("a", ["three"])])  # replaces a's chunks, keeps b's
    assert storage.collection_tokens("c")[0] == ["b-y", "a-three"]
    assert storage.revision("c") == 2
