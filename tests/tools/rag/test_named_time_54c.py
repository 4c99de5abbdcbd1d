"""A question at a clock time is not answered by sentences that say nothing of time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agents import documents
from agents.documents import DocPlan, plan_document_step
from tools.rag.limits import IngestLimits
from tools.rag.named_time_54c import names_a_clock_time, time_named_but_unstated
from tools.rag.store import DocumentStore

_REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    "question", ["1시 반에 접수돼요?", "오후 3시에 가도 돼요?", "can i come at 1:30", "at 7pm?"]
)
def test_clock_times_are_named(question: str) -> None:
    assert names_a_clock_time(question)


@pytest.mark.parametrize(
    "question", ["몇시까지 접수돼요?", "1시간 주차 무료예요?", "what are the hours", "3시설"]
)
def test_hours_asked_or_durations_name_no_clock_time(question: str) -> None:
    assert not names_a_clock_time(question)


@pytest.mark.parametrize(
    ("question", "quoted", "unstated"),
    [
        ("1시 반에 접수돼요?", "Ask at the reception desk and bring your ID card.", True),
        ("can i park at 3pm", "The car park is under the building.", True),
        ("1시 반에 접수돼요?", "점심시간: 13:00–14:00 (점심시간에는 접수를 받지 않습니다)", False),
        ("open at 7pm?", "We are open weekdays until 6 pm.", False),
        ("주차 돼요?", "주차장은 건물 지하에 있습니다.", False),
    ],
)
def test_a_quote_must_state_a_time(question: str, quoted: str, unstated: bool) -> None:
    assert time_named_but_unstated(question, quoted) is unstated


@pytest.fixture(scope="module")
def plan_of(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], DocPlan]]:
    # The samples and the workload's documents, dense too, as the app searches: the
    # reception line came across languages. Parsed in this process: a loaded machine's
    # worker start-up is no part of what is tested.
    store = DocumentStore(
        tmp_path_factory.mktemp("samples"), dense=True, limits=IngestLimits(isolate=False)
    )
    for folder in (_REPO / "data" / "samples", _REPO / "bench" / "workload" / "docs"):
        assert not store.ingest_path(folder, "docs").rejected
    store.embed_pending()
    yield lambda asked: plan_document_step(store, asked, collection="docs", pinned=False)
    store.close()


def test_a_time_asked_is_not_answered_by_the_reception_line(
    plan_of: Callable[[str], DocPlan],
) -> None:
    plan = plan_of("1시 반에 접수돼요?")
    assert "reception desk" not in (plan.answer or "")


def test_switched_off_the_reception_line_comes_back(
    plan_of: Callable[[str], DocPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents, "time_named_but_unstated", lambda *_: False)
    plan = plan_of("1시 반에 접수돼요?")
    assert plan.kind == "extractive" and "reception desk" in (plan.answer or "")
