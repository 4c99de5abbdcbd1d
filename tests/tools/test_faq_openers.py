"""A curated "Yes."/"No." answers a yes/no question; a wh-question gets the rest or nothing.

Entries written for this test (a swimming pool's lockers, holidays and fees).
"""

from __future__ import annotations

import pytest

from tools.faq import FaqBook, FaqEntry
from tools.faq_openers import answer_for_question, opens_with_yes_or_no

LOCKERS_EN = "Yes. The lockers are on the second floor, next to the pool entrance."
HOLIDAYS_EN = "No. The pool stays shut on public holidays; swim on the day before."
LOCKERS_KO = "네, 탈의실 사물함은 2층 수영장 입구 옆에 있습니다."
HOLIDAYS_KO = "아니요. 공휴일에는 쉽니다. 미리 다른 날로 예약해 주세요."


@pytest.fixture(scope="module")
def book() -> FaqBook:
    return FaqBook(
        [
            FaqEntry(
                id="lockers-en",
                lang="en",
                question="Are there lockers?",
                variants=("Where are the lockers?",),
                answer=LOCKERS_EN,
            ),
            FaqEntry(
                id="holiday-ko",
                lang="ko",
                question="공휴일에도 수영장 열어요?",
                variants=("공휴일에 언제 열어요?",),
                answer=HOLIDAYS_KO,
            ),
        ]
    )


@pytest.mark.parametrize(
    ("answer", "opens"),
    [
        (LOCKERS_EN, True),
        (HOLIDAYS_EN, True),
        (LOCKERS_KO, True),
        (HOLIDAYS_KO, True),
        ("No appointment is needed for a swim.", False),
        ("예약은 전화로 받습니다.", False),
    ],
)
def test_a_bare_yes_or_no_opens_an_answer(answer: str, opens: bool) -> None:
    assert opens_with_yes_or_no(answer) is opens


def test_a_yes_no_question_keeps_the_opener() -> None:
    assert answer_for_question(LOCKERS_EN, "Are there lockers at the pool?") == LOCKERS_EN
    assert answer_for_question(HOLIDAYS_KO, "공휴일에도 수영장 열어요?") == HOLIDAYS_KO


@pytest.mark.parametrize(
    ("answer", "question", "served"),
    [
        (LOCKERS_EN, "Where are the lockers?", "The lockers are on the second floor"),
        (LOCKERS_KO, "사물함 어디 있어요?", "탈의실 사물함은 2층"),
    ],
)
def test_a_where_question_gets_the_rest_when_it_names_a_place(
    answer: str, question: str, served: str
) -> None:
    text = answer_for_question(answer, question)
    assert text is not None and text.startswith(served)


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        # A "No." about holidays states no time it opens, nor a price.
        (HOLIDAYS_KO, "공휴일에 언제 열어요?"),
        (HOLIDAYS_EN, "How much is a swim on a public holiday?"),
        # A "Yes." about lockers names no person to ask.
        (LOCKERS_EN, "Who has the locker keys?"),
    ],
)
def test_a_wh_question_the_rest_does_not_answer_is_declined(answer: str, question: str) -> None:
    assert answer_for_question(answer, question) is None


def test_the_book_serves_or_declines_by_the_kind_asked(book: FaqBook) -> None:
    where = book.lookup("Where are the lockers?")
    assert where is not None and where.answer.startswith("The lockers")
    yes_no = book.lookup("Are there lockers?")
    assert yes_no is not None and yes_no.answer == LOCKERS_EN
    # Matched exactly, yet a curated "아니요." is no answer to "언제": the step routes on.
    assert book.lookup("공휴일에 언제 열어요?") is None
    assert book.lookup("공휴일에도 수영장 열어요?") is not None
