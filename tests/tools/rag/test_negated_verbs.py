"""A verb the question negates is no content: "안 잡고" is answered by "없이", not by "잡아"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.negated_verbs import NegatedAct, english_negated_verbs, negated_act, negated_acts
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


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("예약 안 잡고 그냥 가면 진료 해주나요?", {"잡"}),
        ("예약 잡지 않고 가도 되나요?", {"잡"}),
        # A light 하 after a noun: the noun is the act not done.
        ("신청 안 하고 가도 되나요?", {"신청"}),
        ("등록하지 않고 들어가도 돼요?", {"등록"}),
        # "못 갔는데" is, from the place's side, not coming (오지 않으시면).
        ("두 번이나 못 갔는데 어떻게 돼요?", {"가", "오"}),
        ("예약 잡고 가면 되나요?", set()),
        ("검사 전에 뭘 안 먹어야 해요?", set()),  # an obligation asks a prohibition
        ("검사 전에 먹지 말아야 할 음식은?", set()),
        ("동아리 시간이 안 맞아서 반을 바꿀 수 있나요?", set()),  # a reason: the story
        # A statement around the asked sentence is the story too.
        ("수업 자료 메일로 보내 주시나요? 바빠서 못 갈 것 같은데", set()),
        ("수업 자료 메일로 받을 수 있나요? 못 가면요?", {"가", "오"}),
    ],
)
def test_negated_acts(question: str, acts: set[str]) -> None:
    assert negated_acts(question) == acts


def _check(question: str, topics: list[str], held: set[str]) -> NegatedAct:
    terms = [*topics, *negated_acts(question)]
    return negated_act(
        question, [frozenset({t}) for t in topics], {t: frozenset({t}) for t in terms}, held
    )


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("예약 없이 오셔도 이용할 수 있습니다.", True),
        ("예약이 필요 없는 강좌입니다.", True),
        ("예약을 잡지 않으면 기다리셔야 합니다.", True),
        ("새 시간을 바로 잡아 드립니다.", False),  # affirms the act
        ("예약을 변경하려면 전화해 주세요.", False),  # another act on the topic
        ("연락 없이 세 번 빠지면 제한됩니다.", False),  # the absence of another thing
        ("자리가 없을 수 있습니다.", False),
    ],
)
def test_a_sentence_must_write_the_absence_of_the_act_or_its_topic(
    sentence: str, answers: bool
) -> None:
    check = _check("예약 안 잡고 가도 돼요?", ["예약"], {"예약", "잡"})
    assert check.active
    assert check.unweighted == {"잡"}  # the verb is no content; the noun still is
    assert check.answered_by(sentence) is answers


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("You can visit without an appointment.", True),
        ("Appointments are not booked by email.", True),
        ("We will book a new slot for you.", False),
        ("To change an appointment, call us.", False),
    ],
)
def test_an_english_sentence_must_write_the_absence(sentence: str, answers: bool) -> None:
    check = _check("what if I didn't book an appointment?", ["appointment"], {"book"})
    assert check.answered_by(sentence) is answers


def test_no_check_when_the_documents_never_name_the_act() -> None:
    # "wait" is written nowhere: the usual checks decline an unmentioned word.
    check = _check("can I pick up medicine without waiting?", ["medicine"], {"medicine"})
    assert not check.active
    assert check.answered_by("Medicine is not sold here.")


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
