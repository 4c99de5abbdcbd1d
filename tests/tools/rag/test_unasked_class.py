"""One class's restricted figure, and a span a process takes, answer no plain question.

Examples of our own (a tool library, a parcel counter), not the held-out sets'.
"""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.count_clauses import count_for_unasked_class
from tools.rag.crosslingual import concept_groups
from tools.rag.deadlines import misses_deadline
from tools.rag.models import Passage

_LEND = concept_groups(["공구", "빌리"])
_VISITOR = (
    "외부 주민은 방문회원으로 등록할 수 있으며, 방문회원은 한 번에 2개까지만 빌릴 수 있습니다."
)


def test_a_restricted_figure_of_an_unasked_class_is_no_answer() -> None:
    visitor = (
        "외부 주민은 방문회원으로 등록할 수 있으며, 방문회원은 한 번에 2개까지만 빌릴 수 있습니다."
    )
    assert count_for_unasked_class(visitor, _LEND)
    assert count_for_unasked_class("어린이는 공구를 1개만 빌릴 수 있습니다.", _LEND)


def test_the_usual_figure_or_an_asked_class_still_answers() -> None:
    # No restriction by 만: the usual figure.
    assert not count_for_unasked_class("회원은 1인 5개까지 빌릴 수 있습니다.", _LEND)
    # The question names the class itself.
    asked_class = concept_groups(["방문회원", "공구", "빌리"])
    assert not count_for_unasked_class(
        "방문회원은 한 번에 2개까지만 빌릴 수 있습니다.", asked_class
    )
    # 만 of ten thousand is no restriction.
    assert not count_for_unasked_class("보증금은 3만 원입니다.", _LEND)


def test_the_plain_question_declines_rather_than_quote_the_exception() -> None:
    shelf = [
        Passage(
            chunk_id="t1",
            source="tools.md",
            heading="회원 등록",
            text=_VISITOR,
        ),
    ]
    answer = extractive_answer("공구 한 번에 몇 개까지 빌릴 수 있어요?", shelf, max_sentences=1)
    assert not answer.covered


def test_the_time_a_delivery_takes_is_no_deadline() -> None:
    question = "받은 소포는 며칠 안에 찾아가야 해요?"
    assert misses_deadline(
        question, "1인 3개까지 보낼 수 있고, 소포가 도착하기까지 보통 2~3일 걸립니다."
    )
    assert not misses_deadline(question, "도착한 소포는 7일 안에 찾아가야 합니다.")
    assert not misses_deadline(question, "소포는 도착일부터 5일까지 보관합니다.")
