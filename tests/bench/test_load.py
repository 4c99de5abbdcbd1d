"""``bench load`` on a handful of conversations, and its cross-talk detector on a planted leak."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.load import (
    SAMPLES,
    _run_conversation,
    _settings,
    backend_name,
    cross_talk,
    plan_conversations,
    run_load,
)
from graphs.runner import Assistant
from graphs.services import build_services


@pytest.mark.slow
def test_a_few_conversations_run_with_no_error_and_no_cross_talk() -> None:
    report = run_load(sessions=3, turns=5, model_every=0, time_limit_s=300)
    sqlite = report["backends"]["sqlite"]
    assert sqlite["turns_done"] == 15 and sqlite["skipped"] == 0
    assert sqlite["errors"] == 0, sqlite["error_kinds"]
    assert sqlite["cross_talk"] == 0
    assert sqlite["cross_talk_by_place"]["own_canary_missing"] == 0
    assert sqlite["wrong_answers"] == 0
    # Document turns were answered from the documents, by code: no model was needed.
    assert sqlite["steps_by_kind_and_tier"] == {
        "deterministic->deterministic": 6,
        "document->deterministic": 9,
    }
    assert sqlite["latency"]["turns"] == 15 and sqlite["latency"]["p95_ms"] > 0


@pytest.mark.slow
def test_a_canary_asked_in_another_conversation_is_counted(tmp_path: Path) -> None:
    services = build_services(_settings(tmp_path / "data", None, "test:local"), mcp=False)
    assert services.docs is not None
    services.docs.ingest_path(SAMPLES)
    assistant = Assistant(services)
    first, second = plan_conversations(2, 2, model_every=0, seed=3)
    deadline = time.monotonic() + 120
    for convo in (first, second):
        _run_conversation(assistant, convo, deadline)
    assert cross_talk(services, [first, second])["total"] == 0
    # The second user's thread now holds the first one's canary: a leak, as the
    # detector must see it in the answer (echoed), the stored trace and the state.
    leaked = assistant.ask(
        f"주차는 몇 시간 무료인가요? (문의 {first.canary})", thread_id=second.thread_id
    )
    second.answers.append(leaked.answer)
    found = cross_talk(services, [first, second])
    assert found["traces"] >= 1 and found["state"] >= 1
    assert found["total"] >= 2


def test_conversations_have_unique_canaries_and_the_model_share_is_bounded() -> None:
    plan = plan_conversations(100, 5, model_every=5, seed=1)
    assert len({c.canary for c in plan}) == 100
    model_turns = sum(t.kind == "model" for c in plan for t in c.turns)
    assert model_turns == 20  # 4% of 500 turns
    markers = [m for c in plan for m in c.markers()]
    assert len(markers) == len(set(markers)) == 200
    # No conversation's marker is found inside another's questions.
    for convo in plan:
        others = "\n".join(t.question for o in plan if o is not convo for t in o.turns)
        assert not any(m in others for m in convo.markers())


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (None, "sqlite"),
        ("postgresql://u@127.0.0.1:5432/db", "postgresql"),
        ("postgresql+psycopg://h/db", "postgresql"),
    ],
)
def test_backend_names(url: str | None, name: str) -> None:
    assert backend_name(url) == name
