"""Follow-up turns through the assistant: resolved against the thread, never a document."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.state import Context
from tests.graphs.conftest import BuildAssistant
from tools.rag import DocumentStore

REPO = Path(__file__).resolve().parents[2]
FIRST = "환율 1350원일 때 250달러는 원화로 얼마고, 그걸 3명이 나누면?"
EASY = {"router": {"difficulty_threshold": 1.0}}


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> DocumentStore:
    store = DocumentStore(tmp_path_factory.mktemp("rag"), dense=False)
    store.ingest_path(REPO / "data" / "samples")
    return store


def test_the_acceptance_follow_up_is_84375_won_with_the_documents_loaded(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(docs=samples_store)
    first = assistant.ask(FIRST)
    assert "112,500" in first.answer
    second = assistant.ask("그럼 4명이면?", thread_id=first.thread_id).to_json()
    assert second["answer"] == "84,375원"
    assert second["citations"] == []
    (step,) = second["steps"]
    assert step["tier"] == "deterministic"
    assert "follow-up of the previous turn: 3명 → 4명" in step["reasons"][0]
    third = assistant.ask("and in dollars?", thread_id=first.thread_id).to_json()
    assert third["answer"] == "$62.50"
    assert all(f.calls == [] for f in fakes.values())


def test_an_unresolvable_follow_up_goes_to_the_model_with_the_previous_turn(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=samples_store, local=["A poem for three.", "A poem for four."], **EASY
    )
    first = assistant.ask("Write a two-line poem for three friends.")
    second = assistant.ask("그럼 4명이면?", thread_id=first.thread_id).to_json()
    assert second["answer"] == "A poem for four."
    assert second["citations"] == []
    (step,) = second["steps"]
    assert step["tier"] == "local"
    assert any(r.startswith("follow-up: refers to the previous turn") for r in step["reasons"])
    prompt = " ".join(str(m.content) for m in fakes["local"].calls[1])
    assert "three friends" in prompt and "A poem for three." in prompt
    fakes["local"].assert_complete()


def test_an_ellipsis_on_an_earlier_step_of_the_same_turn(build_assistant: BuildAssistant) -> None:
    assistant, fakes = build_assistant()
    result = assistant.ask("100을 3으로 나누면 얼마고, 반올림하면?").to_json()
    assert len(result["steps"]) == 2
    assert all(s["tier"] == "deterministic" for s in result["steps"])
    assert result["answer"].splitlines()[-1] == "2. 33"
    assert "follow-up of the previous step" in result["steps"][1]["reasons"][0]
    assert all(f.calls == [] for f in fakes.values())


def test_a_replay_pin_is_never_answered_by_follow_up_code(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=["네 명이면 모델이 답합니다."], **EASY)
    first = assistant.ask(FIRST)
    ctx = Context(pinned_tiers={0: "local"})
    pinned = assistant.ask("그럼 4명이면?", thread_id=first.thread_id, context=ctx)
    assert pinned.steps[0].tier == "local" and pinned.answer == "네 명이면 모델이 답합니다."
    fakes["local"].assert_complete()


def test_a_bare_date_span_counts_from_the_date_the_thread_named(
    build_assistant: BuildAssistant,
) -> None:
    # Alone, "10일 뒤는?" counts from today; after a question that named a date and asked
    # a span from it, it counts from that date.
    assistant, fakes = build_assistant()
    first = assistant.ask("2027년 6월 1일이 이사인데 그 2주 전이 몇월 며칠이야")
    assert "2027년 5월 18일" in first.answer
    second = assistant.ask("10일 뒤는?", thread_id=first.thread_id)
    assert "2027년 6월 11일" in second.answer
    assert all(f.calls == [] for f in fakes.values())


@pytest.mark.parametrize(
    ("puzzle", "follow_up", "named"),
    [
        (
            "주차장에 승용차랑 오토바이가 모두 15대고 바퀴가 40개면 오토바이는 몇 대야? 풀이도",
            "승용차는?",
            "승용차",
        ),
        (
            "Tom is 3 times as old as his sister. In 10 years he will be twice as old. "
            "How old is the sister now? Explain.",
            "and Tom?",
            "Tom is 3 times",
        ),
    ],
)
def test_a_bare_subject_after_a_puzzle_asks_the_model_with_the_puzzle(
    build_assistant: BuildAssistant,
    samples_store: DocumentStore,
    puzzle: str,
    follow_up: str,
    named: str,
) -> None:
    # A puzzle is hard: both turns go to the strong model, the second with the first.
    assistant, fakes = build_assistant(
        docs=samples_store, cloud=["First unknown.", "Second unknown."]
    )
    first = assistant.ask(puzzle)
    second = assistant.ask(follow_up, thread_id=first.thread_id).to_json()
    assert second["answer"] == "Second unknown."
    assert second["citations"] == []
    prompt = " ".join(str(m.content) for m in fakes["cloud"].calls[1])
    assert named in prompt and "First unknown." in prompt
    fakes["cloud"].assert_complete()
