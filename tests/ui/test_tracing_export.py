"""LangSmith export: traces reach the endpoint, masked, and the wire guard blocks leaks."""

from __future__ import annotations

import datetime
import threading
import uuid
from pathlib import Path

import pytest
import requests
from langchain_core.tracers import LangChainTracer

from core.errors import PrivacyBlockedError
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from core.tracing_export import GuardedSession, build_client, flush, flush_client, mask_tree
from graphs.runner import Assistant
from graphs.services import build_services
from tests.core.privacy.scanner_switch import detectors_off
from tests.recording_server import recording_server

REPO = Path(__file__).resolve().parents[2]
RRN = "900101-1234567"
QUESTION = f"주민번호 {RRN} 인 환자의 검사 결과를 설명해줘"


def test_runs_are_exported_masked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with recording_server() as recorder:
        monkeypatch.setenv("LANGSMITH_TRACING", "true")
        monkeypatch.setenv("LANGSMITH_API_KEY", "test-key")
        monkeypatch.setenv("LANGSMITH_ENDPOINT", recorder.base_url)
        settings = load_settings(
            data_dir=tmp_path / "data",
            faq_path=REPO / "data" / "faq.yaml",
            tiers={"local": "test:local", "cloud": "test:cloud"},
        )
        local = ScriptedChatModel(
            replies=["검사 결과는 정상 범위입니다. 담당 의사와 상의하세요."],
            model_name="test:local",
        )
        cloud = ScriptedChatModel(replies=[], model_name="test:cloud")
        services = build_services(
            settings, fakes={"local": local, "cloud": cloud}, docs=None, mcp=False
        )
        tracer = services.extras.get("langsmith_tracer")
        assert tracer is not None, "tracing is configured, so the graph must carry the tracer"
        result = Assistant(services).ask(QUESTION)
        assert result.steps and result.steps[0].tier == "local"
        flush(tracer)

    posts = [p for p in recorder.paths if "/runs" in p]
    assert posts, f"no trace payloads reached the endpoint (paths: {recorder.paths})"
    text = recorder.text()
    assert "switchyard-ask" in text, "run names from the graph config are exported"
    assert RRN not in text
    assert RRN.replace("-", "") not in text
    assert "[KR_RRN]" in text or "KR_RRN" in text, "the masked placeholder is what was sent"


def test_an_all_digit_git_revision_does_not_block_the_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # LangSmith sends `git describe` as revision_id; one commit in ~27 has an
    # abbreviated hash of digits only, which the wire screen counts as a 7-digit run.
    from langsmith.env import _runtime_env

    _runtime_env.get_langchain_env_var_metadata.cache_clear()
    monkeypatch.setattr(_runtime_env, "_get_default_revision_id", lambda: "2692170-dirty")
    try:
        with recording_server() as recorder:
            monkeypatch.setenv("LANGSMITH_TRACING", "true")
            monkeypatch.setenv("LANGSMITH_API_KEY", "test-key")
            monkeypatch.setenv("LANGSMITH_ENDPOINT", recorder.base_url)
            settings = load_settings(
                data_dir=tmp_path / "data",
                faq_path=REPO / "data" / "faq.yaml",
                tiers={"local": "test:local", "cloud": "test:cloud"},
            )
            services = build_services(settings, docs=None, mcp=False)
            tracer = services.extras.get("langsmith_tracer")
            Assistant(services).ask("12*7")
            flush(tracer)
    finally:
        _runtime_env.get_langchain_env_var_metadata.cache_clear()
    assert [p for p in recorder.paths if "/runs" in p], "the export was refused"
    text = recorder.text()
    assert "2692170" not in text and "switchyard" in text


def test_mask_tree_masks_nested_strings_and_keys() -> None:
    masked = mask_tree({"a": [f"id {RRN}", {RRN: 1}], "n": 3, "ok": True})
    flat = str(masked)
    assert RRN not in flat and masked["n"] == 3 and masked["ok"] is True


