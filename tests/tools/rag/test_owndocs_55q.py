"""Brief owndocs55: a role asked is answered only by a sentence naming that role; a clock
span states the hours asked.

Our own examples (a dental practice, a swimming pool, a bakery), not the case files'.
Each rule's test fails with the rule switched off (its module's ``use_*`` flag).
"""

from __future__ import annotations

import pytest

import tools.rag.asked_role_55q as role_module
import tools.rag.hours_kind_words_55q as hours_module
from tools.rag.answer import extractive_answer
from tools.rag.answer_types import has_answer_type
from tools.rag.asked_role_55q import asked_role_words, misses_asked_role
from tools.rag.hours_kind_words_55q import hours_kind_words
from tools.rag.models import Passage
from tools.rag.textutil import analyze

# --- the person in a role (tools.rag.asked_role_55q) ------------------------------------


def _passage(text: str, heading: str = "Staff") -> Passage:
    sentences = analyze([text])[0]
    spans = tuple((s.start, s.end, tuple(s.tokens)) for s in sentences)
    return Passage(chunk_id="p1", source="own.md", heading=heading, text=text, sentences=spans)


@pytest.mark.parametrize(
    ("question", "roles"),
    [
        ("Who's the chief dentist at this practice?", ["chief", "dentist"]),
        ("who is your swim coach", ["coach"]),
        ("수간호사가 누구예요?", ["수간호사"]),
        ("담임 선생님이 누구세요?", ["담임"]),
        # Not the form: whom to ask, who does something.
        ("Who should I call about a refund?", []),
        ("환불은 누구한테 물어봐요?", []),
        ("Who cleans the pool?", []),
    ],
)
def test_the_role_asked_is_read_from_a_who_is_question(question: str, roles: list[str]) -> None:
    assert asked_role_words(question) == roles


def test_a_sentence_naming_another_role_does_not_answer() -> None:
    question = "Who's the chief dentist at this practice?"
    other = "Refunds over 200 pounds need the approval of the practice manager."
    assert misses_asked_role(question, other)
    assert not has_answer_type(other, "person", question=question)
    assert not misses_asked_role(question, "Our chief dentist is Dr Helen Ward.")
    # Korean: 부원장 (a deputy) is not the 원장 asked, 원장 is.
    assert misses_asked_role("원장님이 누구세요?", "부원장 김도윤이 상담을 맡습니다.")
    assert not misses_asked_role("원장님이 누구세요?", "원장 이서진은 교정 전문의입니다.")
    # The role in the other language: 의사 is a doctor.
    assert not misses_asked_role("who is the doctor", "진료는 의사 박민지가 봅니다.")


def test_the_extractive_answer_declines_a_sentence_of_another_role(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Refunds over 200 pounds need the approval of a team head. "
        "Appointments can be moved up to a day before."
    )
    question = "Who is the head dentist here?"
    assert not extractive_answer(question, [_passage(text)], idf=lambda _: 1.0).covered
    monkeypatch.setattr(role_module, "use_asked_role", False)
    # The rule off: the team head's sentence is quoted for the head dentist.
    off = extractive_answer(question, [_passage(text)], idf=lambda _: 1.0)
    assert off.covered
    assert "team head" in off.text


def test_a_korean_role_asked_declines_another_role(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "담당 간호사가 누구예요?"
    other = "10만원 이상 환불은 원무과 팀장 승인이 필요합니다."
    assert not has_answer_type(other, "person", question=question)
    assert has_answer_type("담당 간호사는 김미나 씨입니다.", "person", question=question)
    monkeypatch.setattr(role_module, "use_asked_role", False)
    assert has_answer_type(other, "person", question=question)


# --- the hours asked, stated as a clock span (tools.rag.hours_kind_words_55q) ------------


@pytest.mark.parametrize(
    ("question", "terms", "sentence", "words"),
    [
        (
            "what are the pool's opening hours",
            ["pool", "open", "hour"],
            "The pool is open from 6:30 to 21:00.",
            {"hour"},
        ),
        ("what r your hours", ["hour"], "Daily 9am to 5pm.", {"hour"}),
        ("영업시간이 언제예요?", ["영업시간"], "매일 7시부터 20시까지 엽니다.", {"영업시간"}),
        ("몇 시까지 영업해요?", ["영업"], "평일 9시부터 18시까지 문을 엽니다.", {"영업"}),
        # One time is no span; hours counted are no hours kept; no hours asked.
        ("what are your opening hours", ["open", "hour"], "We open at 9:00.", set()),
        ("how many hours is the class", ["hour", "class"], "From 9:00 to 11:00.", set()),
        ("where is the pool", ["pool"], "The pool is open from 6:30 to 21:00.", set()),
    ],
)
def test_hours_words_are_framing_only_before_a_clock_span(
    question: str, terms: list[str], sentence: str, words: set[str]
) -> None:
    assert hours_kind_words(question, terms, [sentence]) == words


def test_the_switch_turns_the_hours_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hours_module, "use_hours_kind_words", False)
    assert not hours_kind_words("what are your hours", ["hour"], ["Daily 9am to 5pm."])
