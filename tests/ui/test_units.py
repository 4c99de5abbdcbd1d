"""Pure parts of the UI layer: strings, the conversation index, badges, runner cancellation."""

from __future__ import annotations

from pathlib import Path

from core.conversations import ConversationIndex, title_from
from core.types import StepRecord
from tests.ui import harness
from ui import i18n
from ui.badges import badge_text, flag_items
from ui.documents import safe_name


def test_every_string_has_both_languages() -> None:
    for key, (ko, en) in i18n.keys().items():
        assert ko.strip() and en.strip(), key


def test_language_follows_the_browser() -> None:
    assert i18n.detect("ko-KR", None) == "ko"
    assert i18n.detect(None, "ko-KR,ko;q=0.9,en-US;q=0.8") == "ko"
    assert i18n.detect("en-US", "ko") == "en"
    assert i18n.detect(None, "fr-FR,ko;q=0.5") == "ko"
    assert i18n.detect(None, None) == "en"


def test_conversation_index_is_scoped_by_user(tmp_path: Path) -> None:
    index = ConversationIndex(tmp_path / "c.sqlite")
    a = index.new("alice", "ws-alice")
    index.new("bob", "ws-bob")
    index.touch(a.thread_id, "alice", "  What is   the plan?  ")
    assert [c.title for c in index.list("alice")] == ["What is the plan?"]
    index.touch(a.thread_id, "alice", "second question keeps the title")
    assert index.get(a.thread_id, "alice").title == "What is the plan?"  # type: ignore[union-attr]
    assert index.get(a.thread_id, "bob") is None
    assert not index.rename(a.thread_id, "bob", "stolen")
    assert index.rename(a.thread_id, "alice", "Plan")
    assert not index.delete(a.thread_id, "bob")
    deleted: list[str] = []

    class Traces:
        def delete_thread(self, thread_id: str) -> None:
            deleted.append(thread_id)

    class Saver:
        def delete_thread(self, thread_id: str) -> None:
            deleted.append("ckpt:" + thread_id)

    assert index.delete(a.thread_id, "alice", traces=Traces(), checkpointer=Saver())
    assert deleted == [a.thread_id, "ckpt:" + a.thread_id]
    assert index.list("alice") == [] and len(index.list("bob")) == 1
    assert len(title_from("x" * 200)) == 80


def test_badge_and_flags() -> None:
    step = StepRecord(
        node="execute_step",
        tier="local",
        model="test:local",
        reasons=["degraded: cloud tier unavailable (no key)"],
        degraded=True,
        privacy="local_only",
        tokens_in=12,
        tokens_out=3,
        latency_ms=41.6,
    )
    assert badge_text(step).startswith("💻 local — degraded: cloud tier unavailable")
    assert "12/3 tok" in badge_text(step) and "42 ms" in badge_text(step)
    kinds = [kind for kind, _ in flag_items(step)]
    assert kinds == ["degraded", "private"]


def test_upload_names_cannot_escape_the_folder() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("보고서 (최종).pdf") == "보고서 _최종_.pdf"


def test_runner_stop_keeps_partial_answer_and_thread_usable(tmp_path: Path) -> None:
    services, fakes = harness.build(
        tmp_path,
        local=["Hello there friend, this answer streams in many small pieces.", "Second."],
        **harness.EASY,
    )
    from graphs.runner import Assistant

    assistant = Assistant(services)
    tokens = 0

    def stop() -> bool:
        return tokens >= 2

    events = []
    for event in assistant.stream("Write one friendly sentence for a colleague.", should_stop=stop):
        tokens += event.kind == "token"
        events.append(event)
    done = events[-1].result
    assert done is not None and done.stopped and done.answer == "Hello there frie"
    state = services.graph.get_state({"configurable": {"thread_id": done.thread_id}})
    assert state.next == ()
    assert state.values["messages"][-1].content == "Hello there frie [stopped]"
    again = assistant.ask("Write another friendly sentence please.", thread_id=done.thread_id)
    assert again.answer == "Second."
    fakes["local"].assert_complete()


def test_closing_the_stream_cancels_the_run(tmp_path: Path) -> None:
    services, _ = harness.build(
        tmp_path, local=["Hello there friend, this answer streams in many pieces."], **harness.EASY
    )
    from graphs.runner import Assistant

    stream = Assistant(services).stream("Write one friendly sentence for a colleague.")
    thread = None
    for event in stream:
        if event.kind == "token":
            break
    stream.close()
    runs = services.traces.list_runs()
    assert runs == [], "a cancelled run is not recorded as answered"
    threads = {
        t.config["configurable"]["thread_id"]
        for t in services.checkpointer.list(None)  # type: ignore[union-attr]
    }
    (thread,) = threads
    state = services.graph.get_state({"configurable": {"thread_id": thread}})
    assert state.next == () and state.values["messages"][-1].content.endswith("[stopped]")