def test_mask_tree_memo_never_serves_a_mask_made_with_other_detectors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Strings are masked once per process, keyed on the detectors in use."""
    email = "call minji.park@example.com back"
    assert "minji.park" not in str(mask_tree({"q": email}))
    detectors_off(monkeypatch, {"detect_email", "detect_email_local_part"})
    # With the e-mail detectors off the same string is scanned again (unmasked now);
    # a memo keyed on the text alone would still hand back the earlier mask.
    assert "minji.park@example.com" in str(mask_tree({"q": email}))


def test_wire_guard_blocks_a_body_with_personal_data() -> None:
    with recording_server() as recorder:
        session = GuardedSession()
        with pytest.raises(PrivacyBlockedError):
            session.post(f"{recorder.base_url}/runs/batch", json={"inputs": {"q": RRN}})
        # Korean text escaped as \\uXXXX in JSON and in multipart bodies is still caught.
        with pytest.raises(PrivacyBlockedError):
            session.post(
                f"{recorder.base_url}/runs/multipart",
                data=("--b\r\n" + '{"q": "주민번호 ' + RRN + '"}' + "\r\n--b--").encode(),
                headers={"Content-Type": "multipart/form-data; boundary=b"},
            )
        ok = session.post(f"{recorder.base_url}/runs/batch", json={"inputs": {"q": "hello"}})
        assert ok.status_code == 200
        assert len(recorder.bodies) == 1


def test_guard_stays_in_front_of_adapters_mounted_later() -> None:
    session = GuardedSession()
    session.mount("http://", requests.adapters.HTTPAdapter())
    adapter = session.get_adapter("http://127.0.0.1/")
    assert type(adapter).__name__ == "PrivacyGuardAdapter"


def test_export_is_off_without_key(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, langsmith_tracing=True, langsmith_api_key=None)
    assert build_client(settings) is None


def _post_run(client: object, name: str, text: str) -> None:
    run_id = uuid.uuid4()
    now = datetime.datetime.now(datetime.UTC)
    client.create_run(  # type: ignore[attr-defined]
        name=name,
        inputs={"q": text},
        run_type="chain",
        id=run_id,
        trace_id=run_id,
        dotted_order=now.strftime("%Y%m%dT%H%M%S%fZ") + str(run_id),
        start_time=now,
        project_name="p",
    )


def test_a_blocked_batch_is_dropped_and_later_batches_still_go(tmp_path: Path) -> None:
    def post(client: object, name: str, text: str) -> None:
        _post_run(client, name, text)
        client.flush()  # type: ignore[attr-defined]

    with recording_server() as recorder:
        settings = load_settings(
            data_dir=tmp_path,
            langsmith_tracing=True,
            langsmith_api_key="k",
            langsmith_endpoint=recorder.base_url,
        )
        client = build_client(settings)
        assert client is not None
        # Simulate a masking bug upstream: only the wire guard stands between the data and out.
        client._anonymizer = None
        client._hide_inputs = False
        post(client, "leaky", f"주민번호 {RRN}")
        post(client, "clean", "hello")
    assert "clean" in recorder.text()
    assert RRN not in recorder.text() and "leaky" not in recorder.text()


def _control_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.endswith("(tracing_control_thread_func)")}


def test_a_flush_sends_the_queue_even_after_langsmith_stopped_its_sender(tmp_path: Path) -> None:
    # LangSmith's sender thread can stop itself while the client is in use (it counts
    # references, racily); a flush must then neither hang nor drop the queued runs.
    with recording_server() as recorder:
        settings = load_settings(
            data_dir=tmp_path,
            langsmith_tracing=True,
            langsmith_api_key="k",
            langsmith_endpoint=recorder.base_url,
        )
        before = _control_threads()
        client = build_client(settings)
        assert client is not None
        (sender,) = _control_threads() - before
        client._manual_cleanup = True  # the documented way to make the sender stop
        sender.join()
        client._manual_cleanup = False
        _post_run(client, "after-the-sender-stopped", "hello")
        assert client.tracing_queue is not None and client.tracing_queue.unfinished_tasks
        assert flush_client(client, limit_seconds=120.0)
        # Through the tracer too: its own wait_for_futures is an unbounded client.flush().
        client._manual_cleanup = True
        for stopped in _control_threads() - before:
            stopped.join()
        client._manual_cleanup = False
        _post_run(client, "flushed-through-the-tracer", "hello")
        flush(LangChainTracer(client=client))
    assert "after-the-sender-stopped" in recorder.text()
    assert "flushed-through-the-tracer" in recorder.text()
