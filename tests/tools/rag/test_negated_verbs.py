"""A verb the question negates is no content: "안 잡고" is answered by "없이", not by "잡아"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.negated_verbs import (
    english_negated_verbs,
    negates_an_act,
    states_absence,
)
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore
from tools.rag.textutil import english_tokens

# The team's own bundled sample: a walk-in rule ("예약 없이 방문하셔도 …") and a change
# line affirming the verb ("새 날짜와 시간을 바로 잡아 드립니다").
CLINIC_GUIDE = Path(__file__).resolve().parents[3] / "data" / "samples" / "clinic_guide.md"

STUDIO_EN = """# Harbour Pottery Studio

## Booking a wheel
Book a wheel online or at the front desk. Please arrive 10 minutes before your session.

## Changing a booking
To move a session, call the front desk by 5 p.m. the day before.
Tell us your name and the original session time, and we will book a new slot for you.
"""


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[DocumentStore]:
    documents = {"clinic_guide.md": CLINIC_GUIDE.read_text(encoding="utf-8")}
    yield from small_store(tmp_path / "data", "clinic", documents)


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "art", {"studio_en.md": STUDIO_EN})


@pytest.mark.parametrize(
    "question",
    [
        "예약을 안 잡았는데 진료 받을 수 있어요?",
        "예약 잡지 않고 가도 진료 받을 수 있나요?",
        "예약 안 잡고 병원 가면 진료 돼요?",
    ],
)
def test_a_negated_verb_is_answered_by_the_without_line(
    clinic: DocumentStore, question: str
) -> None:
    plan = plan_document_step(clinic, question, collection="clinic", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert plan.answer.startswith("예약 없이 방문하셔도")
    # The change line affirms the very verb the question negates (잡아 드립니다).
    assert "바로 잡아 드립니다" not in plan.answer


def test_an_english_negated_verb_is_not_matched_by_a_line_affirming_it(
    studio: DocumentStore,
) -> None:
    plan = plan_document_step(
        studio, "what if I didn't book a wheel session?", collection="art", pinned=False
    )
    # No line speaks of coming without a booking: no quote ("Book a wheel online …").
    assert plan.kind != "extractive", plan.answer


def test_the_negated_verb_is_no_term() -> None:
    assert "잡" not in analyze_question("예약 안 잡고 그냥 가면 진료 해주나요?").terms
    assert "잡" not in analyze_question("예약 잡지 않고 가도 되나요?").terms
    assert "잡" in analyze_question("예약 잡고 가면 진료 해주나요?").terms
    # A negated 가 still reads as the place's 오 ("예약에 오지 않으시면").
    assert "오" in analyze_question("예약 취소 안 하고 안 가면 어떻게 되나요?").terms
    book = set(english_tokens("book"))
    assert not book & set(analyze_question("what if I didn't book a room?").terms)
    assert book <= set(analyze_question("what if I book a room?").terms)


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("can I come without booking?", {"book"}),
        ("if I don't register can I still visit?", {"register"}),
        ("what if I never paid the fee?", {"paid"}),
        # A noun after "without" is the topic, and a modal's negation asks a prohibition.
        ("can I see a doctor without an appointment?", set()),
        ("what should I not eat before the test?", set()),
        ("what can't I bring?", set()),
    ],
)
def test_english_negated_verbs(question: str, verbs: set[str]) -> None:
    expected = {t for v in verbs for t in english_tokens(v)}
    assert english_negated_verbs(question) == expected


@pytest.mark.parametrize(
    ("question", "negated"),
    [
        ("예약 안 잡고 그냥 가면 진료 해주나요?", True),
        ("신청서 내지 않고 가도 돼요?", True),
        ("검사 전에 뭘 안 먹어야 해요?", False),  # an obligation: a prohibition is asked
        ("검사 전에 먹지 말아야 할 음식은?", False),
        ("예약 잡고 가면 되나요?", False),
    ],
)
def test_korean_negation_of_an_act(question: str, negated: bool) -> None:
    assert negates_an_act(question) is negated


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("예약 없이 오셔도 이용할 수 있습니다.", True),
        ("연락 없이 오지 않으시면 예약이 제한됩니다.", True),
        ("Walk-ins are welcome when a wheel is free.", True),
        ("We do not bill private insurers.", True),
        ("새 시간을 바로 잡아 드립니다.", False),
        ("We will book a new slot for you.", False),
        ("안내 데스크에 알려 주세요.", False),
    ],
)
def test_states_absence(sentence: str, absent: bool) -> None:
    assert states_absence(sentence) is absent
