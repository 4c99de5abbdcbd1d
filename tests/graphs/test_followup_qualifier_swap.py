"""A follow-up naming only another place or day is the previous question asked of it.

Our own travel-policy page, not any bench set's document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.documents import DocPlan
from graphs import qualifier_plan, thread_document_query
from tests.graphs.conftest import BuildAssistant
from tools.rag import DocumentStore

_PAGE = (
    "# 한결상사 출장 규정\n\n## 숙박비\n\n"
    "서울 출장의 숙박비는 1박에 15만 원까지 지원합니다. "
    "지방 출장의 숙박비는 1박에 10만 원까지 지원합니다.\n\n"
    "## 교통비\n\n지방 출장은 KTX 일반실 요금을 지원합니다. "
    "해외 출장은 항공권 일반석을 지원합니다.\n\n"
    "## 식비\n\n출장 중 식비는 하루 4만 원까지 지원합니다. "
    "주말 근무 중 식비도 같은 금액을 지원합니다.\n\n"
    "## 사무실 운영 시간\n\n사무실은 평일 오전 8시에 문을 엽니다. "
    "주말에는 오전 10시에 문을 엽니다.\n"
)
_POOL = (
    "# Riverside Pool\n\n## Tickets\n\n"
    "A swim ticket for adults costs 6,000 won. A swim ticket for children costs 3,500 won.\n\n"
    "## Lessons\n\nSwimming lessons for children start at 4 pm and are booked at the desk.\n"
)


def _store(tmp_path: Path) -> DocumentStore:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "trip_policy.md").write_text(_PAGE, encoding="utf-8")
    (docs / "pool.md").write_text(_POOL, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(docs)
    return store


_CONVERSATIONS = [
    ("서울 출장 가면 숙박비는 1박에 얼마까지 나와요?", "지방은요?", "10만 원", "KTX"),
    ("how much is a swim ticket for adults?", "what about children?", "3,500", "lessons"),
]


@pytest.mark.parametrize(("first", "follow_up", "right", "other"), _CONVERSATIONS)
def test_the_follow_up_is_the_previous_question_of_the_new_qualifier(
    build_assistant: BuildAssistant,
    tmp_path: Path,
    first: str,
    follow_up: str,
    right: str,
    other: str,
) -> None:
    assistant, fakes = build_assistant(docs=_store(tmp_path))
    asked = assistant.ask(first)
    answer = assistant.ask(follow_up, thread_id=asked.thread_id).to_json()
    assert right in answer["answer"] and other not in answer["answer"], answer["answer"]
    assert answer["citations"]
    assert all(f.calls == [] for f in fakes.values())


@pytest.mark.parametrize(("first", "follow_up", "right", "other"), _CONVERSATIONS)
def test_without_the_rule_the_bare_word_quotes_another_sentence(
    build_assistant: BuildAssistant,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: str,
    follow_up: str,
    right: str,
    other: str,
) -> None:
    monkeypatch.setattr(qualifier_plan, "with_qualifier_swapped", lambda *_: None)
    # Round 53's second defence, off too: a fragment follow-up's own quote kept to the
    # thread's sections (graphs.subjectless_follow_up) also drops the other sentence.
    monkeypatch.setattr(thread_document_query, "thread_before_elsewhere", lambda *_: None)
    assistant, _ = build_assistant(docs=_store(tmp_path))
    asked = assistant.ask(first)
    answer = assistant.ask(follow_up, thread_id=asked.thread_id)
    assert other in answer.answer


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("The office opens at 8 am on weekdays. [1]", False),
        ("사무실은 평일 오전 8시에 문을 엽니다. [1]", False),
        ("On weekends the office opens at 10 am. [1]", True),
        ("평일 8시, 주말 10시에 문을 엽니다. [1]", True),
        # Of the topic but of neither day (a booking rule): it says nothing of weekends.
        ("To change a booking, call the office a day ahead. [1]", False),
        ("예약을 바꾸려면 하루 전까지 사무실에 전화하세요. [1]", False),
    ],
)
def test_a_sentence_of_the_old_qualifier_only_is_not_taken(
    monkeypatch: pytest.MonkeyPatch, sentence: str, taken: bool
) -> None:
    # Asked of weekends, a sentence naming weekdays only answers the previous question
    # again (in either language): the turn keeps its own plan.
    asked: list[str] = []

    def planned(_docs: object, question: str, **_: object) -> DocPlan:
        asked.append(question)
        return DocPlan(kind="extractive", answer=sentence)

    monkeypatch.setattr(qualifier_plan, "plan_document_step", planned)
    own = DocPlan(kind="generate", reasons=["documents: nothing matched"])
    plan = qualifier_plan.with_qualifier_of_follow_up(
        None, own, "and on weekends?", ["when does the office open on weekdays"], collection="c"
    )
    assert asked == ["when does the office open on weekends"]
    assert (plan is not own) is taken
